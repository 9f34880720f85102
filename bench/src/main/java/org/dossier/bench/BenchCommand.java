package org.dossier.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.bench.throughput.ThroughputBench;
import org.dossier.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier bench}: throughput and memory of the whole analysis. */
@Command(name = "bench", description = "Measures analysis throughput (articles/s) and peak heap.")
public final class BenchCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "Folder of .txt articles (default: the PolNeAR dev texts under the shared bench folder).")
    Path dir;

    @Option(names = "--repeat", description = "Passes over the texts per measurement (default: 1).")
    int repeat = 1;

    @Option(names = "--threads", description = "Workers of the parallel pass (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        Path texts = dir != null ? dir
                : Path.of(System.getProperty("dossier.shared", "../shared")).resolve("bench/polnear/dev/text");
        if (!Files.isDirectory(texts)) {
            System.err.println("no such folder: " + texts + " (give a folder of .txt articles)");
            return 2;
        }
        List<Article> articles = ThroughputBench.readTexts(texts);
        if (articles.isEmpty()) {
            System.err.println("no .txt files in " + texts);
            return 2;
        }
        long t0 = System.nanoTime();
        ThroughputBench bench = ThroughputBench.load(articles);
        bench.warmUp();
        double warm = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "bench: %d articles from %s, %.0f words/article; load + warm-up pass %.1f s%n",
                articles.size(), texts.getFileName(), bench.meanWords(), warm);
        for (int n : threads > 1 ? new int[] {1, threads} : new int[] {1}) {
            ThroughputBench.Pass p = bench.run(n, repeat);
            System.out.printf(Locale.ROOT, "threads %d: %d articles in %.1f s = %.2f articles/s, peak heap %d MB%n",
                    p.threads(), p.articles(), p.seconds(), p.articlesPerSecond(), p.peakHeapBytes() >> 20);
        }
        System.out.printf(Locale.ROOT, "cores %d, max heap %d MB, Java %s; a shared machine makes these figures noisy%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"));
        return 0;
    }
}
