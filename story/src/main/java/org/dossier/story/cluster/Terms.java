package org.dossier.story.cluster;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A bag of keys with counts, sorted by key, as compact arrays: the words of an article's lead or
 * body, its names, its numbers. Vectors are made from it at comparison time under the document
 * frequencies of the moment ({@link Idf}), so a sketch stored long ago is weighed like a new one.
 */
public final class Terms {

    static final Terms EMPTY = new Terms(new String[0], new int[0]);

    final String[] keys;
    final int[] counts;

    Terms(String[] keys, int[] counts) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.counts = Objects.requireNonNull(counts, "counts");
        if (keys.length != counts.length) {
            throw new IllegalArgumentException("keys and counts differ in length: " + keys.length + ", " + counts.length);
        }
    }

    static Terms of(Map<String, Integer> counts) {
        TreeMap<String, Integer> sorted = new TreeMap<>(counts);
        String[] k = new String[sorted.size()];
        int[] c = new int[sorted.size()];
        int i = 0;
        for (Map.Entry<String, Integer> e : sorted.entrySet()) {
            k[i] = e.getKey();
            c[i++] = e.getValue();
        }
        return new Terms(k, c);
    }

    int size() {
        return keys.length;
    }

    boolean isEmpty() {
        return keys.length == 0;
    }

    /**
     * The cosine of the two bags as TF-IDF vectors (sublinear term frequency, or presence alone
     * with {@code binary}).
     */
    static double cosine(Terms a, Terms b, Idf idf, boolean binary) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        double[] dot = {0};
        walkShared(a, b, (i, j) -> {
            double w = idf.weight(a.keys[i]);
            dot[0] += tf(a.counts[i], binary) * tf(b.counts[j], binary) * w * w;
        });
        if (dot[0] == 0) {
            return 0;
        }
        return dot[0] / (a.norm(idf, binary) * b.norm(idf, binary));
    }

    /** Keys the two bags share. */
    static int shared(Terms a, Terms b) {
        int[] n = {0};
        walkShared(a, b, (i, j) -> n[0]++);
        return n[0];
    }

    /** A key both bags hold, by its position in each. */
    private interface SharedKey {
        void at(int i, int j);
    }

    /** Calls {@code shared} with the positions in {@code a} and {@code b} of each key both hold. */
    private static void walkShared(Terms a, Terms b, SharedKey shared) {
        int i = 0;
        int j = 0;
        while (i < a.keys.length && j < b.keys.length) {
            int c = a.keys[i].compareTo(b.keys[j]);
            if (c == 0) {
                shared.at(i++, j++);
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
    }

    private double norm(Idf idf, boolean binary) {
        double sum = 0;
        for (int i = 0; i < keys.length; i++) {
            double w = tf(counts[i], binary) * idf.weight(keys[i]);
            sum += w * w;
        }
        return Math.sqrt(sum);
    }

    private static double tf(int count, boolean binary) {
        return binary ? 1 : 1 + Math.log(count);
    }

    /** This bag and {@code other}'s keys together (counts added). */
    Terms plus(Terms other) {
        Map<String, Integer> m = new TreeMap<>();
        for (int i = 0; i < keys.length; i++) {
            m.merge(keys[i], counts[i], Integer::sum);
        }
        for (int i = 0; i < other.keys.length; i++) {
            m.merge(other.keys[i], other.counts[i], Integer::sum);
        }
        return of(m);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Terms t && Arrays.equals(keys, t.keys) && Arrays.equals(counts, t.counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(keys) + Arrays.hashCode(counts);
    }
}
