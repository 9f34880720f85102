package org.dossier.analyze.quote;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.model.Span;

/**
 * Finds top-level quoted stretches in a text. Marks nested inside a quote belong to its content.
 * Curly marks are read by glyph first and by spacing where the glyph cannot be right (machine
 * translation often turns a closing mark into an opening one); straight double marks toggle;
 * single curly marks open a quote only outside double marks (the apostrophe shares the closing
 * glyph). A quote never crosses a line break, but an unclosed quote at a paragraph end that the
 * next paragraph reopens is marked {@code continued}.
 *
 * <p>The marks of each language read the same way: „…“ and »…« (German), « … » with the
 * blank or non-breaking spaces of French typography, «…» and “…” (Spanish, Italian, Russian); the
 * blanks inside the marks are no part of the quote. In French, Spanish, Italian and Russian a
 * paragraph that opens with a dash is speech ("— Nous ne céderons pas, a déclaré le ministre.",
 * "—Ganaremos —dijo—."): each dash of it turns from speech to its frame and back, so the words
 * between the first two dashes are a quote, and so are those after the third. Stateless.
 */
final class QuoteMarks {

    private static final int MIN_UNCLOSED_LENGTH = 40;
    /** The languages whose paragraphs may open with a dash of speech. */
    private static final Set<String> DASH_SPEECH = Set.of("fr", "es", "it", "ru");

    private QuoteMarks() {
    }

    /** The quoted stretches of {@code text}, written in {@code language} (ISO 639-1, or null). */
    static List<QuotedSpan> find(String text, String language) {
        boolean dashes = language != null && DASH_SPEECH.contains(language.toLowerCase(Locale.ROOT));
        List<QuotedSpan> spans = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (!(dashes && dashLine(text, lineStart, lineEnd, spans))) {
                scanLine(text, lineStart, lineEnd, spans);
            }
            lineStart = lineEnd + 1;
        }
        return spans;
    }

    private static void scanLine(String text, int from, int to, List<QuotedSpan> out) {
        Deque<Integer> stack = new ArrayDeque<>(); // positions of open marks
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isDoubleApostrophe(text, i, to)) {
                // Two apostrophes stand for a straight double mark in some archives ('' ... '').
                c = '"';
            }
            if (isDouble(c)) {
                if (stack.isEmpty()) {
                    if (!(isClosingGlyph(c) && closerBySpacing(text, i, from, to))) {
                        stack.push(i);
                    }
                    if (isDoubleApostrophe(text, i, to)) {
                        i++;
                    }
                    continue;
                }
                char top = markAt(text, stack.peek());
                boolean closes;
                if (c == '"') {
                    closes = top == '"' || !openerBySpacing(text, i, from, to);
                } else if (isClosingGlyph(c)) {
                    closes = true;
                } else if (top == '„' && c == '“') {
                    closes = true;
                } else {
                    closes = !openerBySpacing(text, i, from, to);
                }
                if (closes) {
                    int open = stack.pop();
                    if (stack.isEmpty()) {
                        emit(text, open, i, false, true, out);
                    }
                } else {
                    stack.push(i);
                }
                if (isDoubleApostrophe(text, i, to)) {
                    i++;
                }
            } else if (c == '‘' && stack.isEmpty() && openerBySpacing(text, i, from, to)) {
                stack.push(i);
            } else if (c == '’' && stack.size() == 1 && text.charAt(stack.peek()) == '‘'
                    && !(i + 1 < to && Character.isLetter(text.charAt(i + 1)))) {
                emit(text, stack.pop(), i, false, true, out);
            }
        }
        if (!stack.isEmpty()) {
            int open = stack.peekLast();
            if (isDouble(markAt(text, open))) {
                boolean continued = nextLineOpensQuote(text, to);
                if (continued || to - open >= MIN_UNCLOSED_LENGTH) {
                    emit(text, open, to, continued, false, out);
                }
            }
        }
    }

    /**
     * A paragraph of dialogue, opened by a dash: its speech segments go to {@code out}. False, and
     * nothing added, when the paragraph does not open with a dash.
     */
    private static boolean dashLine(String text, int from, int to, List<QuotedSpan> out) {
        int i = from;
        while (i < to && isBlank(text.charAt(i))) {
            i++;
        }
        if (i + 1 >= to || !isSpeechDash(text.charAt(i))) {
            return false;
        }
        int open = i;
        boolean speech = true;
        for (int k = i + 1; k <= to; k++) {
            if (k == to || isSpeechDash(text.charAt(k)) && !between(text, k, Character::isLetterOrDigit)) {
                if (speech) {
                    int before = out.size();
                    emit(text, open, k, false, true, out);
                    if (out.size() > before && out.get(before).content().of(text).chars().noneMatch(Character::isLetter)) {
                        out.remove(before);
                    }
                }
                speech = !speech;
                open = k;
                // "—dijo—. Nadie ...": the frame's full stop or comma is no part of the speech after it.
                while (speech && open + 1 < to && (isBlank(text.charAt(open + 1)) || ".,;".indexOf(text.charAt(open + 1)) >= 0)) {
                    open++;
                }
            }
        }
        return true;
    }

    /** Whether the characters on both sides of {@code k} are of a kind: "2–3" is a range, not a turn. */
    private static boolean between(String text, int k, java.util.function.IntPredicate kind) {
        return k > 0 && k + 1 < text.length() && kind.test(text.charAt(k - 1)) && kind.test(text.charAt(k + 1));
    }

    /** A dash that opens or closes speech in a dialogue line. */
    static boolean isSpeechDash(char c) {
        return c == '—' || c == '–' || c == '―';
    }

    /** A blank, the non-breaking spaces of French typography included. */
    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static void emit(String text, int open, int close, boolean continued, boolean closed,
                             List<QuotedSpan> out) {
        int s = open + (text.startsWith("''", open) ? 2 : 1);
        int e = close;
        while (s < e && isBlank(text.charAt(s))) {
            s++;
        }
        while (e > s && (isBlank(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        if (e > s) {
            out.add(new QuotedSpan(open, close, new Span(s, e), continued, closed));
        }
    }

    private static boolean isDoubleApostrophe(String text, int i, int to) {
        return text.charAt(i) == '\'' && i + 1 < to && text.charAt(i + 1) == '\'';
    }

    /** The mark at {@code i}, reading two apostrophes as a straight double mark. */
    private static char markAt(String text, int i) {
        return text.startsWith("''", i) ? '"' : text.charAt(i);
    }

    private static boolean nextLineOpensQuote(String text, int lineEnd) {
        int i = lineEnd;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && isDouble(markAt(text, i)) && !isClosingGlyph(text.charAt(i));
    }

    static boolean isDouble(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || c == '‟';
    }

    static boolean isMark(char c) {
        return isDouble(c) || c == '‘' || c == '’';
    }

    private static boolean isClosingGlyph(char c) {
        return c == '”' || c == '»';
    }

    /** Preceded by a blank, line start or bracket, and followed by a word. */
    private static boolean openerBySpacing(String text, int i, int from, int to) {
        boolean before = i == from || Character.isWhitespace(text.charAt(i - 1)) || "([{—–-/".indexOf(text.charAt(i - 1)) >= 0;
        boolean after = i + 1 < to && !Character.isWhitespace(text.charAt(i + 1));
        return before && after;
    }

    /** Preceded by a word or punctuation, and followed by a blank, punctuation or line end. */
    private static boolean closerBySpacing(String text, int i, int from, int to) {
        boolean before = i > from && !Character.isWhitespace(text.charAt(i - 1));
        boolean after = i + 1 >= to || !Character.isLetterOrDigit(text.charAt(i + 1));
        return before && after;
    }
}
