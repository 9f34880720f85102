package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.dossier.model.Article;
import org.dossier.model.Problem;
import org.dossier.model.PublishedSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Web archives: real news pages (the extraction benchmark's saved pages, read in place from the
 * shared folder) are written into a WARC as a crawler would, with the records a crawl also holds
 * (requests, a 404, an image), and read back as articles with their URL and capture date.
 */
class IngestorWebArchiveTest {

    private static final Instant CAPTURED = Instant.parse("2019-11-20T08:15:00Z");
    /** A page in windows-1252 whose charset only its HTTP header names. */
    private static final String LEGACY_PAGE = "<html><head><title>Grève à la SNCF</title></head><body><article>"
            + "<h1>Grève à la SNCF</h1><p>Les cheminots ont cessé le travail jeudi à l'appel de quatre syndicats, "
            + "a déclaré la direction, qui évalue à 40 % la part des trains supprimés.</p><p>Le ministre des "
            + "Transports a appelé à « reprendre le dialogue » dès vendredi.</p></article></body></html>";

    @TempDir
    Path dir;

    private final List<Article> articles = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Page> pages = new TreeMap<>();

    /** A saved news page and what the benchmark says its article's text is. */
    private record Page(String url, byte[] html, String body) {
    }

    @BeforeEach
    void readPages() throws IOException {
        Path bench = Path.of(System.getProperty("dossier.shared"), "bench", "extraction-zyte");
        JsonNode truth = new ObjectMapper().readTree(bench.resolve("ground-truth.json").toFile());
        List<Path> files;
        try (Stream<Path> list = Files.list(bench.resolve("html"))) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted().limit(4).toList();
        }
        assertThat(files).hasSize(4);
        for (Path file : files) {
            String id = file.getFileName().toString().replace(".html.gz", "");
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                JsonNode gold = truth.get(id);
                pages.put(gold.get("url").asText(), new Page(gold.get("url").asText(), in.readAllBytes(),
                        gold.get("articleBody").asText()));
            }
        }
    }

    @Test
    void eachHtmlResponseIsAnArticleWithItsUrlAndTheRestIsPassedOver() throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            boolean compressed = false;
            for (Page page : pages.values()) {
                writer.write(request(page.url()));
                // One server sends its page gzipped, as many do: the payload is decoded.
                writer.write(response(page.url(), 200, "text/html; charset=utf-8",
                        compressed ? page.html() : gzip(page.html()), !compressed));
                compressed = true;
            }
            writer.write(response("https://news.example.org/gone", 404, "text/html", bytes("<p>Not found</p>"), false));
            writer.write(response("https://news.example.org/logo.png", 200, "image/png",
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}, false));
            writer.write(response("https://journal.example.fr/greve", 200, "text/html; charset=windows-1252",
                    LEGACY_PAGE.getBytes(Charset.forName("windows-1252")), false));
        }

        new Ingestor().read(List.of(warc), articles::add, problems::add);

        assertThat(problems).isEmpty();
        Set<String> urls = new HashSet<>(pages.keySet());
        urls.add("https://journal.example.fr/greve");
        assertThat(articles).extracting(Article::url).containsExactlyInAnyOrderElementsOf(urls);
        assertThat(articles).extracting(Article::file).containsOnly(warc.toString());
        for (Page page : pages.values()) {
            assertThat(sharedWords(article(page.url()).text(), page.body()))
                    .as("share of the benchmark's article words in %s", page.url()).isGreaterThan(0.8);
        }
        Article legacy = article("https://journal.example.fr/greve");
        assertThat(legacy.text()).contains("Les cheminots ont cessé le travail jeudi", "« reprendre le dialogue »");
        assertThat(legacy.language()).isEqualTo("fr");
        // The page says nothing of its date: the day it was captured stands in, marked as inferred.
        assertThat(legacy.published()).startsWith("2019-11-20");
        assertThat(legacy.publishedSource()).isEqualTo(PublishedSource.INFERRED);
    }

    @Test
    void theSameArchiveReadTwiceGivesTheSameIdsAndTheSamePageTwiceIsOneId() throws IOException {
        Path warc = dir.resolve("twice.warc");
        Page page = pages.values().iterator().next();
        try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), WarcCompression.NONE)) {
            writer.write(response(page.url(), 200, "text/html", page.html(), false));
            writer.write(response(page.url(), 200, "text/html", page.html(), false));
        }
        new Ingestor().read(List.of(warc), articles::add, problems::add);
        List<String> first = articles.stream().map(Article::id).toList();
        articles.clear();
        new Ingestor().read(List.of(warc), articles::add, problems::add);

        assertThat(first).hasSize(2);
        assertThat(first.get(0)).isEqualTo(first.get(1));
        assertThat(articles).extracting(Article::id).isEqualTo(first);
    }

    @Test
    void aTruncatedArchiveKeepsThePagesBeforeTheBreakAndSaysWhere() throws IOException {
        Path whole = dir.resolve("whole.warc");
        List<Page> list = new ArrayList<>(pages.values());
        try (WarcWriter writer = new WarcWriter(FileChannel.open(whole, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), WarcCompression.NONE)) {
            for (Page page : list) {
                writer.write(response(page.url(), 200, "text/html", page.html(), false));
            }
        }
        byte[] bytes = Files.readAllBytes(whole);
        int lastStart = lastIndexOf(bytes, "WARC/1.".getBytes(StandardCharsets.US_ASCII));
        Path cut = dir.resolve("cut.warc");
        // The download broke off in the middle of the last record's header.
        Files.write(cut, Arrays.copyOf(bytes, lastStart + 40));

        new Ingestor().read(List.of(cut), articles::add, problems::add);

        assertThat(articles).extracting(Article::url)
                .containsExactlyElementsOf(list.subList(0, list.size() - 1).stream().map(Page::url).toList());
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(cut.toString());
            assertThat(p.message()).startsWith("damaged web archive");
        });
    }

    @Test
    void aFileThatIsNoArchiveIsReportedAndTheOtherInputsAreRead() throws IOException {
        Path notWarc = dir.resolve("notes.warc");
        Files.writeString(notWarc, "These are my notes on the crawl, not a crawl.\n");
        Path text = dir.resolve("report.txt");
        Files.writeString(text, "Harbour council approves ferry timetable\n\nThe council approved the new "
                + "timetable on Thursday. Two early crossings will be added from April.\n");

        new Ingestor().read(List.of(notWarc, text), articles::add, problems::add);

        assertThat(articles).extracting(Article::file).containsExactly(text.toString());
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.source()).isEqualTo(notWarc.toString()));
    }

    private Article article(String url) {
        return articles.stream().filter(a -> url.equals(a.url())).findFirst().orElseThrow();
    }

    private static WarcRequest request(String url) throws IOException {
        HttpRequest http = new HttpRequest.Builder("GET", URI.create(url).getRawPath())
                .addHeader("Host", URI.create(url).getHost()).build();
        return new WarcRequest.Builder(url).date(CAPTURED).body(http).build();
    }

    private static WarcResponse response(String url, int status, String type, byte[] body, boolean gzipped)
            throws IOException {
        HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body);
        if (gzipped) {
            http.addHeader("Content-Encoding", "gzip");
        }
        return new WarcResponse.Builder(url).date(CAPTURED).body(http.build()).build();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The share of {@code gold}'s distinct words (of four letters or more) that {@code text} has. */
    private static double sharedWords(String text, String gold) {
        Set<String> have = words(text);
        Set<String> want = words(gold);
        long found = want.stream().filter(have::contains).count();
        return want.isEmpty() ? 0 : (double) found / want.size();
    }

    private static Set<String> words(String s) {
        Set<String> words = new HashSet<>();
        for (String w : s.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4) {
                words.add(w);
            }
        }
        return words;
    }

    private static int lastIndexOf(byte[] haystack, byte[] needle) {
        for (int i = haystack.length - needle.length; i >= 0; i--) {
            boolean match = true;
            for (int j = 0; j < needle.length && match; j++) {
                match = haystack[i + j] == needle[j];
            }
            if (match) {
                return i;
            }
        }
        return -1;
    }
}
