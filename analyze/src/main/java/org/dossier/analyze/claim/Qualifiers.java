package org.dossier.analyze.claim;

import java.util.Locale;

/** Normalises the hedge words in front of a quantity ("some", "around" -> "approximately"). */
final class Qualifiers {

    /** The qualifier words and phrases recognised in front of a number. */
    static final String PATTERN = "about|around|approximately|approx\\.|roughly|some|an\\s+estimated|estimated"
            + "|close\\s+to|circa|nearly|almost|more\\s+than|over|upwards\\s+of|in\\s+excess\\s+of|at\\s+least"
            + "|less\\s+than|fewer\\s+than|under|up\\s+to|at\\s+most|no\\s+more\\s+than|just\\s+over|just\\s+under"
            + "|well\\s+over|exactly|only|just";

    private Qualifiers() {
    }

    /** The normalised qualifier of {@code words} (one of {@link #PATTERN}), or null for an exact number. */
    static String normalise(String words) {
        if (words == null) {
            return null;
        }
        String w = words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
        return switch (w) {
            case "about", "around", "approximately", "approx.", "roughly", "some", "an estimated", "estimated",
                    "close to", "circa" -> "approximately";
            case "more than", "over", "upwards of", "in excess of", "just over", "well over" -> "more than";
            case "less than", "fewer than", "under", "just under" -> "less than";
            case "at least" -> "at least";
            case "up to", "at most", "no more than" -> "at most";
            case "nearly" -> "nearly";
            case "almost" -> "almost";
            default -> null; // "exactly", "only", "just": the number itself is asserted
        };
    }
}
