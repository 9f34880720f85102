package org.dossier.bench.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Zyte article-extraction benchmark metric. Texts become Unicode {@code \w+} tokens, tokens
 * become 4-word shingles (a text of fewer than four tokens, even none, is one shorter shingle);
 * per page, true/false positives and false negatives are the multiset overlap of the shingles,
 * normalised to sum to one. Precision and recall are macro means over pages, F1 their harmonic
 * mean. Stateless.
 */
public final class ShingleMetric {

    static final int N = 4;
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private ShingleMetric() {
    }

    /** One page's normalised overlap: {@code tp + fp + fn == 1}. */
    public record PageScore(double tp, double fp, double fn, boolean exact) {
    }

    /** Corpus-level scores. */
    public record Score(double precision, double recall, double f1, double accuracy, int pages) {
    }

    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> counts = new HashMap<>();
        int last = Math.max(1, tokens.size() - N + 1);
        for (int i = 0; i < last; i++) {
            counts.merge(List.copyOf(tokens.subList(i, Math.min(tokens.size(), i + N))), 1, Integer::sum);
        }
        return counts;
    }

    /** Scores one page's prediction against its truth. */
    public static PageScore page(String truth, String predicted) {
        List<String> t = tokens(truth);
        List<String> p = tokens(predicted);
        Map<List<String>, Integer> ts = shingles(t);
        Map<List<String>, Integer> ps = shingles(p);
        Set<List<String>> keys = new HashSet<>(ts.keySet());
        keys.addAll(ps.keySet());
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (List<String> k : keys) {
            int tc = ts.getOrDefault(k, 0);
            int pc = ps.getOrDefault(k, 0);
            tp += Math.min(tc, pc);
            fp += Math.max(0, pc - tc);
            fn += Math.max(0, tc - pc);
        }
        double sum = tp + fp + fn;
        return new PageScore(tp / sum, fp / sum, fn / sum, t.equals(p));
    }

    /** Macro precision and recall over pages, F1 of the two means. */
    public static Score aggregate(List<PageScore> pages) {
        Objects.requireNonNull(pages, "pages");
        double pSum = 0;
        int pN = 0;
        double rSum = 0;
        int rN = 0;
        int exact = 0;
        for (PageScore s : pages) {
            boolean perfect = s.fp() == 0 && s.fn() == 0;
            if (s.tp() + s.fp() > 0) {
                pSum += perfect ? 1 : s.tp() / (s.tp() + s.fp());
                pN++;
            }
            if (s.tp() + s.fn() > 0) {
                rSum += perfect ? 1 : s.tp() / (s.tp() + s.fn());
                rN++;
            }
            if (s.exact()) {
                exact++;
            }
        }
        double precision = pN == 0 ? 0 : pSum / pN;
        double recall = rN == 0 ? 0 : rSum / rN;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Score(precision, recall, f1, pages.isEmpty() ? 0 : (double) exact / pages.size(), pages.size());
    }
}
