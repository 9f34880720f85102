package org.dossier.bench.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * conlleval-style scoring: a predicted chunk is correct when its span and type equal a gold
 * chunk's. Micro precision, recall and F1, per type and over a set of types. Beside it the lenient
 * score by overlap ({@link #overlapPrf}): a predicted chunk is right when it overlaps a gold chunk of
 * its type, a gold chunk found when a predicted chunk of its type overlaps it. Not thread-safe; add
 * documents from one thread.
 */
public final class ChunkScore {

    // type -> {correct, predicted, gold, predicted overlapping a gold chunk, gold overlapped by a prediction}
    private final Map<String, int[]> counts = new TreeMap<>();

    /** IOB1 or IOB2 tags to chunks, as conlleval reads them. */
    public static List<Chunk> chunks(List<String> tags) {
        List<Chunk> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String t = tag.equals("O") ? null : tag.substring(2);
            boolean begins = t != null && (tag.startsWith("B-") || !t.equals(type));
            if (type != null && (t == null || begins)) {
                out.add(new Chunk(start, i, type));
                type = null;
            }
            if (begins) {
                start = i;
                type = t;
            }
        }
        return out;
    }

    public void add(List<Chunk> gold, List<Chunk> predicted) {
        Set<Chunk> goldSet = new HashSet<>(gold);
        Set<Chunk> predictedSet = new HashSet<>(predicted);
        for (Chunk g : gold) {
            int[] c = count(g.type());
            c[2]++;
            if (predictedSet.stream().anyMatch(p -> p.type().equals(g.type()) && p.overlaps(g))) {
                c[4]++;
            }
        }
        for (Chunk p : predictedSet) {
            int[] c = count(p.type());
            c[1]++;
            if (goldSet.contains(p)) {
                c[0]++;
            }
            if (goldSet.stream().anyMatch(g -> g.type().equals(p.type()) && g.overlaps(p))) {
                c[3]++;
            }
        }
    }

    private int[] count(String type) {
        return counts.computeIfAbsent(type, k -> new int[5]);
    }

    /** {precision, recall, f1} over the given types, exact span and type. */
    public double[] prf(Set<String> types) {
        return prf(types, 0, 0);
    }

    /** {precision, recall, f1} over the given types, a chunk overlapping one of its type counting. */
    public double[] overlapPrf(Set<String> types) {
        return prf(types, 3, 4);
    }

    private double[] prf(Set<String> types, int rightPredicted, int foundGold) {
        int right = 0;
        int found = 0;
        int predicted = 0;
        int gold = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            if (types.contains(e.getKey())) {
                right += e.getValue()[rightPredicted];
                found += e.getValue()[foundGold];
                predicted += e.getValue()[1];
                gold += e.getValue()[2];
            }
        }
        double p = predicted == 0 ? 0 : (double) right / predicted;
        double r = gold == 0 ? 0 : (double) found / gold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new double[] {p, r, f};
    }

    /** {@code P 0.800 R 0.700 F1 0.747} for {precision, recall, f1}. */
    public static String format(double[] prf) {
        return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f", prf[0], prf[1], prf[2]);
    }

    public int gold(String type) {
        return counts.getOrDefault(type, new int[5])[2];
    }
}
