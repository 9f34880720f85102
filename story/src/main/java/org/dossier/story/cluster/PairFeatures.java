package org.dossier.story.cluster;

import java.util.List;

/**
 * The evidence that two articles report one event, as the numbers a {@link EventModel} weighs.
 * Word and name similarities are IDF-weighted cosines under the document frequencies of the
 * moment, so words a whole topic shares weigh little. Two articles in different languages share
 * few words: their word similarities are then those of their names and numbers.
 */
public final class PairFeatures {

    /** The feature names, in vector order; a model's weights follow the same order. */
    public static final List<String> NAMES = List.of(
            "lead_words", "body_words", "lead_names", "names", "days_apart", "lead_day_match",
            "lead_day_clash", "place_match", "place_clash", "kind_match", "kind_clash", "lead_numbers", "title_words",
            "near_lead_words", "year_match", "year_clash", "lead_names_clash", "lead_numbers_clash", "text_day_match");

    /** Publication days apart at which {@code days_apart} reaches 1 (a logarithmic scale). */
    static final double DAYS_SCALE = 30;
    /** Days apart at which {@code near_lead_words} falls to 1/e of {@code lead_words}. */
    static final double NEAR_DAYS = 2;

    private PairFeatures() {
    }

    public static double[] of(EventSketch a, EventSketch b, Idf idf) {
        double[] x = new double[NAMES.size()];
        boolean crossLanguage = a.language() != null && b.language() != null && !a.language().equals(b.language());
        if (crossLanguage) {
            x[0] = Terms.cosine(a.leadNames().plus(a.numbers()), b.leadNames().plus(b.numbers()), idf, true);
            x[1] = Terms.cosine(a.names(), b.names(), idf, true);
        } else {
            x[0] = Terms.cosine(a.lead(), b.lead(), idf, false);
            x[1] = Terms.cosine(a.body(), b.body(), idf, false);
        }
        x[2] = Terms.cosine(a.leadNames(), b.leadNames(), idf, true);
        x[3] = Terms.cosine(a.names(), b.names(), idf, true);
        long dayA = a.day();
        long dayB = b.day();
        boolean dated = a.dated() && b.dated();
        // Undated pairs get no time evidence either way: a missing date says nothing of the event.
        if (dated) {
            x[4] = Math.min(2, Math.log1p(Math.abs(dayA - dayB)) / Math.log1p(DAYS_SCALE));
        }
        if (a.leadDays().length > 0 && b.leadDays().length > 0) {
            long gap = closest(a.leadDays(), b.leadDays());
            x[5] = gap <= 1 ? 1 : 0;
            x[6] = gap > 3 ? 1 : 0;
        }
        if (!a.places().isEmpty() && !b.places().isEmpty()) {
            boolean shared = Terms.shared(a.places(), b.places()) > 0;
            x[7] = shared ? 1 : 0;
            x[8] = shared ? 0 : 1;
        }
        if (!a.kinds().isEmpty() && !b.kinds().isEmpty()) {
            boolean shared = Terms.shared(a.kinds(), b.kinds()) > 0;
            x[9] = shared ? 1 : 0;
            x[10] = shared ? 0 : 1;
        }
        x[11] = Math.min(3, Terms.shared(a.numbers(), b.numbers())) / 3.0;
        x[12] = crossLanguage ? 0 : Terms.cosine(a.title(), b.title(), idf, false);
        if (dated) {
            // Similar leads count for more when the reports are of the same days.
            x[13] = x[0] * Math.exp(-Math.abs(dayA - dayB) / NEAR_DAYS);
        }
        if (!a.years().isEmpty() && !b.years().isEmpty()) {
            boolean shared = Terms.shared(a.years(), b.years()) > 0;
            x[14] = shared ? 1 : 0;
            x[15] = shared ? 0 : 1;
        }
        // Leads that both name people, organisations or places, and none in common: two happenings.
        if (!a.leadNames().isEmpty() && !b.leadNames().isEmpty() && Terms.shared(a.leadNames(), b.leadNames()) == 0) {
            x[16] = 1;
        }
        if (!a.numbers().isEmpty() && !b.numbers().isEmpty() && Terms.shared(a.numbers(), b.numbers()) == 0) {
            x[17] = 1;
        }
        // One report names, anywhere, the day the other's lead gives: the meeting it looks ahead to.
        if (intersects(a.textDays(), b.leadDays()) || intersects(b.textDays(), a.leadDays())) {
            x[18] = 1;
        }
        return x;
    }

    private static boolean intersects(long[] a, long[] b) {
        return a.length > 0 && b.length > 0 && closest(a, b) == 0;
    }

    /**
     * Whether a pair with features {@code x} is one the clusterer weighs at all: the leads share a
     * word or a name. Others never meet in the candidate index.
     */
    public static boolean comparable(double[] x) {
        return x[0] > 0 || x[2] > 0;
    }

    /** The smallest distance between a day of {@code a} and a day of {@code b} (both sorted). */
    static long closest(long[] a, long[] b) {
        long best = Long.MAX_VALUE;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            best = Math.min(best, Math.abs(a[i] - b[j]));
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return best;
    }
}
