package org.dossier.bench.extraction;

import java.util.List;

/**
 * The multilingual set's metric: after collapsing whitespace, each snippet that must appear and
 * does is a true positive (missing: false negative); each snippet that must not appear and does
 * is a false positive (absent: true negative). Counts are summed over the corpus (micro).
 */
public final class SnippetMetric {

    private SnippetMetric() {
    }

    /** Summed counts; add pages with {@link #plus}. */
    public record Counts(long tp, long fp, long fn, long tn) {

        public static final Counts ZERO = new Counts(0, 0, 0, 0);

        public Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn);
        }

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            return 2 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
        }

        public double accuracy() {
            long all = tp + fp + fn + tn;
            return all == 0 ? 0 : (double) (tp + tn) / all;
        }
    }

    static String normalize(String s) {
        return s == null ? "" : s.replaceAll("(?U)\\s+", " ").strip();
    }

    /** Scores one page; a null output (the extractor failed) misses every snippet. */
    public static Counts page(String output, List<String> with, List<String> without) {
        if (output == null) {
            return new Counts(0, 0, with.size(), without.size());
        }
        String text = normalize(output);
        long tp = 0;
        long fp = 0;
        for (String w : with) {
            if (text.contains(normalize(w))) {
                tp++;
            }
        }
        for (String w : without) {
            if (text.contains(normalize(w))) {
                fp++;
            }
        }
        return new Counts(tp, fp, with.size() - tp, without.size() - fp);
    }
}
