package org.dossier.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.dossier.ingest.source.InputFile;
import org.dossier.ingest.source.InputFinder;
import org.dossier.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hadoop paths are listed and fetched as the ingest module lists and reads local ones; no Spark session. */
class HadoopInputsTest {

    @TempDir
    Path dir;

    private final Configuration conf = new Configuration();

    @Test
    void aFolderIsListedInTheOrderAndWithTheSkipsOfALocalBuild() throws IOException {
        for (String name : List.of("b.txt", "a.HTML", "a.meta.json", "c.jsonl", "notes.docx", "README.md",
                ".hidden.txt", ".git/config.txt", "sub/x.txt", "sub/.y.txt", "_SUCCESS")) {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "x");
        }
        List<String> local = new ArrayList<>();
        InputFinder.find(List.of(dir), (InputFile f) -> local.add(dir.relativize(f.path()).toString()), p -> { });
        List<String> hadoop = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        HadoopInputs.find(dir.toUri().toString(), conf, new HashSet<>(), hadoop::add, problems::add);

        assertThat(problems).isEmpty();
        assertThat(local).containsExactly("a.HTML", "b.txt", "c.jsonl", "sub/x.txt");
        assertThat(hadoop).allSatisfy(f -> assertThat(f).startsWith("file:/"))
                .extracting(f -> f.substring(f.indexOf(dir.getFileName().toString()) + dir.getFileName().toString()
                        .length() + 1)).containsExactlyElementsOf(local);
    }

    @Test
    void aMissingPathAndANamedFileOfUnknownTypeAreProblemsAndAFileIsListedOnce() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "x");
        Files.writeString(dir.resolve("b.docx"), "x");
        List<String> found = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        HashSet<String> seen = new HashSet<>();
        for (String root : List.of(dir.resolve("a.txt").toUri().toString(), dir.toUri().toString(),
                dir.resolve("b.docx").toUri().toString(), dir.resolve("gone").toUri().toString())) {
            HadoopInputs.find(root, conf, seen, found::add, problems::add);
        }
        assertThat(found).hasSize(1).allSatisfy(f -> assertThat(f).endsWith("/a.txt"));
        assertThat(problems).extracting(Problem::message)
                .containsExactly("not a supported input type (" + org.dossier.ingest.source.InputFormat.EXTENSIONS + ")",
                        "no such file or folder");
    }

    @Test
    void aFetchedFileKeepsItsNameAndBringsItsSidecar() throws IOException {
        Path source = Files.createDirectories(dir.resolve("in"));
        Files.writeString(source.resolve("story.txt"), "Text.");
        Files.writeString(source.resolve("story.meta.json"), "{\"outlet\": \"Wire\"}");
        Path into = Files.createDirectories(dir.resolve("copy"));
        Path copy = HadoopInputs.fetch(source.resolve("story.txt").toUri().toString(), conf, into);

        assertThat(copy).isEqualTo(into.resolve("story.txt")).hasContent("Text.");
        assertThat(into.resolve("story.meta.json")).hasContent("{\"outlet\": \"Wire\"}");
    }

    @Test
    void onlyAPathWithAUriSchemeIsAHadoopPath() {
        assertThat(HadoopInputs.isHadoopPath("hdfs://nn:8020/news")).isTrue();
        assertThat(HadoopInputs.isHadoopPath("file:///data/news")).isTrue();
        assertThat(HadoopInputs.isHadoopPath("/data/news")).isFalse();
        assertThat(HadoopInputs.isHadoopPath("news/2031")).isFalse();
        assertThat(HadoopInputs.isHadoopPath("C:\\news")).isFalse();
    }
}
