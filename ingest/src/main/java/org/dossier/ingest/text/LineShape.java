package org.dossier.ingest.text;

import java.util.regex.Pattern;

/**
 * What a line of crawled text looks like, judged by its shape alone: prose (sentences), a
 * headline, a bare link, a navigation item. Stateless and thread-safe.
 */
final class LineShape {

    /** A sentence end, possibly inside closing quotes or brackets, at the end of the line. */
    private static final Pattern ENDS_LIKE_PROSE = Pattern.compile(".*[.!…:;](\\s*[\"”»’')\\]])*\\s*$", Pattern.DOTALL);
    /**
     * A sentence end followed by the start of another sentence. The word before the stop must have
     * two lowercase letters or digits, so that "U.S. President" and "Mr. Blinken" do not count.
     */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[\\p{Ll}\\d]{2}[.!?…][\"”»’')\\]]*\\s+[\"“„«‘(]?\\p{Lu}");
    private static final Pattern URL = Pattern.compile(
            "(?i)(<?(https?://|www\\.)\\S+>?|[\\w-]+(\\.[\\w-]+)*\\.[a-z]{2,}(/\\S*)?)");
    /** Numbered or bulleted list item: {@code - 1. Home >}, {@code * News}, {@code 3) Sport}. */
    private static final Pattern LIST_MARK = Pattern.compile("^([-*•·]\\s+|\\d{1,2}[.)]\\s+|[-*•·]\\s*\\d{1,2}[.)]\\s+).*");
    /** Navigation trail: items separated or closed by arrows. */
    private static final Pattern TRAIL = Pattern.compile(".*(\\s[>›»/|]\\s.*|\\s?[>›»]\\s*$)");
    /** A page title carries the site's name after a separator: {@code Headline - Site Name}. */
    private static final Pattern SITE_SUFFIX = Pattern.compile(".+\\s[-–—|]\\s\\S+(\\s\\S+){0,4}$");

    private LineShape() {
    }

    static int words(String line) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            boolean letter = Character.isLetterOrDigit(line.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }

    /**
     * Running text: long enough, and ending like a sentence or holding several sentences. A
     * single question is not prose here: alone on a line it is a headline.
     */
    static boolean isProse(String line) {
        if (line.length() < 40 || words(line) < 6) {
            return false;
        }
        return ENDS_LIKE_PROSE.matcher(line).matches() || SENTENCE_BREAK.matcher(line).find();
    }

    static boolean isUrl(String line) {
        return URL.matcher(line).matches();
    }

    static boolean isListItem(String line) {
        return LIST_MARK.matcher(line).matches();
    }

    static boolean isNavigationTrail(String line) {
        return line.length() < 120 && !isProse(line) && TRAIL.matcher(line).matches();
    }

    static boolean hasSiteSuffix(String line) {
        return SITE_SUFFIX.matcher(line).matches();
    }

    /**
     * A headline: a few words to a long line, not a sentence (though it may ask a question), not a
     * list item, link or trail, starting with a letter, digit or quote.
     */
    static boolean isHeadlineLike(String line) {
        int words = words(line);
        if (words < 3 || words > 30 || line.length() > 250) {
            return false;
        }
        if (isUrl(line) || isListItem(line) || isNavigationTrail(line)) {
            return false;
        }
        int first = line.codePointAt(0);
        if (!Character.isLetterOrDigit(first) && "\"“„«‘'".indexOf(first) < 0) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return last != '.' && last != ':' && last != ';' && last != ',';
    }
}
