package org.dossier.bench.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * TempEval-3 Task A timex counts: strict (exact span) and relaxed (any overlap) matches, and among
 * relaxed matches those with the right value and type. Attribute F1 is computed as in TE3: precision
 * over system timexes, recall over gold timexes, counting only matches with the right attribute.
 */
public record TimexScore(int gold, int system, int strict, int relaxed, int valueCorrect, int typeCorrect) {

    public static final TimexScore EMPTY = new TimexScore(0, 0, 0, 0, 0, 0);

    /** One timex with its span, type and value. */
    public record Timex(int start, int end, String type, String value) {
    }

    /** A wrong value on a relaxed match, or an unmatched timex (the other side null), for inspection. */
    public record Error(Timex gold, Timex system) {
    }

    /** Scores one document; each system timex matches at most one gold timex (the most overlapping). */
    public static TimexScore score(List<Timex> gold, List<Timex> system, List<Error> errors) {
        Objects.requireNonNull(errors, "errors");
        boolean[] used = new boolean[system.size()];
        int strict = 0;
        int relaxed = 0;
        int value = 0;
        int type = 0;
        for (Timex g : gold) {
            int best = -1;
            int bestOverlap = 0;
            for (int i = 0; i < system.size(); i++) {
                Timex s = system.get(i);
                int overlap = Math.min(g.end(), s.end()) - Math.max(g.start(), s.start());
                if (!used[i] && overlap > bestOverlap) {
                    best = i;
                    bestOverlap = overlap;
                }
            }
            if (best < 0) {
                errors.add(new Error(g, null));
                continue;
            }
            used[best] = true;
            Timex s = system.get(best);
            relaxed++;
            if (s.start() == g.start() && s.end() == g.end()) {
                strict++;
            }
            if (Objects.equals(s.value(), g.value())) {
                value++;
            } else {
                errors.add(new Error(g, s));
            }
            if (Objects.equals(s.type(), g.type())) {
                type++;
            }
        }
        for (int i = 0; i < system.size(); i++) {
            if (!used[i]) {
                errors.add(new Error(null, system.get(i)));
            }
        }
        return new TimexScore(gold.size(), system.size(), strict, relaxed, value, type);
    }

    public TimexScore plus(TimexScore o) {
        return new TimexScore(gold + o.gold, system + o.system, strict + o.strict, relaxed + o.relaxed,
                valueCorrect + o.valueCorrect, typeCorrect + o.typeCorrect);
    }

    public double strictF1() {
        return f1(strict);
    }

    public double relaxedF1() {
        return f1(relaxed);
    }

    public double valueF1() {
        return f1(valueCorrect);
    }

    public double typeF1() {
        return f1(typeCorrect);
    }

    /** Share of relaxed matches with the right value. */
    public double valueAccuracy() {
        return relaxed == 0 ? 0 : (double) valueCorrect / relaxed;
    }

    /** Share of relaxed matches with the right type. */
    public double typeAccuracy() {
        return relaxed == 0 ? 0 : (double) typeCorrect / relaxed;
    }

    private double f1(int correct) {
        double p = system == 0 ? 0 : (double) correct / system;
        double r = gold == 0 ? 0 : (double) correct / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The printed lines: strict and relaxed P/R/F1, value and type F1. */
    public List<String> lines(String label) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "%s: gold %d, system %d timexes", label, gold, system));
        out.add(String.format(Locale.ROOT, "  strict  span P %.3f R %.3f F1 %.3f", p(strict), r(strict), f1(strict)));
        out.add(String.format(Locale.ROOT, "  relaxed span P %.3f R %.3f F1 %.3f", p(relaxed), r(relaxed),
                f1(relaxed)));
        out.add(String.format(Locale.ROOT, "  value F1 %.3f (P %.3f R %.3f), value accuracy %.3f"
                + "   type F1 %.3f, type accuracy %.3f",
                valueF1(), p(valueCorrect), r(valueCorrect), valueAccuracy(), typeF1(), typeAccuracy()));
        return out;
    }

    private double p(int correct) {
        return system == 0 ? 0 : (double) correct / system;
    }

    private double r(int correct) {
        return gold == 0 ? 0 : (double) correct / gold;
    }
}
