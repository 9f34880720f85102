package org.dossier.bench.clusters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reference clustering of the benchmark's own baseline: TF-IDF over all words of the text
 * (headline included), cosine similarity, complete linkage cut at a threshold. The threshold is
 * chosen on the scored set itself, so the figure is the baseline's best case there.
 */
public final class TfIdfBaseline {

    static final double[] THRESHOLDS = {0.02, 0.05, 0.08, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6};

    private TfIdfBaseline() {
    }

    /** The best pairwise F1 over {@link #THRESHOLDS} and the threshold that gave it. */
    public static double[] best(Map<String, String> texts, Map<String, String> gold) {
        List<String> articles = new ArrayList<>(texts.keySet());
        int n = articles.size();
        List<Map<String, Double>> vectors = vectors(articles, texts);
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double dot = 0;
                Map<String, Double> a = vectors.get(i);
                Map<String, Double> b = vectors.get(j);
                if (a.size() > b.size()) {
                    Map<String, Double> t = a;
                    a = b;
                    b = t;
                }
                for (Map.Entry<String, Double> e : a.entrySet()) {
                    Double w = b.get(e.getKey());
                    if (w != null) {
                        dot += e.getValue() * w;
                    }
                }
                sim[i][j] = dot;
                sim[j][i] = dot;
            }
        }
        double bestF1 = -1;
        double bestT = 0;
        for (double t : THRESHOLDS) {
            Map<String, String> storyOf = completeLinkage(articles, sim, t);
            double f1 = ClusterScores.of(gold, storyOf).pairwiseF1();
            if (f1 > bestF1) {
                bestF1 = f1;
                bestT = t;
            }
        }
        return new double[] {bestF1, bestT};
    }

    private static Map<String, String> completeLinkage(List<String> articles, double[][] sim, double t) {
        int n = articles.size();
        List<List<Integer>> clusters = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            clusters.add(new ArrayList<>(List.of(i)));
        }
        double[][] link = new double[n][n];
        for (int i = 0; i < n; i++) {
            link[i] = sim[i].clone();
        }
        boolean[] alive = new boolean[n];
        java.util.Arrays.fill(alive, true);
        while (true) {
            int bi = -1;
            int bj = -1;
            double best = t;
            for (int i = 0; i < n; i++) {
                if (!alive[i]) {
                    continue;
                }
                for (int j = i + 1; j < n; j++) {
                    if (alive[j] && link[i][j] >= best) {
                        best = link[i][j];
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                break;
            }
            clusters.get(bi).addAll(clusters.get(bj));
            alive[bj] = false;
            for (int k = 0; k < n; k++) {
                link[bi][k] = Math.min(link[bi][k], link[bj][k]);
                link[k][bi] = link[bi][k];
            }
        }
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (alive[i]) {
                for (int m : clusters.get(i)) {
                    out.put(articles.get(m), "c" + i);
                }
            }
        }
        return out;
    }

    private static List<Map<String, Double>> vectors(List<String> articles, Map<String, String> texts) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (String id : articles) {
            Map<String, Integer> c = new HashMap<>();
            String text = texts.get(id);
            for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (w.length() > 1) {
                    c.merge(w, 1, Integer::sum);
                }
            }
            counts.add(c);
            c.keySet().forEach(k -> df.merge(k, 1, Integer::sum));
        }
        List<Map<String, Double>> out = new ArrayList<>();
        int n = articles.size();
        for (Map<String, Integer> c : counts) {
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Integer> e : c.entrySet()) {
                double w = (1 + Math.log(e.getValue())) * (Math.log((n + 1.0) / (df.get(e.getKey()) + 1.0)) + 1);
                v.put(e.getKey(), w);
                norm += w * w;
            }
            double s = 1 / Math.sqrt(norm);
            v.replaceAll((k, w) -> w * s);
            out.add(v);
        }
        return out;
    }
}
