package org.dossier.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dossier.ingest.Ingestor;
import org.dossier.model.Article;
import org.dossier.model.Problem;

/**
 * Coverage-guided fuzzing of every reader, through the ingest entry point a build uses. Whatever
 * the bytes, reading never throws: each input becomes articles or problems naming it, and every
 * article holds what the export promises (an id of the documented form, text without control
 * characters, a two-letter language, a date of four-digit years or none).
 *
 * <p>Run as a plain test, each target reads its regression inputs (files under
 * {@code ReadersFuzzTestInputs/TARGET/} in the test resources, among them every input that once
 * broke a reader). With {@code JAZZER_FUZZ=1} the fuzzer mutates them for the time its
 * {@code maxDuration} allows; the build's {@code fuzz-*} executions do that for each target.
 */
class ReadersFuzzTest {

    private static final Pattern ID = Pattern.compile("a-[0-9a-f]{16}");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F]");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T.*)?");
    private static final Ingestor INGESTOR = new Ingestor();

    @FuzzTest(maxDuration = "20s")
    void html(byte[] input) throws IOException {
        read(input, ".html");
    }

    @FuzzTest(maxDuration = "20s")
    void text(byte[] input) throws IOException {
        read(input, ".txt");
    }

    @FuzzTest(maxDuration = "20s")
    void jsonLines(byte[] input) throws IOException {
        read(input, ".jsonl");
    }

    @FuzzTest(maxDuration = "20s")
    void feed(byte[] input) throws IOException {
        read(input, ".xml");
    }

    @FuzzTest(maxDuration = "20s")
    void webArchive(byte[] input) throws IOException {
        read(input, ".warc");
    }

    @FuzzTest(maxDuration = "20s")
    void pdf(byte[] input) throws IOException {
        read(input, ".pdf");
    }

    /** A posted article object, read as the server reads a POST body. */
    @FuzzTest(maxDuration = "20s")
    void postedObject(byte[] input) {
        List<Article> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        INGESTOR.readObject("the body", input, articles::add, problems::add, problems::add);
        check(articles, problems, "the body");
    }

    private static void read(byte[] input, String extension) throws IOException {
        Path dir = Files.createTempDirectory("dossier-fuzz");
        Path file = dir.resolve("input" + extension);
        try {
            Files.write(file, input);
            List<Article> articles = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            INGESTOR.read(List.of(file), articles::add, problems::add, problems::add);
            check(articles, problems, file.toString());
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private static void check(List<Article> articles, List<Problem> problems, String label) {
        assertThat(articles.size() + problems.size()).as("an input gives articles or problems").isPositive();
        for (Problem p : problems) {
            assertThat(p.source()).isEqualTo(label);
            assertThat(p.message()).isNotBlank();
        }
        for (Article a : articles) {
            assertThat(a.id()).matches(ID);
            assertThat(a.text()).isNotBlank();
            assertThat(CONTROL.matcher(a.text()).find()).as("control character in the text").isFalse();
            assertThat(a.title() == null || !CONTROL.matcher(a.title()).find()).as("control character in the title")
                    .isTrue();
            assertThat(a.language()).matches("[a-z]{2}");
            assertThat(a.published() == null || DATE.matcher(a.published()).matches())
                    .as("published %s", a.published()).isTrue();
        }
    }
}
