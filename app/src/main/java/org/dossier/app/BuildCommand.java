package org.dossier.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.app.render.Counts;
import org.dossier.pipeline.BuildPipeline;
import org.dossier.pipeline.BuildReport;
import org.dossier.store.BuildStats;
import org.dossier.store.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dossier build PATH...}: reads, analyses, clusters and stores, as one transaction. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Reads articles from files and folders (recursively), analyses the new ones, clusters them "
                + "into stories and stores everything in the workspace, as one transaction.",
                "Building the same input again changes nothing; new input updates the stories it touches.",
                "Input: .txt .md .html .htm .json .jsonl, with optional NAME.meta.json sidecars."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all input read", "1:failure", "2:wrong usage",
                "3:some input skipped (each listed on standard error with its path and line)"})
final class BuildCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files and folders to read")
    private List<Path> paths;

    @Option(names = "--threads", paramLabel = "N",
            description = "articles analysed at once (default: one per core, here ${DEFAULT-VALUE})")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file or folder: " + path);
            }
        }
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path directory = main.workspaceDirectory();
        BuildReport report;
        try (Workspace workspace = Workspace.open(directory)) {
            try (TerminalProgress progress = new TerminalProgress(err, System.console() != null)) {
                report = BuildPipeline.standard(threads).build(workspace, paths, progress);
            }
            BuildStats s = report.stats();
            out.printf("read %d article%s from %d file%s: %d new, %d already known; %d stor%s written, %d removed; "
                            + "%d skipped%n", s.articlesRead(), s.articlesRead() == 1 ? "" : "s", s.filesRead(),
                    s.filesRead() == 1 ? "" : "s", s.articlesAdded(), s.articlesRead() - s.articlesAdded(),
                    s.storiesWritten(), s.storiesWritten() == 1 ? "y" : "ies", s.storiesDeleted(), s.problems());
            out.printf("workspace %s: %s, %s%n", directory, Counts.of(workspace.articleCount(), "article", "articles"),
                    Counts.of(workspace.storyCount(), "story", "stories"));
        }
        return report.problems().isEmpty() ? 0 : Main.EXIT_SKIPPED;
    }
}
