package org.dossier.bench.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * conlleval-style scoring: a predicted chunk is correct when its token span and type equal a
 * gold chunk's. Micro precision, recall and F1, per type and over a set of types. Not thread-safe;
 * add documents from one thread.
 */
public final class ChunkScore {

    private final Map<String, int[]> counts = new TreeMap<>(); // type -> {correct, predicted, gold}

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
        for (Chunk g : gold) {
            count(g.type())[2]++;
        }
        for (Chunk p : new HashSet<>(predicted)) {
            int[] c = count(p.type());
            c[1]++;
            if (goldSet.contains(p)) {
                c[0]++;
            }
        }
    }

    private int[] count(String type) {
        return counts.computeIfAbsent(type, k -> new int[3]);
    }

    /** {precision, recall, f1} over the given types. */
    public double[] prf(Set<String> types) {
        int correct = 0;
        int predicted = 0;
        int gold = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            if (types.contains(e.getKey())) {
                correct += e.getValue()[0];
                predicted += e.getValue()[1];
                gold += e.getValue()[2];
            }
        }
        double p = predicted == 0 ? 0 : (double) correct / predicted;
        double r = gold == 0 ? 0 : (double) correct / gold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new double[] {p, r, f};
    }

    public int gold(String type) {
        return counts.getOrDefault(type, new int[3])[2];
    }
}
