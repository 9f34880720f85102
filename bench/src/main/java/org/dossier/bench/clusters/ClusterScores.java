package org.dossier.bench.clusters;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Pairwise P/R/F1 (Miranda et al. 2018: over unordered document pairs; an empty denominator gives
 * 0) and BCubed P/R/F1 (Bagga and Baldwin 1998, per document, averaged) of a predicted clustering
 * against gold clusters, as the bench's {@code score_clusters.py} computes them. A gold document
 * missing from the prediction counts as a singleton.
 */
public record ClusterScores(int documents, int goldClusters, int predictedClusters, double pairwiseP,
                            double pairwiseR, double pairwiseF1, double bcubedP, double bcubedR,
                            double bcubedF1, long goldPairs, long predictedPairs, long truePairs) {

    /** Scores {@code predicted} (document to cluster label) against {@code gold} over gold's documents. */
    public static ClusterScores of(Map<String, String> gold, Map<String, String> predicted) {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(predicted, "predicted");
        Map<String, String> pred = new HashMap<>();
        for (String id : gold.keySet()) {
            String p = predicted.get(id);
            pred.put(id, p == null ? "\u0000missing\u0000" + id : "=" + p);
        }
        Map<String, Integer> goldSizes = new HashMap<>();
        Map<String, Integer> predSizes = new HashMap<>();
        Map<String, Integer> joint = new HashMap<>();
        for (String id : gold.keySet()) {
            goldSizes.merge(gold.get(id), 1, Integer::sum);
            predSizes.merge(pred.get(id), 1, Integer::sum);
            joint.merge(gold.get(id) + "\u0001" + pred.get(id), 1, Integer::sum);
        }
        long tp = pairs(joint);
        long predPairs = pairs(predSizes);
        long goldPairs = pairs(goldSizes);
        double p = predPairs == 0 ? 0 : tp / (double) predPairs;
        double r = goldPairs == 0 ? 0 : tp / (double) goldPairs;
        double bp = 0;
        double br = 0;
        for (String id : gold.keySet()) {
            int inter = joint.get(gold.get(id) + "\u0001" + pred.get(id));
            bp += inter / (double) predSizes.get(pred.get(id));
            br += inter / (double) goldSizes.get(gold.get(id));
        }
        int n = gold.size();
        if (n > 0) {
            bp /= n;
            br /= n;
        }
        return new ClusterScores(n, goldSizes.size(), predSizes.size(), p, r, f1(p, r), bp, br, f1(bp, br),
                goldPairs, predPairs, tp);
    }

    private static long pairs(Map<String, Integer> sizes) {
        long sum = 0;
        for (int s : sizes.values()) {
            sum += (long) s * (s - 1) / 2;
        }
        return sum;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
