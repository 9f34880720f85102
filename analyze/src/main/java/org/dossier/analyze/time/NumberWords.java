package org.dossier.analyze.time;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads English cardinal numbers written in digits or words ("83", "10,000", "seven dozen",
 * "twenty-four", "two and a half", "a hundred"). Stateless and thread-safe.
 */
public final class NumberWords {

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fourty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("couple", 2));

    private static final Map<String, Integer> SCALES = Map.of(
            "dozen", 12, "score", 20, "hundred", 100, "thousand", 1000, "million", 1_000_000,
            "billion", 1_000_000_000);

    /** A number word ({@code one} .. {@code ninety}, compounds with a hyphen are two words). */
    public static final String WORD = "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
            + "|seventy|eighty|ninety)";

    /** A number word or a tens word joined to a unit word: "twenty-four", "forty two". */
    private static final String COMPOUND = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)(?!\\w))?|" + WORD + ")";

    /** A cardinal in words, e.g. "seven dozen", "twenty-four", "a hundred", "two and a half". */
    public static final String WORDS = "(?:(?:a|an|" + COMPOUND + ")"
            + "(?:\\s+(?:dozen|hundred|thousand|million|billion)(?:\\s+(?:and\\s+)?" + COMPOUND + ")?)?"
            + "(?:\\s+and\\s+a\\s+half)?)";

    /** A cardinal in digits, e.g. "83", "10,000", "2.5", optionally scaled: "1.5 million". */
    public static final String DIGITS = "(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s+(?:hundred|thousand|million|billion))?";

    private static final Pattern DIGIT_FORM = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s+(hundred|thousand|million|billion))?");

    private static final Pattern HALF_FORM = Pattern.compile("(\\d+)\\s+1/2");

    private NumberWords() {
    }

    /**
     * The value of a cardinal written in digits or words, or null if {@code text} is not one.
     * "seven dozen" is 84, "two and a half" 2.5, "a" 1.
     */
    public static BigDecimal parse(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return null;
        }
        Matcher halves = HALF_FORM.matcher(s);
        if (halves.matches()) {
            return new BigDecimal(halves.group(1)).add(new BigDecimal("0.5"));
        }
        Matcher digits = DIGIT_FORM.matcher(s);
        if (digits.matches()) {
            BigDecimal base = new BigDecimal(digits.group(1).replace(",", ""));
            return digits.group(2) == null ? base : base.multiply(BigDecimal.valueOf(SCALES.get(digits.group(2))));
        }
        boolean half = false;
        if (s.endsWith(" and a half")) {
            half = true;
            s = s.substring(0, s.length() - " and a half".length());
        }
        long total = 0;
        long current = 0;
        boolean any = false;
        for (String word : s.split("[\\s-]+")) {
            if (word.equals("and")) {
                continue;
            }
            Integer unit = UNITS.get(word);
            Integer scale = SCALES.get(word);
            if (unit != null) {
                current += unit;
                any = true;
            } else if (scale != null) {
                current = (current == 0 ? 1 : current) * scale;
                if (scale >= 1000) {
                    total += current;
                    current = 0;
                }
                any = true;
            } else {
                return null;
            }
        }
        if (!any) {
            return null;
        }
        BigDecimal value = BigDecimal.valueOf(total + current);
        return half ? value.add(new BigDecimal("0.5")) : value;
    }

    /** {@code value} without trailing zeros or exponent: 84, 2.5. */
    public static String format(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }
}
