package org.dossier.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.dossier.ingest.html.HtmlExtractor;

/**
 * The multilingual set: {@code evaldata.json} and {@code html/FILE.gz}, scored with
 * {@link SnippetMetric}. Entries whose page is absent (held back) are skipped.
 */
public final class MultilingualBench {

    /** A page: its address, gzip file and snippets. */
    record Page(String url, Path html, List<String> with, List<String> without) {
    }

    /** Our score on the set. */
    public record Result(SnippetMetric.Counts counts, int pages, int failures, double pagesPerSecond) {
    }

    private final List<Page> pages;

    public MultilingualBench(Path dir) {
        JsonNode data = ZyteBench.readJson(dir.resolve("evaldata.json"));
        List<Page> list = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Path html = dir.resolve("html").resolve(e.getValue().path("file").asText() + ".gz");
            if (Files.exists(html)) {
                list.add(new Page(e.getKey(), html, strings(e.getValue().path("with")),
                        strings(e.getValue().path("without"))));
            }
        }
        this.pages = List.copyOf(list);
    }

    public int size() {
        return pages.size();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    public Result score(HtmlExtractor extractor, int threads) {
        List<byte[]> bytes = pages.stream().map(p -> BenchPages.gunzip(p.html())).toList();
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            idx.add(i);
        }
        BenchPages.Timed<String> run = BenchPages.run(idx, i -> {
            try {
                return extractor.extract(bytes.get(i), pages.get(i).url()).text();
            } catch (RuntimeException crash) {
                return null; // scored as the reference scripts score a crash: every snippet missed
            }
        }, threads);
        SnippetMetric.Counts total = SnippetMetric.Counts.ZERO;
        int failures = 0;
        for (int i = 0; i < pages.size(); i++) {
            String out = run.outputs().get(i);
            if (out == null) {
                failures++;
            }
            total = total.plus(SnippetMetric.page(out, pages.get(i).with(), pages.get(i).without()));
        }
        return new Result(total, pages.size(), failures, pages.size() / run.seconds());
    }

    /** Per-page counts with the page's file, for inspection. */
    public List<String> report(HtmlExtractor extractor) {
        List<String> lines = new ArrayList<>();
        for (Page p : pages) {
            String out;
            try {
                out = extractor.extract(BenchPages.gunzip(p.html()), p.url()).text();
            } catch (RuntimeException crash) {
                out = null;
            }
            SnippetMetric.Counts c = SnippetMetric.page(out, p.with(), p.without());
            lines.add(p.html().getFileName() + "\ttp=" + c.tp() + "\tfn=" + c.fn() + "\tfp=" + c.fp());
        }
        return lines;
    }
}
