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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder mixing good articles in every format with bad input: every good article comes through,
 * every bad file (or line) is a problem naming its path (and line), every article read with a
 * change (a stray control character removed) a warning naming its path, nothing throws.
 */
class IngestorMixedFolderTest {

    private static final String BODY_ONE = "The harbour council approved a new ferry timetable on Thursday evening. "
            + "Two early crossings will be added on weekdays from April.";
    private static final String BODY_TWO = "Residents of the outer islands had asked for better connections for years. "
            + "The operator said the extra boats would use capacity that is idle in the morning.";

    @TempDir
    Path dir;

    private final List<Article> articles = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    @BeforeEach
    void writeFolder() throws IOException {
        write("a-plain.txt", "Ferry timetable approved\n\n" + BODY_ONE + "\n\n" + BODY_TWO + "\n");
        write("a-plain.meta.json", "{\"outlet\": \"Harbour Gazette\", \"published\": \"2023-03-03\", \"language\": \"EN\"}");
        write("b-notes.md", "# Islands get earlier boats\n\n" + BODY_ONE + " See the [timetable](http://example.org/t).\n");
        write("c-article.json", "{\"title\": \"Fähren fahren früher\", \"published\": \"2023-03-04T10:00:00Z\", "
                + "\"text\": \"Der Gemeinderat hat am Donnerstag einen neuen Fahrplan beschlossen. "
                + "Ab April gibt es werktags zwei zusätzliche Fähren am frühen Morgen.\"}");
        write("d-feed.jsonl", String.join("\n",
                "{\"text\": \"" + BODY_ONE + "\", \"url\": \"http://example.org/1\"}",
                "{\"text\": \"an unfinished line",
                "[1, 2, 3]",
                "",
                "{\"title\": \"no text here\"}",
                "{\"html\": \"<html><head><title>Boats</title></head><body><article><p>" + BODY_TWO
                        + "</p><p>" + BODY_ONE + "</p></article></body></html>\", \"outlet\": \"Feed\"}",
                ""));
        Files.write(dir.resolve("e-binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, (byte) 0xFF});
        write("f-empty.txt", "  \n\n \t\n");
        write("c-page.html", "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Ferry timetable approved - Harbour Gazette</title>"
                + "<meta property=\"og:site_name\" content=\"Harbour Gazette\">"
                + "<meta property=\"article:published_time\" content=\"2023-03-03T18:30:00+01:00\"></head>"
                + "<body><nav><a href=\"/\">Home</a> <a href=\"/local\">Local</a></nav><article>"
                + "<h1>Ferry timetable approved</h1><p>" + BODY_ONE + "</p><p>" + BODY_TWO + "</p></article>"
                + "<footer>Copyright 2023 Harbour Gazette. All rights reserved.</footer></body></html>");
        write("g-broken.html", "<html><body><div class=\"main\"><p");
        write("h-malformed.json", "{\"text\": \"a text\",}");
        write("i-notext.json", "{\"title\": \"only a title\", \"url\": \"http://example.org/x\"}");
        Files.write(dir.resolve("j-latin1.txt"), ("Caf\u00e9 owners welcome the earlier ferry crossings\n\n" + BODY_ONE).getBytes(StandardCharsets.ISO_8859_1));
        byte[] utf16 = ("Rathaus beschließt Fahrplan\n\n" + "Der Gemeinderat hat am Donnerstag einen neuen Fahrplan "
                + "beschlossen. Ab April gibt es werktags zwei zusätzliche Fähren.").getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        Files.write(dir.resolve("k-utf16.txt"), withBom);
        write("l-stray.txt", "Ferry timetable approved\n\n" + BODY_ONE.replace("Thursday evening.", "Thursday evening.\u001B")
                + "\n\n" + BODY_TWO + "\n");
        write("m-escaped-nul.json", "{\"text\": \"" + BODY_TWO.replace("for years.", "for years.\\u0000") + "\"}");
        write("n-page.html", "<html><head><title>Boats</title></head><body><article><p>"
                + BODY_ONE.replace("weekdays", "week\u0001days") + "</p><p>" + BODY_TWO + "</p></article></body></html>");
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = noise[i] == 0 ? (byte) 0x20 : noise[i];
        }
        Files.write(dir.resolve("o-noise.html"), noise);
        write("p-report.txt", "%PDF-1.7\n" + BODY_ONE);
        write(".hidden.txt", BODY_ONE);
        write("notes.docx", "PK not read");
        Files.createDirectories(dir.resolve("z-sub"));
        write("z-sub/nested.txt", BODY_TWO);

        new Ingestor().read(List.of(dir), articles::add, problems::add, warnings::add);
    }

    @Test
    void goodArticlesComeThroughInNameOrder() {
        assertThat(articles).extracting(a -> name(a.file()))
                .containsExactly("a-plain.txt", "b-notes.md", "c-article.json", "c-page.html", "d-feed.jsonl", "d-feed.jsonl",
                        "j-latin1.txt", "k-utf16.txt", "l-stray.txt", "m-escaped-nul.json", "n-page.html", "nested.txt");
        assertThat(articles).extracting(Article::id).doesNotHaveDuplicates();
    }

    @Test
    void badFilesAndLinesAreProblemsWithPathAndLine() {
        assertThat(problems).extracting(p -> name(p.source()), Problem::where).containsExactly(
                tuple("d-feed.jsonl", "2"),
                tuple("d-feed.jsonl", "3"),
                tuple("d-feed.jsonl", "5"),
                tuple("e-binary.txt", null),
                tuple("f-empty.txt", null),
                tuple("g-broken.html", null),
                tuple("h-malformed.json", null),
                tuple("i-notext.json", null),
                tuple("o-noise.html", null),
                tuple("p-report.txt", null));
        assertThat(problems).allSatisfy(p -> assertThat(Path.of(p.source())).startsWith(dir));
        assertThat(problems.get(0).message()).contains("malformed JSON");
        assertThat(problems.get(1).message()).contains("expected a JSON object, found an array");
        assertThat(problems.get(2).message()).contains("no \"text\" or \"html\"");
        assertThat(problems.get(4).message()).contains("empty");
        assertThat(problems.get(3).message()).contains("binary content", "PNG");
        assertThat(problems.get(8).message()).contains("binary content", "not a web page");
        assertThat(problems.get(9).message()).contains("binary content", "PDF");
    }

    @Test
    void sidecarMetadataIsNormalisedAndBeatsTheText() {
        Article plain = article("a-plain.txt");
        assertThat(plain.title()).isEqualTo("Ferry timetable approved");
        assertThat(plain.text()).isEqualTo(BODY_ONE + "\n\n" + BODY_TWO);
        assertThat(plain.outlet()).isEqualTo("Harbour Gazette");
        assertThat(plain.published()).isEqualTo("2023-03-03");
        assertThat(plain.publishedSource()).isEqualTo(PublishedSource.METADATA);
        assertThat(plain.language()).isEqualTo("en");
    }

    @Test
    void markdownHeadingIsTheTitleAndLinksBecomeText() {
        Article md = article("b-notes.md");
        assertThat(md.title()).isEqualTo("Islands get earlier boats");
        assertThat(md.text()).isEqualTo(BODY_ONE + " See the timetable.");
    }

    @Test
    void jsonKeysGiveTitleDateAndTheLanguageIsDetected() {
        Article json = article("c-article.json");
        assertThat(json.title()).isEqualTo("Fähren fahren früher");
        assertThat(json.published()).isEqualTo("2023-03-04T10:00:00Z");
        assertThat(json.publishedSource()).isEqualTo(PublishedSource.METADATA);
        assertThat(json.language()).isEqualTo("de");
        assertThat(json.file()).endsWith("c-article.json");
    }

    @Test
    void webPageGivesTitleDateAndOutletFromItsMetadataAndTextWithoutHeadline() {
        Article page = article("c-page.html");
        assertThat(page.title()).startsWith("Ferry timetable approved");
        assertThat(page.published()).isEqualTo("2023-03-03T18:30:00+01:00");
        assertThat(page.publishedSource()).isEqualTo(PublishedSource.METADATA);
        assertThat(page.outlet()).isEqualTo("Harbour Gazette");
        assertThat(page.text()).isEqualTo(BODY_ONE + "\n\n" + BODY_TWO);
        assertThat(page.language()).isEqualTo("en");
    }

    @Test
    void jsonLinesArticlesKeepTheirOwnKeysAndFile() {
        List<Article> lines = articles.stream().filter(a -> a.file().endsWith("d-feed.jsonl")).toList();
        assertThat(lines.get(0).url()).isEqualTo("http://example.org/1");
        assertThat(lines.get(0).text()).isEqualTo(BODY_ONE);
        assertThat(lines.get(1).outlet()).isEqualTo("Feed");
        assertThat(lines.get(1).text()).contains(BODY_TWO);
        assertThat(lines).extracting(Article::file).containsOnly(dir.resolve("d-feed.jsonl").toString());
    }

    @Test
    void utf16WithByteOrderMarkIsRead() {
        Article utf16 = article("k-utf16.txt");
        assertThat(utf16.title()).isEqualTo("Rathaus beschließt Fahrplan");
        assertThat(utf16.language()).isEqualTo("de");
    }

    @Test
    void legacyEncodingIsReadNotSkipped() {
        Article latin1 = article("j-latin1.txt");
        assertThat(latin1.title()).isEqualTo("Caf\u00e9 owners welcome the earlier ferry crossings");
        assertThat(latin1.text()).isEqualTo(BODY_ONE);
    }

    @Test
    void strayControlCharactersAreRemovedWithAWarningNamingTheFile() {
        assertThat(article("l-stray.txt").text()).isEqualTo(BODY_ONE + "\n\n" + BODY_TWO);
        assertThat(article("m-escaped-nul.json").text()).isEqualTo(BODY_TWO);
        assertThat(article("n-page.html").text()).isEqualTo(BODY_ONE + "\n\n" + BODY_TWO);
        List<Problem> removals = warnings.stream().filter(w -> w.message().contains("control")).toList();
        assertThat(removals).extracting(w -> name(w.source())).containsExactly("l-stray.txt", "m-escaped-nul.json",
                "n-page.html");
        assertThat(removals).extracting(Problem::message).containsExactly(
                "removed 1 stray control character (U+001B)",
                "removed 1 stray control character (U+0000)",
                "removed 1 stray control character (U+0001)");
        assertThat(articles).allSatisfy(a -> assertThat(a.text().chars()).noneMatch(c -> c < 0x20 && c != '\n'));
    }

    private Article article(String name) {
        return articles.stream().filter(a -> name(a.file()).equals(name)).findFirst().orElseThrow();
    }

    private static String name(String file) {
        return Path.of(file).getFileName().toString();
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
