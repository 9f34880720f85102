package org.dossier.story.consolidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits cleaned article text into sentences with exact offsets. A rule-based splitter (the story
 * module has no NLP pipeline): a line break always ends a sentence; inside a line a sentence ends at
 * {@code . ! ?} (with any closing quotes or brackets) followed by a space and an upper-case letter,
 * a digit or an opening quote, unless the stop follows an initial, a list number at the start of the
 * line, or an abbreviation of the text's language ({@link Cues.Section#ABBREVIATIONS} and
 * {@link Cues.Section#MONTH_ABBREVIATIONS}; none for a language without cues). Stateless and
 * thread-safe.
 */
public final class SentenceSplitter {

    private static final String CLOSERS = "\"'”’»)]";
    private static final String OPENERS = "\"'“‘«([";

    private SentenceSplitter() {
    }

    /**
     * Where the first {@code sentences} sentences of {@code text} end (UTF-16 offset): the lead that
     * story clustering weighs most. {@code language} is the text's ISO 639-1 code.
     */
    public static int leadEnd(String text, String language, int sentences) {
        List<TextSentence> all = split("lead", text, language);
        return all.isEmpty() ? 0 : all.get(Math.min(sentences, all.size()) - 1).end();
    }

    /** The sentences of {@code text}, written in {@code language} (an ISO 639-1 code, or null if unknown). */
    static List<TextSentence> split(String articleId, String text, String language) {
        Cues cues = Cues.of(language);
        List<TextSentence> out = new ArrayList<>();
        int lineStart = 0;
        int n = text.length();
        while (lineStart <= n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            splitLine(articleId, text, cues, lineStart, lineEnd, out);
            lineStart = lineEnd + 1;
        }
        return List.copyOf(out);
    }

    private static void splitLine(String articleId, String text, Cues cues, int from, int to,
                                  List<TextSentence> out) {
        int start = skipSpace(text, from, to);
        int firstOfLine = start;
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = i + 1;
                while (end < to && (CLOSERS.indexOf(text.charAt(end)) >= 0 || text.charAt(end) == '.')) {
                    end++;
                }
                if (end < to && Character.isWhitespace(text.charAt(end)) && startsSentence(text, end, to)
                        && !(c == '.' && abbreviationBefore(text, cues, start, i))) {
                    add(articleId, cues, text, start, end, start == firstOfLine, false, out);
                    start = skipSpace(text, end, to);
                    i = start;
                    continue;
                }
                i = end;
                continue;
            }
            i++;
        }
        add(articleId, cues, text, start, to, start == firstOfLine, true, out);
    }

    private static boolean startsSentence(String text, int from, int to) {
        int j = skipSpace(text, from, to);
        if (j >= to) {
            return false;
        }
        while (j < to && OPENERS.indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        if (j >= to) {
            return false;
        }
        char next = text.charAt(j);
        return Character.isUpperCase(next) || Character.isDigit(next);
    }

    private static boolean abbreviationBefore(String text, Cues cues, int sentenceStart, int dot) {
        int j = dot;
        while (j > sentenceStart && !Character.isWhitespace(text.charAt(j - 1))
                && OPENERS.indexOf(text.charAt(j - 1)) < 0) {
            j--;
        }
        String word = text.substring(j, dot).toLowerCase(Locale.ROOT);
        if (word.matches("\\d{1,3}") && text.substring(sentenceStart, j).matches("[\\s\\-•*–]*")) {
            return true; // a list number: "- 1. News"
        }
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return true; // an initial: "J. Biden"
        }
        return cues.has(Cues.Section.ABBREVIATIONS, word) || cues.has(Cues.Section.MONTH_ABBREVIATIONS, word)
                || spacedAbbreviationBefore(text, cues, sentenceStart, dot);
    }

    /** Whether an abbreviation written with a space ("v. Chr.", "p. ej.") ends at {@code dot}. */
    private static boolean spacedAbbreviationBefore(String text, Cues cues, int sentenceStart, int dot) {
        for (String a : cues.words(Cues.Section.ABBREVIATIONS)) {
            int from = dot - a.length();
            if (a.indexOf(' ') > 0 && from >= sentenceStart
                    && (from == sentenceStart || !Character.isLetterOrDigit(text.charAt(from - 1)))
                    && Words.fold(text.substring(from, dot)).equals(a)) {
                return true;
            }
        }
        return false;
    }

    private static int skipSpace(String text, int from, int to) {
        int j = from;
        while (j < to && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static void add(String articleId, Cues cues, String text, int start, int end, boolean lineStart,
                            boolean lineEnd, List<TextSentence> out) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > start) {
            out.add(new TextSentence(articleId, cues.language(), out.size(), start, e, text.substring(start, e),
                    lineStart, lineEnd));
        }
    }
}
