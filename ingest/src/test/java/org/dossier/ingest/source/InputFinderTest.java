package org.dossier.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFinderTest {

    @TempDir
    Path dir;

    @Test
    void walksFoldersInNameOrderSkippingHiddenSidecarsAndUnknownTypes() throws IOException {
        for (String name : List.of("b.txt", "a.HTML", "a.meta.json", "c.jsonl", "d.md", "e.json", "f.htm",
                "notes.docx", "README", ".hidden.txt", ".git/config.txt", "sub/x.txt", "sub/.y.txt")) {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "x");
        }
        List<InputFile> found = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        InputFinder.find(List.of(dir), found::add, problems::add);

        assertThat(problems).isEmpty();
        assertThat(found).extracting(f -> dir.relativize(f.path()).toString().replace('\\', '/'))
                .containsExactly("a.HTML", "b.txt", "c.jsonl", "d.md", "e.json", "f.htm", "sub/x.txt");
        assertThat(found.get(0).sidecar()).isEqualTo(dir.resolve("a.meta.json"));
        assertThat(found.get(0).format()).isEqualTo(InputFormat.HTML);
        assertThat(found.get(1).sidecar()).isNull();
    }

    @Test
    void namedDevicesAndFifosAreReportedByNameAndNeverOpened() throws Exception {
        Path fifo = dir.resolve("feed.jsonl");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).isZero();
        Path text = Files.writeString(dir.resolve("a.txt"), "x");
        Path device = Path.of("/dev/zero");
        List<InputFile> found = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        // A FIFO offered as a file would be opened by the reader and block it until a writer came.
        InputFinder.find(List.of(fifo, device, text, dir), found::add, problems::add);

        assertThat(found).extracting(InputFile::path).containsExactly(text);
        assertThat(problems).extracting(Problem::source).containsExactly(fifo.toString(), device.toString());
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).contains("not a regular file"));
    }

    @Test
    void namedPathsAreReadOnceAndBadOnesReported() throws IOException {
        Path text = Files.writeString(dir.resolve("a.txt"), "x");
        Path pdf = Files.writeString(dir.resolve("b.docx"), "x");
        Path sidecar = Files.writeString(dir.resolve("a.meta.json"), "{}");
        List<InputFile> found = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        InputFinder.find(List.of(text, dir.resolve("missing"), pdf, sidecar, text, dir), found::add, problems::add);

        assertThat(found).extracting(InputFile::path).containsExactly(text);
        assertThat(problems).extracting(Problem::source)
                .containsExactly(dir.resolve("missing").toString(), pdf.toString());
    }

    @Test
    void corpusDocumentationInFoldersIsNotAnArticleUnlessNamed() throws IOException {
        for (String name : List.of("README.md", "readme.txt", "LICENSE.txt", "CHANGELOG.md", "report.md",
                "readme-2021-rome.txt")) {
            Files.writeString(dir.resolve(name), "x");
        }
        List<InputFile> found = new ArrayList<>();
        InputFinder.find(List.of(dir), found::add, p -> { });
        assertThat(found).extracting(f -> f.path().getFileName().toString())
                .containsExactly("readme-2021-rome.txt", "report.md");

        List<InputFile> named = new ArrayList<>();
        InputFinder.find(List.of(dir.resolve("README.md")), named::add, p -> { });
        assertThat(named).hasSize(1);
    }
}
