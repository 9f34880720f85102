package org.dossier.bench.scale;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.bench.clusters.ClusterScores;
import org.dossier.story.AnalyzedArticle;
import org.dossier.story.Clustering;
import org.dossier.story.cluster.ClusterSettings;
import org.dossier.story.cluster.EventClusterer;

/**
 * Clusters {@code base} synthetic articles in one build, then adds {@code added} more in a second
 * build from the stored state, and prints each build's wall time, the state's size and the peak
 * heap (sum of the heap pools' peaks, which includes garbage not yet collected: an upper bound).
 */
public final class ScaleBenchmark {

    private ScaleBenchmark() {
    }

    public static void run(int base, int added, ClusterSettings settings, PrintStream out) {
        SyntheticNews news = new SyntheticNews(20_211);
        List<AnalyzedArticle> first = news.next(base);
        List<AnalyzedArticle> second = news.next(added);
        EventClusterer clusterer = new EventClusterer(org.dossier.story.cluster.EventModel.shipped(), settings);
        resetPeaks();

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long cpu0 = threads.getCurrentThreadCpuTime();
        Clustering c1 = clusterer.cluster(null, first);
        long t1 = System.nanoTime();
        long cpu1 = threads.getCurrentThreadCpuTime();
        out.printf("scale: build 1: %,d articles -> %,d stories in %.1f s wall, %.1f s CPU (%.0f articles/s of CPU); "
                        + "state %,d bytes%n", base, stories(c1), (t1 - t0) / 1e9, (cpu1 - cpu0) / 1e9,
                base / ((cpu1 - cpu0) / 1e9), c1.state().length);

        long t2 = System.nanoTime();
        long cpu2 = threads.getCurrentThreadCpuTime();
        // The second build reads back the first one's articles, as a workspace gives them.
        Map<String, AnalyzedArticle> stored = new HashMap<>();
        for (AnalyzedArticle a : first) {
            stored.put(a.article().id(), a);
        }
        Clustering c2 = clusterer.cluster(c1.state(), second, id -> java.util.Optional.ofNullable(stored.get(id)));
        long t3 = System.nanoTime();
        long cpu3 = threads.getCurrentThreadCpuTime();
        out.printf("scale: build 2: +%,d articles -> %,d stories in %.1f s wall, %.1f s CPU (%.0f articles/s of CPU, "
                        + "reading and writing the state included); %,d stories touched; state %,d bytes%n", added,
                stories(c2), (t3 - t2) / 1e9, (cpu3 - cpu2) / 1e9, added / ((cpu3 - cpu2) / 1e9),
                c2.touched().size(), c2.state().length);
        out.printf("scale: peak heap %,d MB (max heap %,d MB)%n", peakHeap() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);

        Map<String, String> gold = new HashMap<>();
        for (String id : c2.storyOf().keySet()) {
            gold.put(id, SyntheticNews.eventOf(id));
        }
        ClusterScores s = ClusterScores.of(gold, c2.storyOf());
        out.printf("scale: against the generated events: %,d events, pairwise P=%.3f R=%.3f F1=%.3f, "
                + "BCubed F1=%.3f%n", s.goldClusters(), s.pairwiseP(), s.pairwiseR(), s.pairwiseF1(), s.bcubedF1());
    }

    private static long stories(Clustering c) {
        return c.storyOf().values().stream().distinct().count();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
