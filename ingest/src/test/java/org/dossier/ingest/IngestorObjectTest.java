package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article object read from memory is the article a {@code .json} file of the same bytes gives, from no file. */
class IngestorObjectTest {

    private static final String OBJECT = "{\"title\": \"Ferry timetable approved\", \"outlet\": \"Harbour Gazette\","
            + " \"published\": \"2023-03-03\", \"text\": \"The harbour council approved a new ferry timetable"
            + " on Thursday evening. Two early crossings will be added on weekdays from April.\"}";

    @TempDir
    Path dir;

    private final Ingestor ingestor = new Ingestor();
    private final List<Article> articles = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    private void readObject(String json) {
        ingestor.readObject("the body", json.getBytes(StandardCharsets.UTF_8), articles::add, problems::add,
                warnings::add);
    }

    @Test
    void anObjectInMemoryReadsAsTheSameBytesInAJsonFileButFromNoFile() throws IOException {
        Path file = Files.writeString(dir.resolve("article.json"), OBJECT, StandardCharsets.UTF_8);
        List<Article> fromFile = new ArrayList<>();
        ingestor.read(List.of(file), fromFile::add, problems::add);

        readObject(OBJECT);

        assertThat(problems).isEmpty();
        assertThat(fromFile).hasSize(1);
        Article expected = fromFile.get(0);
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.file()).isNull();
            assertThat(a.id()).isEqualTo(expected.id()).startsWith("a-");
            assertThat(a.title()).isEqualTo("Ferry timetable approved");
            assertThat(a.outlet()).isEqualTo("Harbour Gazette");
            assertThat(a.text()).isEqualTo(expected.text()).startsWith("The harbour council").contains("from April.");
            assertThat(a).isEqualTo(new Article(expected.id(), null, expected.url(), expected.outlet(),
                    expected.title(), expected.language(), expected.published(), expected.publishedSource(),
                    expected.text(), expected.duplicateOf()));
        });
    }

    @Test
    void badObjectsAreOneProblemNamedByTheLabel() {
        readObject("{\"title\": \"no body\"}");
        readObject("[1, 2]");
        readObject("  ");

        assertThat(articles).isEmpty();
        assertThat(problems).extracting(Problem::source).containsExactly("the body", "the body", "the body");
        assertThat(problems).extracting(Problem::message).containsExactly("no \"text\" or \"html\" key",
                "expected a JSON object, found an array", "empty input");
    }
}
