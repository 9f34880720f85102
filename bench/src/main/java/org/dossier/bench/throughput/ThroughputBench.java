package org.dossier.bench.throughput;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.dossier.analyze.ArticleAnalyzer;
import org.dossier.analyze.Analyzers;
import org.dossier.model.Article;

/**
 * Measures {@link Analyzers#standard()} on a set of texts: model load time, then after one warm-up
 * pass, articles per second with one thread and with a pool of worker threads, and the peak heap
 * used by the heap memory pools during the timed passes.
 */
public final class ThroughputBench {

    /** One timed pass. */
    public record Pass(int threads, int articles, double seconds, long peakHeapBytes) {
        public double articlesPerSecond() {
            return articles / seconds;
        }
    }

    private final ArticleAnalyzer analyzer;
    private final List<Article> articles;

    private ThroughputBench(ArticleAnalyzer analyzer, List<Article> articles) {
        this.analyzer = analyzer;
        this.articles = articles;
    }

    /** The texts ({@code *.txt}) of a folder as articles, in name order. */
    public static List<Article> readTexts(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        List<Article> out = new ArrayList<>();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            out.add(new Article("a-bench-" + out.size(), f.getFileName().toString(), null, null, null, "en", null,
                    null, text, null));
        }
        return out;
    }

    public static ThroughputBench load(List<Article> articles) {
        return new ThroughputBench(Analyzers.standard(), List.copyOf(articles));
    }

    /** Words per article, split on white space. */
    public double meanWords() {
        return articles.stream().mapToInt(a -> a.text().isBlank() ? 0 : a.text().strip().split("\\s+").length)
                .average().orElse(0);
    }

    public void warmUp() throws InterruptedException, ExecutionException {
        run(1, 1);
    }

    /** Analyses every article {@code repeat} times with {@code threads} workers. */
    public Pass run(int threads, int repeat) throws InterruptedException, ExecutionException {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int r = 0; r < repeat; r++) {
                for (Article a : articles) {
                    futures.add(pool.submit(() -> analyzer.analyze(a)));
                }
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Pass(threads, articles.size() * repeat, seconds, peak);
    }
}
