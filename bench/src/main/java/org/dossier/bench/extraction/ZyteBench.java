package org.dossier.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dossier.ingest.html.HtmlExtractor;

/**
 * The Zyte article-extraction set: {@code ground-truth.json}, {@code html/ID.html.gz} and the
 * reference tools' outputs in {@code output/TOOL.json}, all scored with {@link ShingleMetric}.
 */
public final class ZyteBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A page: its id, address, true body and gzip file. */
    record Page(String id, String url, String truth, Path html) {
    }

    /** One scored line of the table; {@code pagesPerSecond} is NaN for reference outputs. */
    public record Line(String tool, ShingleMetric.Score score, double f1Spread, double pagesPerSecond) {
    }

    private final Path dir;
    private final List<Page> pages;

    public ZyteBench(Path dir) {
        this.dir = dir;
        this.pages = readPages(dir);
    }

    public int size() {
        return pages.size();
    }

    private static List<Page> readPages(Path dir) {
        JsonNode truth = readJson(dir.resolve("ground-truth.json"));
        Map<String, Page> byId = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Path html = dir.resolve("html").resolve(e.getKey() + ".html.gz");
            if (Files.exists(html)) {
                byId.put(e.getKey(), new Page(e.getKey(), e.getValue().path("url").asText(null),
                        e.getValue().path("articleBody").asText(""), html));
            }
        }
        return List.copyOf(byId.values());
    }

    /** Our extractor's line. */
    public Line scoreOurs(HtmlExtractor extractor, int threads) {
        List<byte[]> bytes = pages.stream().map(p -> BenchPages.gunzip(p.html())).toList();
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            idx.add(i);
        }
        BenchPages.Timed<String> run = BenchPages.run(idx,
                i -> extractor.extract(bytes.get(i), pages.get(i).url()).text(), threads);
        return line("dossier", run.outputs(), pages.size() / run.seconds());
    }

    /** Our outputs by page id, for inspection. */
    public Map<String, String> outputs(HtmlExtractor extractor) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Page p : pages) {
            out.put(p.id(), extractor.extract(BenchPages.gunzip(p.html()), p.url()).text());
        }
        return out;
    }

    /** Per-page scores of {@code outputs} (same order as the pages). */
    public List<ShingleMetric.PageScore> pageScores(List<String> outputs) {
        List<ShingleMetric.PageScore> scores = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            scores.add(ShingleMetric.page(pages.get(i).truth(), outputs.get(i)));
        }
        return scores;
    }

    public List<String> ids() {
        return pages.stream().map(Page::id).toList();
    }

    /** Lines for every {@code output/*.json}, a page the tool left out counting as empty output. */
    public List<Line> scoreReferences() {
        List<Line> lines = new ArrayList<>();
        Path outDir = dir.resolve("output");
        if (!Files.isDirectory(outDir)) {
            return lines;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(outDir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path f : files) {
            JsonNode root = readJson(f);
            JsonNode out = root.has("output") && root.get("output").isObject() ? root.get("output") : root;
            List<String> predicted = new ArrayList<>();
            for (Page p : pages) {
                predicted.add(out.path(p.id()).path("articleBody").asText(""));
            }
            String name = f.getFileName().toString().replaceFirst("\\.json$", "");
            lines.add(line(name, predicted, Double.NaN));
        }
        return lines;
    }

    private Line line(String tool, List<String> predicted, double pagesPerSecond) {
        List<ShingleMetric.PageScore> scores = pageScores(predicted);
        return new Line(tool, ShingleMetric.aggregate(scores), bootstrapSpread(scores), pagesPerSecond);
    }

    /** Standard deviation of F1 over 1000 bootstrap resamples of the pages (fixed seed). */
    static double bootstrapSpread(List<ShingleMetric.PageScore> scores) {
        if (scores.isEmpty()) {
            return 0;
        }
        Random random = new Random(42);
        double sum = 0;
        double sumSq = 0;
        int rounds = 1000;
        for (int r = 0; r < rounds; r++) {
            List<ShingleMetric.PageScore> sample = new ArrayList<>(scores.size());
            for (int i = 0; i < scores.size(); i++) {
                sample.add(scores.get(random.nextInt(scores.size())));
            }
            double f1 = ShingleMetric.aggregate(sample).f1();
            sum += f1;
            sumSq += f1 * f1;
        }
        double mean = sum / rounds;
        return Math.sqrt(Math.max(0, sumSq / rounds - mean * mean));
    }

    static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
