package org.dossier.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.dossier.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    @TempDir
    Path dir;

    @Test
    void largeJsonLinesFileStreamsEveryLineInOrder() throws IOException {
        Path file = dir.resolve("big.jsonl");
        String paragraph = "The council met again on Thursday and discussed the ferry timetable at length. ".repeat(6);
        int lines = 0;
        long bytes = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (bytes < 16L * 1024 * 1024) {
                lines++;
                String line = lines % 10_000 == 0 ? "not json" : "{\"text\": \"" + lines + ". " + paragraph + "\"}";
                out.write(line);
                out.write(lines % 2 == 0 ? "\r\n" : "\n");
                bytes += line.length() + 2;
            }
        }
        AtomicLong count = new AtomicLong();
        AtomicLong lastLine = new AtomicLong();
        List<Problem> problems = new ArrayList<>();
        ArticleReader.read(new InputFile(file, InputFormat.JSONL, null), raw -> {
            // Nothing is kept: memory stays bounded by one line, whatever the file's size.
            count.incrementAndGet();
            assertThat(raw.line()).isGreaterThan((int) lastLine.get());
            lastLine.set(raw.line());
            assertThat(((ArticleBody.Text) raw.body()).text()).startsWith(raw.line() + ". ");
        }, problems::add, problems::add);

        int bad = lines / 10_000;
        assertThat(count.get()).isEqualTo(lines - bad);
        assertThat(problems).hasSize(bad);
        assertThat(problems).extracting(Problem::where).startsWith("10000", "20000");
    }

    @Test
    void jsonLineIdIsTheHashOfTheLineBytesWithoutTheLineBreak() throws IOException {
        String line = "{\"text\": \"One short article. It has two sentences.\"}";
        Path crlf = Files.writeString(dir.resolve("crlf.jsonl"), line + "\r\n" + line + "\n" + line);
        List<RawArticle> raws = new ArrayList<>();
        ArticleReader.read(new InputFile(crlf, InputFormat.JSONL, null), raws::add, p -> {
            throw new AssertionError(p.toString());
        }, w -> {
            throw new AssertionError(w.toString());
        });
        String expected = ArticleIds.of(line.getBytes(StandardCharsets.UTF_8), null);
        assertThat(raws).extracting(RawArticle::id).containsExactly(expected, expected, expected);
        assertThat(raws).extracting(RawArticle::line).containsExactly(1, 2, 3);
    }

    @Test
    void lineInALegacyEncodingIsReadWithAWarningNamingItsLine() throws IOException {
        Path file = dir.resolve("mixed.jsonl");
        byte[] good = "{\"text\": \"A good line of text here.\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] latin = "{\"text\": \"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, concat(good, latin, good));
        List<RawArticle> raws = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        ArticleReader.read(new InputFile(file, InputFormat.JSONL, null), raws::add, problems::add, warnings::add);
        assertThat(problems).isEmpty();
        assertThat(raws).extracting(RawArticle::line).containsExactly(1, 2, 3);
        assertThat(((ArticleBody.Text) raws.get(1).body()).text()).isEqualTo("caf\u00e9");
        // Four letters are too few to be sure of an encoding: the guess is reported.
        assertThat(warnings).extracting(Problem::source, Problem::where)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(file.toString(), "2"));
        assertThat(warnings.get(0).message()).contains("not UTF-8", "low confidence");
    }

    @Test
    void binaryLineIsAProblemAndTheNextLineIsRead() throws IOException {
        Path file = dir.resolve("mixed.jsonl");
        byte[] good = "{\"text\": \"A good line of text here.\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] binary = new byte[] {'{', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '}', '\n'};
        Files.write(file, concat(good, binary, good));
        List<RawArticle> raws = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        ArticleReader.read(new InputFile(file, InputFormat.JSONL, null), raws::add, problems::add, problems::add);
        assertThat(raws).extracting(RawArticle::line).containsExactly(1, 3);
        assertThat(problems).extracting(Problem::where).containsExactly("2");
        assertThat(problems.get(0).message()).contains("binary", "NUL");
    }

    @Test
    void sidecarFillsWhatTheObjectLacksAndEntersTheId() throws IOException {
        Path file = Files.writeString(dir.resolve("a.json"), "{\"text\": \"Body text of the article.\", \"title\": \"Own title\"}");
        Path sidecar = Files.writeString(dir.resolve("a.meta.json"), "{\"title\": \"Sidecar title\", \"outlet\": \"Outlet\"}");
        List<RawArticle> raws = new ArrayList<>();
        ArticleReader.read(new InputFile(file, InputFormat.JSON, sidecar), raws::add, p -> {
            throw new AssertionError(p.toString());
        }, w -> {
            throw new AssertionError(w.toString());
        });
        RawArticle raw = raws.get(0);
        assertThat(raw.metadata().title()).isEqualTo("Own title");
        assertThat(raw.metadata().outlet()).isEqualTo("Outlet");
        assertThat(raw.id()).isEqualTo(ArticleIds.of(Files.readAllBytes(file), Files.readAllBytes(sidecar)))
                .isNotEqualTo(ArticleIds.of(Files.readAllBytes(file), null));
    }

    @Test
    void brokenSidecarIsReportedAndTheArticleStillRead() throws IOException {
        Path file = Files.writeString(dir.resolve("b.txt"), "A plain article body with one sentence.");
        Path sidecar = Files.writeString(dir.resolve("b.meta.json"), "{not json");
        List<RawArticle> raws = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        ArticleReader.read(new InputFile(file, InputFormat.TEXT, sidecar), raws::add, problems::add, problems::add);
        assertThat(raws).hasSize(1);
        assertThat(raws.get(0).metadata()).isEqualTo(Metadata.NONE);
        assertThat(problems).extracting(Problem::source).containsExactly(sidecar.toString());
    }

    private static byte[] concat(byte[]... parts) {
        int size = 0;
        for (byte[] part : parts) {
            size += part.length;
        }
        byte[] all = new byte[size];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
