package org.dossier.ingest.text;

import java.util.regex.Pattern;

/**
 * What a line of crawled text looks like, judged by its shape alone: prose (sentences), a
 * headline, a bare link, a navigation item. Stateless and thread-safe.
 */
final class LineShape {

    /** A sentence end, possibly inside closing quotes or brackets, at the end of the line. */
    private static final Pattern ENDS_LIKE_PROSE = Pattern.compile(".*[.!…:;](\\s*[\"”»’')\\]])*\\s*$", Pattern.DOTALL);
    private static final Pattern ENDS_WITH_QUESTION = Pattern.compile(".*\\?(\\s*[\"”»’')\\]])*\\s*$", Pattern.DOTALL);
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
    /**
     * A dateline standing alone: a place in capitals or Title Case, optionally a region after a
     * comma, a date and an agency in parentheses, closed by a dash or by the date itself:
     * {@code LONDON —}, {@code PARIS, June 3 (AP) —}, {@code ROME 1996-12-06}.
     */
    private static final Pattern DATELINE_ONLY = Pattern.compile(
            "\\p{Lu}[\\p{L}.'’-]*(\\s\\p{Lu}[\\p{L}.'’-]*){0,3}(,\\s?[\\p{L}\\d .'’-]{1,30})?"
                    + "(\\s\\(\\p{L}[\\p{L}\\d &.-]{0,30}\\))?(\\s?[-–—]{1,2}|\\s\\d{4}-\\d{2}-\\d{2})");

    /** Most words a headline that ends with a full stop may have; a longer sentence is a lead. */
    static final int HEADLINE_SENTENCE_WORDS = 20;
    /** Most characters of a headline that ends with a full stop. */
    static final int HEADLINE_SENTENCE_CHARS = 200;

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
     * single short question is not prose here: alone on a line it is a headline.
     */
    static boolean isProse(String line) {
        if (line.length() < 40 || words(line) < 6) {
            return false;
        }
        if (ENDS_LIKE_PROSE.matcher(line).matches() || SENTENCE_BREAK.matcher(line).find()) {
            return true;
        }
        return line.length() >= 80 && ENDS_WITH_QUESTION.matcher(line).matches();
    }

    /** A short line ending like a sentence: "Another first.", "1. Donald Trump (Last week: 2.)". */
    static boolean endsLikeSentence(String line) {
        return words(line) >= 1 && (ENDS_LIKE_PROSE.matcher(line).matches() || ENDS_WITH_QUESTION.matcher(line).matches())
                && !line.endsWith(":");
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
        if (isUrl(line) || isListItem(line) || isNavigationTrail(line) || isDatelineOnly(line)) {
            return false;
        }
        int first = line.codePointAt(0);
        if (!Character.isLetterOrDigit(first) && "\"“„«‘'".indexOf(first) < 0) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (last == '.') {
            // Some outlets close headlines with a full stop; a headline is still one short sentence.
            return words <= HEADLINE_SENTENCE_WORDS && !line.endsWith("..") && !SENTENCE_BREAK.matcher(line).find();
        }
        return last != ':' && last != ';' && last != ',';
    }

    /**
     * A headline written as one sentence with its full stop (or a question, or closing quotes after
     * either), which {@link #isProse} alone takes for running text: at most {@value
     * #HEADLINE_SENTENCE_WORDS} words and {@value #HEADLINE_SENTENCE_CHARS} characters, no second
     * sentence, not starting in lower case (a sentence cut from its paragraph does). Whether it is
     * the headline depends on where it stands too; see the cleaner.
     */
    static boolean isHeadlineSentence(String line) {
        if (line.length() > HEADLINE_SENTENCE_CHARS || words(line) > HEADLINE_SENTENCE_WORDS || words(line) < 3) {
            return false;
        }
        int first = line.codePointAt(0);
        if (Character.isLowerCase(first) || isUrl(line) || isListItem(line) || isDatelineOnly(line)) {
            return false;
        }
        if (!Character.isLetterOrDigit(first) && "\"“„«‘'".indexOf(first) < 0) {
            return false;
        }
        String end = line.replaceAll("[\"”»’')\\]\\s]+$", "");
        return (end.endsWith(".") || end.endsWith("?") || end.endsWith("!")) && !end.endsWith("..")
                && !SENTENCE_BREAK.matcher(line).find();
    }

    /**
     * A line that may open a headline: not in lower case (a sentence cut from its paragraph), not
     * a list item, link or dateline.
     */
    static boolean isHeadlineStart(String line) {
        return !line.isEmpty() && !Character.isLowerCase(line.codePointAt(0)) && !isListItem(line) && !isUrl(line)
                && !isDatelineOnly(line);
    }

    /** A dateline alone on its line, such as {@code LONDON —} or {@code ROME 1996-12-06}. */
    static boolean isDatelineOnly(String line) {
        return line.length() <= 80 && DATELINE_ONLY.matcher(line).matches();
    }
}
