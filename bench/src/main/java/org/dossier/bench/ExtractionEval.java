package org.dossier.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.bench.extraction.MultilingualBench;
import org.dossier.bench.extraction.SnippetMetric;
import org.dossier.bench.extraction.ZyteBench;
import org.dossier.ingest.html.HtmlExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Scores main-text extraction on extraction-zyte and extraction-multilingual. */
@Command(name = "extraction", description = "Scores main-text extraction on extraction-zyte and extraction-multilingual.")
public final class ExtractionEval implements Callable<Integer> {

    /** Snippet F1 of the reference tools on the full 990-page multilingual set (bench README). */
    private static final List<Object[]> MULTILINGUAL_PUBLISHED = List.of(
            new Object[] {"trafilatura", 0.924}, new Object[] {"jusText", 0.862},
            new Object[] {"news-please", 0.836}, new Object[] {"readability-lxml", 0.826},
            new Object[] {"goose3", 0.810}, new Object[] {"newspaper4k", 0.801});

    @Parameters(index = "0", arity = "0..1", defaultValue = "../shared/bench",
            description = "The shared bench folder, or extraction-zyte / extraction-multilingual itself (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--threads", description = "Extraction threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        Path zyte = pick(dir, "extraction-zyte", "ground-truth.json");
        Path multi = pick(dir, "extraction-multilingual", "evaldata.json");
        if (zyte == null && multi == null) {
            System.err.println("no extraction-zyte or extraction-multilingual set under " + dir);
            return 2;
        }
        HtmlExtractor extractor = new HtmlExtractor();
        if (zyte != null) {
            printZyte(new ZyteBench(zyte), extractor);
        }
        if (multi != null) {
            printMultilingual(new MultilingualBench(multi), extractor);
        }
        return 0;
    }

    private static Path pick(Path dir, String folder, String marker) {
        if (Files.exists(dir.resolve(marker))) {
            return dir;
        }
        Path sub = dir.resolve(folder);
        return Files.exists(sub.resolve(marker)) ? sub : null;
    }

    private void printZyte(ZyteBench bench, HtmlExtractor extractor) {
        // A first pass warms the JIT so the pages/s figure means steady-state speed.
        bench.scoreOurs(extractor, threads);
        ZyteBench.Line ours = bench.scoreOurs(extractor, threads);
        List<ZyteBench.Line> lines = new ArrayList<>(bench.scoreReferences());
        lines.add(ours);
        lines.sort(Comparator.comparingDouble((ZyteBench.Line l) -> l.score().f1()).reversed());
        System.out.printf("extraction-zyte: %d pages, 4-word-shingle metric (macro P/R, F1 of the means)%n",
                bench.size());
        System.out.printf("%-16s %6s %6s %6s %7s %6s %9s%n", "tool", "P", "R", "F1", "+-", "acc", "pages/s");
        for (ZyteBench.Line l : lines) {
            System.out.printf("%-16s %6.3f %6.3f %6.3f %7.3f %6.3f %9s%n", l.tool(), l.score().precision(),
                    l.score().recall(), l.score().f1(), l.f1Spread(), l.score().accuracy(),
                    Double.isNaN(l.pagesPerSecond()) ? "" : String.format("%.0f", l.pagesPerSecond()));
        }
        System.out.println("published on the full 181-page set: trafilatura 0.958, newspaper4k 0.949, "
                + "news-please 0.948, readability.js 0.947, boilerpipe 0.860");
        System.out.println();
    }

    private void printMultilingual(MultilingualBench bench, HtmlExtractor extractor) {
        bench.score(extractor, threads);
        MultilingualBench.Result r = bench.score(extractor, threads);
        SnippetMetric.Counts c = r.counts();
        System.out.printf("extraction-multilingual: %d pages, with/without snippets (micro P/R/F1)%n", r.pages());
        System.out.printf("%-16s %6s %6s %6s %6s %9s%n", "tool", "P", "R", "F1", "acc", "pages/s");
        System.out.printf("%-16s %6.3f %6.3f %6.3f %6.3f %9.0f   (tp=%d fp=%d fn=%d tn=%d, failures=%d)%n",
                "dossier", c.precision(), c.recall(), c.f1(), c.accuracy(), r.pagesPerSecond(),
                c.tp(), c.fp(), c.fn(), c.tn(), r.failures());
        for (Object[] p : MULTILINGUAL_PUBLISHED) {
            System.out.printf("%-16s %6s %6s %6.3f %6s %9s   (published, full 990-page set)%n", p[0], "", "",
                    (Double) p[1], "", "");
        }
    }
}
