package org.dossier.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Entry point of {@code bin/dossier}. Exit codes: 0 success, 3 a build skipped some input,
 * 2 wrong usage, 1 anything else (one line on standard error; the stack trace with {@code --verbose}).
 *
 * <p>Modules that may not be depended on add their commands through the class path (see
 * {@link AddedCommands}): the evaluation adds {@code eval}, {@code train} and {@code bench}.
 */
@Command(name = "dossier", mixinStandardHelpOptions = true, version = "dossier 0.1.0",
        description = "Builds sourced event dossiers from news coverage.",
        subcommands = {BuildCommand.class, StoriesCommand.class, ShowCommand.class, ExportCommand.class,
                SearchCommand.class, ServeCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure (one-line reason; the stack trace with --verbose)",
                "2:wrong usage", "3:build finished but skipped some input (listed on standard error)"})
public final class Main {

    /** The exit code of a build that skipped some input. */
    public static final int EXIT_SKIPPED = 3;

    /** The workspace when neither {@code --workspace} nor {@code $DOSSIER_WORKSPACE} says otherwise. */
    public static final String DEFAULT_WORKSPACE = "dossier-data";

    @Option(names = "--workspace", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "the workspace (default: $DOSSIER_WORKSPACE, else " + DEFAULT_WORKSPACE + ")")
    Path workspace;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "log what happens and print stack traces of failures")
    boolean verbose;

    public static void main(String[] args) {
        // Not System.out: a PrintStream swallows write errors, and `export > /dev/full` would exit 0.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command line, with the commands added on the class path, and returns its exit code; never throws. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(Main.class.getClassLoader(), out, err, args);
    }

    /** As {@link #run(PrintWriter, PrintWriter, String...)}, with the commands {@code loader} adds. */
    static int run(ClassLoader loader, PrintWriter out, PrintWriter err, String... args) {
        // Libraries (CoreNLP among them) log at info by default; a command line shows only warnings.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                    Arrays.asList(args).contains("--verbose") ? "info" : "warn");
        }
        Main main = new Main();
        CommandLine cli = new CommandLine(main);
        try {
            // Before the settings below, which reach only the subcommands present when they are made.
            AddedCommands.find(loader).forEach(cli::addSubcommand);
        } catch (IllegalStateException | UncheckedIOException e) {
            err.println("dossier: " + e.getMessage());
            return CommandLine.ExitCode.SOFTWARE;
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, arguments) -> {
            CommandLine command = e.getCommandLine();
            String unknown = unknownCommand(e);
            if (unknown == null) {
                command.getErr().println("dossier: " + e.getMessage());
            } else {
                List<String> meant = CommandSuggestion.closest(unknown, command.getSubcommands().keySet());
                command.getErr().println("dossier: unknown command '" + unknown + "'" + (meant.isEmpty() ? ""
                        : "; did you mean " + meant.stream().map(m -> "'" + m + "'")
                                .collect(Collectors.joining(" or ")) + "?"));
            }
            command.getErr().println("dossier: see `" + command.getCommandSpec().qualifiedName() + " --help`");
            return CommandLine.ExitCode.USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            String reason = e.getMessage() == null || e.getMessage().isBlank()
                    ? e.getClass().getSimpleName() : e.getMessage();
            // A message spanning lines (SQLite's, say) is cut to its first so the reason stays one line.
            commandLine.getErr().println("dossier: " + reason.lines().findFirst().orElse(reason));
            if (main.verbose) {
                e.printStackTrace(commandLine.getErr());
            } else if (!(e instanceof CommandFailure)) {
                commandLine.getErr().println("dossier: (run with --verbose for details)");
            }
            return CommandLine.ExitCode.SOFTWARE;
        });
        return cli.execute(args);
    }

    /**
     * The word given where a command was expected when that is what {@code e} is about, else null:
     * the first unmatched argument of a command with subcommands when none of them was named.
     */
    private static String unknownCommand(CommandLine.ParameterException e) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched)
                || e.getCommandLine().getSubcommands().isEmpty() || unmatched.getUnmatched().isEmpty()) {
            return null;
        }
        CommandLine.ParseResult parsed = e.getCommandLine().getParseResult();
        if (parsed != null && parsed.hasSubcommand()) {
            return null;
        }
        String first = unmatched.getUnmatched().get(0);
        return first.startsWith("-") ? null : first;
    }

    /** The workspace directory this invocation uses. */
    Path workspaceDirectory() {
        return workspaceDirectory(workspace, System.getenv());
    }

    /** {@code --workspace} if given, else {@code $DOSSIER_WORKSPACE} if set and not blank, else the default. */
    static Path workspaceDirectory(Path option, Map<String, String> environment) {
        if (option != null) {
            return option;
        }
        String env = environment.get("DOSSIER_WORKSPACE");
        return env == null || env.isBlank() ? Path.of(DEFAULT_WORKSPACE) : Path.of(env);
    }
}
