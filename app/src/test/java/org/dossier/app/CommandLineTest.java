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
    void aMisspeltCommandIsWrongUsageAndNamesTheCommandMeant() {
        CommandRun run = CommandRun.of("--workspace", tmp.resolve("ws"), "biuld", "x");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().lines().findFirst()).hasValue("dossier: unknown command 'biuld'; did you mean 'build'?");
        assertThat(CommandRun.of("serch", "Rome").err()).startsWith("dossier: unknown command 'serch'; did you mean 'search'?");
        assertThat(CommandRun.of("Stories").err()).startsWith("dossier: unknown command 'Stories'; did you mean 'stories'?");
        assertThat(tmp.resolve("ws")).doesNotExist();
    }

    @Test
    void anUnknownCommandFarFromEveryNameGetsNoSuggestion() {
        CommandRun run = CommandRun.of("frobnicate");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().lines().findFirst()).hasValue("dossier: unknown command 'frobnicate'");
        // An unknown option is not a command, and a command's own stray argument keeps picocli's message.
        assertThat(CommandRun.of("--frobnicate").err()).doesNotContain("unknown command");
        assertThat(CommandRun.of("stories", "extra").err()).doesNotContain("unknown command");
    }

    @Test
    void suggestionsCountASwapOfNeighboursAsOneEditAndKeepEveryNameAsCloseAsTheBest() {
        assertThat(CommandSuggestion.distance("biuld", "build")).isEqualTo(1);
        assertThat(CommandSuggestion.distance("show", "shwo")).isEqualTo(1);
        assertThat(CommandSuggestion.distance("export", "exprt")).isEqualTo(1);
        assertThat(CommandSuggestion.distance("serve", "search")).isEqualTo(3);
        assertThat(CommandSuggestion.closest("sho", java.util.List.of("show", "shot", "stories")))
                .containsExactly("show", "shot");
        assertThat(CommandSuggestion.closest("ab", java.util.List.of("cd"))).isEmpty();
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
    void exportRefusesToWriteInsideTheWorkspaceAndLeavesItWhole() throws Exception {
        Path ws = tmp.resolve("ws");
        org.dossier.store.Workspace.open(ws).close();
        byte[] before = java.nio.file.Files.readAllBytes(ws.resolve("dossier.db"));

        CommandRun typo = CommandRun.of("--workspace", ws, "export", "--format", "json", "--out", ws.resolve("dossier.db"));
        CommandRun sideways = CommandRun.of("--workspace", ws, "export", "--format", "json",
                "--out", tmp.resolve("elsewhere").resolve("..").resolve("ws").resolve("new.json"));

        assertThat(typo.code()).isEqualTo(1);
        assertThat(typo.err()).startsWith("dossier: refusing to write").contains("inside the workspace");
        assertThat(sideways.code()).isEqualTo(1);
        assertThat(java.nio.file.Files.readAllBytes(ws.resolve("dossier.db"))).isEqualTo(before);
        assertThat(ws.resolve("new.json")).doesNotExist();
        CommandRun fine = CommandRun.of("--workspace", ws, "export", "--format", "json", "--out", tmp.resolve("d.json"));
        assertThat(fine.code()).as(fine.err()).isZero();
        assertThat(java.nio.file.Files.readString(tmp.resolve("d.json"))).contains("\"format\" : \"dossier/v1\"");
    }

    @Test
    void csvExportNeedsAFolderOrZipAndStillRefusesTheWorkspace() throws Exception {
        Path ws = tmp.resolve("ws");
        org.dossier.store.Workspace.open(ws).close();

        CommandRun toStdout = CommandRun.of("--workspace", ws, "export", "--format", "csv");
        assertThat(toStdout.code()).isEqualTo(2);
        assertThat(toStdout.err()).startsWith("dossier: --format csv writes one file per table")
                .contains("--out DIR");
        assertThat(toStdout.out()).isEmpty();

        CommandRun inside = CommandRun.of("--workspace", ws, "export", "--format", "csv", "--out", ws.resolve("tables"));
        assertThat(inside.code()).isEqualTo(1);
        assertThat(inside.err()).startsWith("dossier: refusing to write").contains("inside the workspace");
        assertThat(ws.resolve("tables")).doesNotExist();

        java.nio.file.Files.writeString(tmp.resolve("plain.txt"), "not a folder");
        CommandRun onFile = CommandRun.of("--workspace", ws, "export", "--format", "csv", "--out", tmp.resolve("plain.txt"));
        assertThat(onFile.code()).isEqualTo(1);
        assertThat(onFile.err()).contains("it is a file");
        assertThat(tmp.resolve("plain.txt")).hasContent("not a folder");
    }

    @Test
    void csvExportOfAnEmptyWorkspaceWritesSixHeadedTablesToAFolderOrAZip() throws Exception {
        Path ws = tmp.resolve("ws");
        org.dossier.store.Workspace.open(ws).close();

        CommandRun folder = CommandRun.of("--workspace", ws, "export", "--format", "csv", "--out", tmp.resolve("out/csv"));
        assertThat(folder.code()).as(folder.err()).isZero();
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(tmp.resolve("out/csv"))) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly("articles.csv",
                    "claims.csv", "conflicts.csv", "entities.csv", "quotes.csv", "timeline.csv");
        }
        assertThat(tmp.resolve("out/csv/quotes.csv")).hasContent(
                "story_id,quote_no,quote,direct,speaker,speaker_entity_id,evidence,article_id,start,end,passage");

        CommandRun zip = CommandRun.of("--workspace", ws, "export", "--format", "csv", "--out", tmp.resolve("t.zip"));
        assertThat(zip.code()).as(zip.err()).isZero();
        java.util.List<String> entries = new java.util.ArrayList<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                java.nio.file.Files.newInputStream(tmp.resolve("t.zip")))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(e.getName() + "=" + new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertThat(entries).hasSize(6).first().asString()
                .isEqualTo("articles.csv=article_id,story_id,title,outlet,url,published,published_source,language,"
                        + "duplicate_of,file,start,end,text\r\n");
    }

    @Test
    void outputThatCannotBeWrittenFailsTheCommand() {
        Path ws = tmp.resolve("ws");
        org.dossier.store.Workspace.open(ws).close();
        java.io.OutputStream full = new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }
        };
        java.io.StringWriter err = new java.io.StringWriter();

        int code = Main.run(new java.io.PrintWriter(full, true), new java.io.PrintWriter(err, true),
                "--workspace", ws.toString(), "export", "--format", "json");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("dossier: cannot write the output");
    }

    @Test
    void aRefusedSearchQueryPrintsItsReasonAndExitsOne() {
        Path ws = tmp.resolve("ws");
        org.dossier.store.Workspace.open(ws).close();

        CommandRun regexp = CommandRun.of("--workspace", ws, "search", "/[a-z]{1,100000}/");
        CommandRun unclosed = CommandRun.of("--workspace", ws, "search", "\"harbour", "deal");

        assertThat(regexp.code()).isEqualTo(1);
        assertThat(regexp.err()).startsWith("dossier: cannot read the query").contains("regular expressions");
        assertThat(unclosed.code()).isEqualTo(1);
        assertThat(unclosed.err()).startsWith("dossier: cannot read the query");
        assertThat(regexp.out()).isEmpty();
    }

    @Test
    void exportToAFullDiskExitsOneWithTheReason() throws Exception {
        Path full = Path.of("/dev/full");
        assertThat(full).as("a device that fails every write (Linux)").exists();
        Path ws = tmp.resolve("ws");
        org.dossier.store.Workspace.open(ws).close();
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process export = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--workspace", ws.toString(), "export", "--format", "json")
                .redirectOutput(full.toFile()).start();
        String err = new String(export.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(export.waitFor()).as(err).isEqualTo(1);
        assertThat(err).startsWith("dossier: cannot write the output");
    }

    @Test
    void aDamagedSearchIndexIsRebuiltWithAMessageAndSearchGoesOn() throws Exception {
        Path ws = tmp.resolve("ws");
        org.dossier.store.Workspace.open(ws).close();
        assertThat(CommandRun.of("--workspace", ws, "search", "harbour").code()).isZero();
        Path index = ws.resolve("index");
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(index)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                java.nio.file.Files.writeString(f, "damaged");
            }
        }

        CommandRun damaged = CommandRun.of("--workspace", ws, "search", "harbour");
        CommandRun after = CommandRun.of("--workspace", ws, "search", "harbour");

        assertThat(damaged.code()).as(damaged.err()).isZero();
        assertThat(damaged.err()).startsWith("dossier: the search index in").contains("damaged")
                .contains("rebuilding it from the workspace");
        assertThat(damaged.out()).contains("no results");
        assertThat(after.code()).isZero();
        assertThat(after.err()).isEmpty();
    }

    @Test
    void helpListsEveryCommandOfTheProductAndExitsZero() {
        CommandRun run = CommandRun.of("--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("build", "stories", "show", "export", "search", "serve");
    }
}
