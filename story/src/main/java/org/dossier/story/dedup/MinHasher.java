package org.dossier.story.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * MinHash signatures of a text's word shingles. Words are runs of letters and digits, lower-cased;
 * punctuation, case and whitespace changes therefore do not change a signature. Two signatures
 * agree at each position with probability equal to the Jaccard similarity of the shingle sets.
 * Stateless and thread-safe; the hash family is fixed, so signatures stored by one version of the
 * product stay comparable.
 */
public final class MinHasher {

    /** Words per shingle: long enough that unrelated articles share few, short enough to survive edits. */
    public static final int SHINGLE_WORDS = 4;
    /** Positions in a signature. */
    public static final int SIZE = 64;

    private static final long[] SEEDS = seeds();

    /** The signature of {@code text}; a text with fewer words than a shingle gets one shingle of all of them. */
    public int[] signature(String text) {
        List<String> words = words(text);
        int[] sig = new int[SIZE];
        Arrays.fill(sig, Integer.MAX_VALUE);
        int shingles = Math.max(1, words.size() - SHINGLE_WORDS + 1);
        for (int s = 0; s < shingles; s++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int w = s; w < Math.min(words.size(), s + SHINGLE_WORDS); w++) {
                h = mix(h ^ words.get(w).hashCode()) + w - s;
            }
            for (int i = 0; i < SIZE; i++) {
                int v = (int) (mix(h ^ SEEDS[i]) >>> 33);
                if (v < sig[i]) {
                    sig[i] = v;
                }
            }
        }
        return sig;
    }

    /** The share of positions on which two signatures agree: an estimate of shingle Jaccard similarity. */
    public static double similarity(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("signature sizes differ: " + a.length + " vs " + b.length);
        }
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) a.length;
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                int start = i;
                while (i < n && Character.isLetterOrDigit(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
            } else {
                i += Character.charCount(cp);
            }
        }
        return words;
    }

    private static long[] seeds() {
        long[] seeds = new long[SIZE];
        long x = 0x5DEECE66DL;
        for (int i = 0; i < SIZE; i++) {
            x = mix(x + 0x9E3779B97F4A7C15L);
            seeds[i] = x;
        }
        return seeds;
    }

    /** SplitMix64 finaliser: a cheap, well-spread 64-bit hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
