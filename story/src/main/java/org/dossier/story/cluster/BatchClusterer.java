package org.dossier.story.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Groups the new articles of one clustering call among themselves, in two passes over their
 * pairwise similarities.
 *
 * <p>First, complete linkage: two groups join only while every article of one is at least
 * {@link ClusterSettings#linkage()} similar to every article of the other. That finds the topics
 * (all reports of an earthquake, of a boxing title defence) without chaining unrelated reports
 * together, but two events of one kind that share most words still end up in one group.
 *
 * <p>Second, each group is cut in two, recursively, where its similarity graph has a weak seam: the
 * normalised cut (Shi and Malik) of the spectral bipartition, from the second eigenvector of the
 * normalised graph. Reports of two events are each other's closest neighbours, so the seam
 * between the events is thinner than any seam inside one event's reports. The cut is taken when it
 * is below {@link ClusterSettings#split()} after crediting the halves' <em>contrast</em>: the
 * smaller of (the share of one half with a name, number or date, less the share of the other half
 * with it), taken at its best on each side. "Rahman" in every report of one half and "Thompson" in
 * every report of the other is the signature of two bouts; two wordings of one bout rarely differ
 * in their names on both sides.
 *
 * <p>Stateless and thread-safe. Costs O(n²) time and memory for n articles, which is why a call
 * is cut into batches of {@link ClusterSettings#batchSize()}.
 */
final class BatchClusterer {

    /** Groups smaller than this are not cut: a seam between one and two reports means little. */
    private static final int MIN_SPLIT = 4;

    private final ClusterSettings settings;

    BatchClusterer(ClusterSettings settings) {
        this.settings = settings;
    }

    /**
     * @param similarity symmetric, one row per article; the diagonal is ignored
     * @param identity   each article's identity features ({@link ArticleFeatures#identity()})
     * @return the groups, each a sorted array of article indices, ordered by their first index
     */
    List<int[]> groups(float[][] similarity, List<Set<String>> identity) {
        List<int[]> out = new ArrayList<>();
        List<int[]> cut = new ArrayList<>();
        for (int[] group : completeLinkage(similarity)) {
            cut(similarity, identity, group, cut);
        }
        for (int[] group : cut) {
            peel(similarity, group, out);
        }
        out.sort(Comparator.comparingInt(g -> g[0]));
        return out;
    }

    /**
     * Complete-linkage agglomeration down to {@link ClusterSettings#linkage()}, by the nearest-neighbour
     * chain: O(n²), and deterministic because ties go to the lower index.
     */
    List<int[]> completeLinkage(float[][] similarity) {
        int n = similarity.length;
        float[][] s = new float[n][];
        for (int i = 0; i < n; i++) {
            s[i] = similarity[i].clone();
        }
        List<List<Integer>> members = new ArrayList<>();
        boolean[] active = new boolean[n];
        for (int i = 0; i < n; i++) {
            members.add(new ArrayList<>(List.of(i)));
            active[i] = true;
        }
        boolean[] done = new boolean[n];
        int[] chain = new int[n];
        int top = 0;
        int live = n;
        int next = 0;
        while (live > 1) {
            if (top == 0) {
                while (next < n && (!active[next] || done[next])) {
                    next++;
                }
                if (next == n) {
                    break;
                }
                chain[top++] = next;
            }
            int a = chain[top - 1];
            int previous = top > 1 ? chain[top - 2] : -1;
            int b = -1;
            float best = Float.NEGATIVE_INFINITY;
            for (int k = 0; k < n; k++) {
                if (k == a || !active[k] || done[k]) {
                    continue;
                }
                float v = s[a][k];
                if (v > best || v == best && k == previous) {
                    best = v;
                    b = k;
                }
            }
            if (b < 0 || best < settings.linkage()) {
                // Complete-linkage similarities only fall as groups grow: a has no partner left.
                done[a] = true;
                top--;
                continue;
            }
            if (b != previous) {
                chain[top++] = b;
                continue;
            }
            top -= 2;
            int keep = Math.min(a, b);
            int gone = Math.max(a, b);
            for (int k = 0; k < n; k++) {
                float v = Math.min(s[keep][k], s[gone][k]);
                s[keep][k] = v;
                s[k][keep] = v;
            }
            members.get(keep).addAll(members.get(gone));
            active[gone] = false;
            live--;
        }
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (active[i]) {
                int[] g = members.get(i).stream().mapToInt(Integer::intValue).sorted().toArray();
                out.add(g);
            }
        }
        return out;
    }

    /**
     * Adds {@code group} to {@code out} after taking out, one by one, each article whose mean
     * similarity to the rest is below {@link ClusterSettings#peel()} times the mean similarity among
     * the rest: each taken out becomes a group of its own. A normalised cut never sets one article
     * apart (its cut is its whole degree), yet one report of last year's meeting among this year's
     * is the commonest lone outsider.
     */
    private void peel(float[][] similarity, int[] group, List<int[]> out) {
        List<Integer> left = new ArrayList<>();
        for (int i : group) {
            left.add(i);
        }
        while (left.size() > 2) {
            int worst = -1;
            double worstMean = Double.POSITIVE_INFINITY;
            for (int i : left) {
                double sum = 0;
                for (int j : left) {
                    if (j != i) {
                        sum += similarity[i][j];
                    }
                }
                double mean = sum / (left.size() - 1);
                if (mean < worstMean) {
                    worstMean = mean;
                    worst = i;
                }
            }
            // The mean similarity among the others, as the yardstick the article falls short of.
            double rest = 0;
            for (int i : left) {
                for (int j : left) {
                    if (i < j && i != worst && j != worst) {
                        rest += similarity[i][j];
                    }
                }
            }
            int others = left.size() - 1;
            rest /= others * (others - 1) / 2.0;
            if (worstMean >= settings.peel() * rest) {
                break;
            }
            left.remove(Integer.valueOf(worst));
            out.add(new int[] {worst});
        }
        out.add(left.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Adds {@code group} to {@code out}, or its two halves, each cut again, when its seam is weak. */
    private void cut(float[][] similarity, List<Set<String>> identity, int[] group, List<int[]> out) {
        if (group.length < MIN_SPLIT) {
            out.add(group);
            return;
        }
        Bipartition best = bipartition(similarity, group);
        if (best == null) {
            out.add(group);
            return;
        }
        double contrast = contrast(identity, best.first, best.second);
        if (best.normalisedCut - settings.contrast() * contrast >= settings.split()) {
            out.add(group);
            return;
        }
        cut(similarity, identity, best.first, out);
        cut(similarity, identity, best.second, out);
    }

    /** Two halves of a group and the normalised cut between them. */
    record Bipartition(int[] first, int[] second, double normalisedCut) {
    }

    /**
     * The spectral bipartition of {@code group}: articles ordered by the second eigenvector of
     * D^-1/2 W D^-1/2, split where the normalised cut of the order is smallest. Null when the graph
     * has no weight.
     */
    static Bipartition bipartition(float[][] similarity, int[] group) {
        int n = group.length;
        double[][] w = new double[n][n];
        double[] degree = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    w[i][j] = Math.max(0, similarity[group[i]][group[j]]);
                    degree[i] += w[i][j];
                }
            }
        }
        for (double d : degree) {
            if (d <= 0) {
                return null;
            }
        }
        DMatrixRMaj m = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m.set(i, j, w[i][j] / Math.sqrt(degree[i] * degree[j]));
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        if (!eig.decompose(m)) {
            return null;
        }
        // The largest eigenvalue (1) belongs to the trivial vector sqrt(degree); the next one splits.
        Integer[] byValue = new Integer[eig.getNumberOfEigenvalues()];
        for (int i = 0; i < byValue.length; i++) {
            byValue[i] = i;
        }
        Arrays.sort(byValue, Comparator.comparingDouble((Integer i) -> -eig.getEigenvalue(i).getReal())
                .thenComparingInt(i -> i));
        DMatrixRMaj vector = eig.getEigenVector(byValue[1]);
        if (vector == null) {
            return null;
        }
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = vector.get(i, 0) / Math.sqrt(degree[i]);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> f[i]).thenComparingInt(i -> i));

        double volume = Arrays.stream(degree).sum();
        boolean[] inFirst = new boolean[n];
        double cut = 0;
        double firstVolume = 0;
        double bestCut = Double.POSITIVE_INFINITY;
        int bestSize = -1;
        for (int k = 0; k < n - 1; k++) {
            int x = order[k];
            // Moving x to the first half: its edges to the first half leave the cut, the others join it.
            for (int j = 0; j < n; j++) {
                if (j != x) {
                    cut += inFirst[j] ? -w[x][j] : w[x][j];
                }
            }
            inFirst[x] = true;
            firstVolume += degree[x];
            double ncut = cut / firstVolume + cut / (volume - firstVolume);
            if (ncut < bestCut - 1e-12) {
                bestCut = ncut;
                bestSize = k + 1;
            }
        }
        int[] first = new int[bestSize];
        int[] second = new int[n - bestSize];
        for (int k = 0; k < n; k++) {
            if (k < bestSize) {
                first[k] = group[order[k]];
            } else {
                second[k - bestSize] = group[order[k]];
            }
        }
        Arrays.sort(first);
        Arrays.sort(second);
        return new Bipartition(first, second, bestCut);
    }

    /**
     * How clearly each half has a name, number or date of its own: for each half, the largest share
     * of its articles with a feature less the other half's share with it; the smaller of the two.
     */
    static double contrast(List<Set<String>> identity, int[] first, int[] second) {
        Map<String, Double> a = shares(identity, first);
        Map<String, Double> b = shares(identity, second);
        return Math.min(lead(a, b), lead(b, a));
    }

    private static Map<String, Double> shares(List<Set<String>> identity, int[] half) {
        Map<String, Double> share = new HashMap<>();
        for (int i : half) {
            for (String f : identity.get(i)) {
                share.merge(f, 1.0 / half.length, Double::sum);
            }
        }
        return share;
    }

    private static double lead(Map<String, Double> mine, Map<String, Double> theirs) {
        double best = 0;
        for (Map.Entry<String, Double> e : mine.entrySet()) {
            best = Math.max(best, e.getValue() - theirs.getOrDefault(e.getKey(), 0.0));
        }
        return best;
    }
}
