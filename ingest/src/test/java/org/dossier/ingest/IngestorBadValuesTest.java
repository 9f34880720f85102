package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Problem;
import org.dossier.model.PublishedSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stated publication date that is no date (a year outside 0000-9999, a day or time that does
 * not exist) is a warning naming the file, line and key, and is ignored: the article is read
 * without it, or with the next source's date.
 */
class IngestorBadValuesTest {

    /** A text that states no date of its own, so an ignored date leaves the article undated. */
    private static final String BODY = "The harbour council approved a new ferry timetable. "
            + "Two early crossings will be added on weekdays.";

    @TempDir
    Path dir;

    private final Ingestor ingestor = new Ingestor();
    private final List<Article> articles = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private void read(Path... roots) {
        ingestor.read(List.of(roots), articles::add, problems::add, warnings::add);
    }

    private static String object(String published) {
        return "{\"published\": \"" + published + "\", \"text\": \"" + BODY + "\"}";
    }

    private static String page(String meta) {
        return "<!doctype html><html lang=\"en\"><head><title>Ferry timetable approved</title>" + meta
                + "</head><body><article><h1>Ferry timetable approved</h1><p>" + BODY + "</p><p>" + BODY
                + " The operator will use boats that are idle in the morning.</p></article></body></html>";
    }

    @Test
    void anImpossibleDayInASidecarIsAWarningNamingTheSidecarAndTheArticleIsUndated() throws IOException {
        Path text = write("a.txt", BODY + "\n");
        Path sidecar = write("a.meta.json", "{\"published\": \"2021-02-30\", \"outlet\": \"Harbour Gazette\"}");

        read(text);

        assertThat(problems).isEmpty();
        assertThat(warnings).extracting(Problem::toString)
                .containsExactly(sidecar + ": published \"2021-02-30\" is no date; ignored");
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.published()).isNull();
            assertThat(a.publishedSource()).isNull();
            assertThat(a.outlet()).as("the rest of the sidecar is kept").isEqualTo("Harbour Gazette");
        });
    }

    @Test
    void aFiveDigitYearInAJsonFileIsAWarningNamingTheFile() throws IOException {
        Path json = write("b.json", object("+10000-01-01"));

        read(json);

        assertThat(problems).isEmpty();
        assertThat(warnings).extracting(Problem::source, Problem::where, Problem::message)
                .containsExactly(tuple(json.toString(), null, "published \"+10000-01-01\" is no date; ignored"));
        assertThat(articles).singleElement().extracting(Article::published).isNull();
    }

    @Test
    void aNegativeYearAndAnImpossibleTimeInJsonLinesAreWarningsNamingTheirLines() throws IOException {
        Path feed = write("c.jsonl", String.join("\n", object("2021-06-28"), object("-0044-03-15"),
                object("2021-06-28T25:61:61Z"), ""));

        read(feed);

        assertThat(problems).isEmpty();
        assertThat(warnings).extracting(Problem::source, Problem::where, Problem::message).containsExactly(
                tuple(feed.toString(), "2", "published \"-0044-03-15\" is no date; ignored"),
                tuple(feed.toString(), "3", "published \"2021-06-28T25:61:61Z\" is no date; ignored"));
        assertThat(articles).extracting(Article::published).containsExactly("2021-06-28", null, null);
    }

    @Test
    void aBadDateInAJsonKeyGivesWayToTheSidecarsDate() throws IOException {
        Path json = write("d.json", object("2021-02-30"));
        write("d.meta.json", "{\"published\": \"2021-02-28\"}");

        read(json);

        assertThat(warnings).extracting(Problem::toString)
                .containsExactly(json + ": published \"2021-02-30\" is no date; ignored");
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.published()).isEqualTo("2021-02-28");
            assertThat(a.publishedSource()).isEqualTo(PublishedSource.METADATA);
        });
    }

    @Test
    void anImpossibleDateInAPagesMetaTagIsAWarningNamingTheTagAndTheNextStatedDateIsUsed() throws IOException {
        Path html = write("e.html", page("<meta property=\"article:published_time\" content=\"2021-02-30\">"
                + "<meta name=\"dc.date\" content=\"2021-02-28\">"));

        read(html);

        assertThat(problems).isEmpty();
        assertThat(warnings).extracting(Problem::toString)
                .containsExactly(html + ": article:published_time \"2021-02-30\" is no date; ignored");
        assertThat(articles).singleElement().extracting(Article::published).isEqualTo("2021-02-28");
    }

    @Test
    void outOfRangeYearsInAPagesMetadataAreNotReadAsTheirLastFourDigits() throws IOException {
        Path html = write("f.html", page("<meta property=\"article:published_time\" content=\"+10000-01-01\">"
                + "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": "
                + "\"-0044-03-15T12:00:00Z\"}</script>"));

        read(html);

        assertThat(warnings).extracting(Problem::message).containsExactly(
                "article:published_time \"+10000-01-01\" is no date; ignored",
                "JSON-LD datePublished \"-0044-03-15T12:00:00Z\" is no date; ignored");
        assertThat(articles).singleElement().extracting(Article::published).isNull();
    }

    @Test
    void anImpossibleTimeInAPageOfAJsonLineNamesTheLine() throws IOException {
        String html = page("<meta property=\"article:published_time\" content=\"2021-06-28T25:61:61Z\">")
                .replace("\"", "\\\"");
        Path feed = write("g.jsonl", "{\"html\": \"" + html + "\"}\n");

        read(feed);

        assertThat(problems).isEmpty();
        assertThat(warnings).extracting(Problem::source, Problem::where, Problem::message).containsExactly(
                tuple(feed.toString(), "1", "article:published_time \"2021-06-28T25:61:61Z\" is no date; ignored"));
        assertThat(articles).singleElement().extracting(Article::published).isNull();
    }

    @Test
    void datesAtTheEdgesOfTheRangeAndLeapDaysAreNoWarning() throws IOException {
        Path feed = write("h.jsonl", String.join("\n", object("0000-01-01"), object("9999-12-31T23:59:59Z"),
                object("2020-02-29"), ""));
        Path html = write("i.html",
                page("<meta property=\"article:published_time\" content=\"2024-02-29T08:00:00Z\">"));

        read(feed, html);

        assertThat(warnings).isEmpty();
        assertThat(articles).extracting(Article::published)
                .containsExactly("0000-01-01", "9999-12-31T23:59:59Z", "2020-02-29", "2024-02-29T08:00:00Z");
    }

    @Test
    void anObjectReadInMemoryWarnsUnderItsLabel() {
        ingestor.readObject("the body", object("2021-02-30").getBytes(StandardCharsets.UTF_8), articles::add,
                problems::add, warnings::add);

        assertThat(warnings).extracting(Problem::toString)
                .containsExactly("the body: published \"2021-02-30\" is no date; ignored");
        assertThat(articles).singleElement().extracting(Article::published).isNull();
    }
}
