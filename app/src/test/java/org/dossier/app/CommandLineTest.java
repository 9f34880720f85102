package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors and failures that need no analysis: exit codes and one-line messages. */
class CommandLineTest {

    @TempDir
    Path tmp;

    @Test
    void buildWithoutPathsIsWrongUsage() {
        CommandRun run = CommandRun.of("--workspace", tmp, "build");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("dossier: Missing required parameter");
    }

    @Test
    void buildOfAMissingPathIsWrongUsageAndCreatesNothing() {
        CommandRun run = CommandRun.of("--workspace", tmp.resolve("ws"), "build", tmp.resolve("nowhere"));
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no such file or folder: " + tmp.resolve("nowhere"));
        assertThat(tmp.resolve("ws")).doesNotExist();
    }

    @Test
    void unknownFormatAndUnknownCommandAreWrongUsage() {
        assertThat(CommandRun.of("export", "--format", "xml").code()).isEqualTo(2);
        assertThat(CommandRun.of("frobnicate").code()).isEqualTo(2);
    }

    @Test
    void readingAMissingWorkspaceFailsWithOneLineAndNoStackTrace() {
        CommandRun run = CommandRun.of("--workspace", tmp.resolve("none"), "stories");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().lines().toList()).singleElement().asString()
                .startsWith("dossier: no workspace in " + tmp.resolve("none"));
        assertThat(tmp.resolve("none")).doesNotExist();
    }

    @Test
    void aStoreFailureIsOneLineUnlessVerbose() throws Exception {
        Path notADatabase = tmp.resolve("ws");
        java.nio.file.Files.createDirectories(notADatabase);
        java.nio.file.Files.writeString(notADatabase.resolve("dossier.db"), "not a database ".repeat(100));
        CommandRun quiet = CommandRun.of("--workspace", notADatabase, "stories");
        assertThat(quiet.code()).isEqualTo(1);
        assertThat(quiet.err()).startsWith("dossier: cannot open workspace").doesNotContain("\tat ");
        CommandRun verbose = CommandRun.of("--workspace", notADatabase, "stories", "--verbose");
        assertThat(verbose.code()).isEqualTo(1);
        assertThat(verbose.err()).contains("StoreException").contains("\tat ");
    }

    @Test
    void helpListsEveryCommandAndExitsZero() {
        CommandRun run = CommandRun.of("--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("build", "stories", "show", "export", "search", "serve", "eval", "bench");
    }
}
