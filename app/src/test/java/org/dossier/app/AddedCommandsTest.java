package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Commands another module names in its {@code META-INF/dossier/commands} resource join the command line. */
class AddedCommandsTest {

    @TempDir
    Path tmp;

    /** A command as a module outside the product would add it. */
    @Command(name = "greet", description = "Says hello from an added module.")
    public static final class Greet implements Callable<Integer> {

        @ParentCommand
        Object parent;

        @Override
        public Integer call() {
            return parent instanceof Main main && main.verbose ? 40 : 41;
        }
    }

    /** Not a command at all. */
    public static final class NoCommand {
    }

    private ClassLoader addingModule(String resource) throws IOException {
        Path file = tmp.resolve(AddedCommands.RESOURCE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, resource);
        return new URLClassLoader(new URL[] {tmp.toUri().toURL()}, getClass().getClassLoader());
    }

    private static CommandRun run(ClassLoader loader, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(loader, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CommandRun(code, out.toString(), err.toString());
    }

    @Test
    void helpListsAnAddedCommandAfterTheProductsOwn() throws IOException {
        CommandRun help = run(addingModule("# a module's commands\n" + Greet.class.getName() + "  # the only one\n"),
                "--help");

        assertThat(help.code()).as(help.err()).isZero();
        assertThat(help.out()).contains("Says hello from an added module.");
        assertThat(help.out().indexOf("greet")).isGreaterThan(help.out().indexOf("serve"));
    }

    @Test
    void anAddedCommandRunsAndTakesTheGlobalOptionsAfterItsName() throws IOException {
        ClassLoader loader = addingModule(Greet.class.getName() + "\n");

        assertThat(run(loader, "greet").code()).isEqualTo(41);
        assertThat(run(loader, "greet", "--verbose").code()).isEqualTo(40);
        assertThat(run(loader, "--verbose", "greet").code()).isEqualTo(40);
    }

    @Test
    void withoutTheResourceTheCommandIsUnknown() {
        CommandRun run = run(getClass().getClassLoader(), "greet");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("greet");
    }

    @Test
    void aNamedClassThatIsMissingOrNoCommandFailsAtStartNamingIt() throws IOException {
        CommandRun missing = run(addingModule("org.example.NoSuchCommand\n"), "--help");
        CommandRun notACommand = run(addingModule(NoCommand.class.getName() + "\n"), "--help");

        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).startsWith("dossier: command org.example.NoSuchCommand named in ")
                .contains("cannot be loaded");
        assertThat(notACommand.code()).isEqualTo(1);
        assertThat(notACommand.err()).contains(NoCommand.class.getName()).contains("is no picocli @Command");
    }
}
