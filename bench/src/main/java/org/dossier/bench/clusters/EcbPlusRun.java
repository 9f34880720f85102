package org.dossier.bench.clusters;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.story.AnalyzedArticle;
import org.dossier.story.Clustering;
import org.dossier.story.StoryClusterer;

/**
 * Feeds analysed documents to a clusterer the way builds would: in a fixed order that mixes topics
 * (by a hash of the id), in several calls, each passing the previous call's state.
 */
public final class EcbPlusRun {

    private EcbPlusRun() {
    }

    /** Clusters {@code articles} in {@code batches} calls; returns article id to story id. */
    public static Map<String, String> cluster(StoryClusterer clusterer, List<AnalyzedArticle> articles, int batches) {
        List<AnalyzedArticle> order = new ArrayList<>(articles);
        order.sort(Comparator.comparingLong((AnalyzedArticle a) -> mix(a.article().id().hashCode()))
                .thenComparing(a -> a.article().id()));
        int size = Math.max(1, (order.size() + batches - 1) / batches);
        byte[] state = null;
        Map<String, String> storyOf = new HashMap<>();
        Map<String, AnalyzedArticle> byId = new HashMap<>();
        for (AnalyzedArticle a : articles) {
            byId.put(a.article().id(), a);
        }
        for (int from = 0; from < order.size(); from += size) {
            // Earlier calls' articles are there to read back, as the workspace gives them to a build.
            Clustering c = clusterer.cluster(state, order.subList(from, Math.min(order.size(), from + size)),
                    id -> java.util.Optional.ofNullable(byId.get(id)));
            state = c.state();
            storyOf = c.storyOf();
        }
        return storyOf;
    }

    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
