package org.dossier.analyze.quote;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.dossier.model.Span;

/**
 * Finds top-level quoted stretches in a text. Marks nested inside a quote belong to its content.
 * Curly marks are read by glyph first and by spacing where the glyph cannot be right (machine
 * translation often turns a closing mark into an opening one); straight double marks toggle;
 * single curly marks open a quote only outside double marks (the apostrophe shares the closing
 * glyph). A quote never crosses a line break, but an unclosed quote at a paragraph end that the
 * next paragraph reopens is marked {@code continued}. Stateless.
 */
final class QuoteMarks {

    private static final int MIN_UNCLOSED_LENGTH = 40;

    private QuoteMarks() {
    }

    static List<QuotedSpan> find(String text) {
        List<QuotedSpan> spans = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            scanLine(text, lineStart, lineEnd, spans);
            lineStart = lineEnd + 1;
        }
        return spans;
    }

    private static void scanLine(String text, int from, int to, List<QuotedSpan> out) {
        Deque<Integer> stack = new ArrayDeque<>(); // positions of open marks
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isDouble(c)) {
                if (stack.isEmpty()) {
                    if (!(isClosingGlyph(c) && closerBySpacing(text, i, from, to))) {
                        stack.push(i);
                    }
                    continue;
                }
                char top = text.charAt(stack.peek());
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
            } else if (c == '‘' && stack.isEmpty() && openerBySpacing(text, i, from, to)) {
                stack.push(i);
            } else if (c == '’' && stack.size() == 1 && text.charAt(stack.peek()) == '‘'
                    && !(i + 1 < to && Character.isLetter(text.charAt(i + 1)))) {
                emit(text, stack.pop(), i, false, true, out);
            }
        }
        if (!stack.isEmpty()) {
            int open = stack.peekLast();
            if (isDouble(text.charAt(open))) {
                boolean continued = nextLineOpensQuote(text, to);
                if (continued || to - open >= MIN_UNCLOSED_LENGTH) {
                    emit(text, open, to, continued, false, out);
                }
            }
        }
    }

    private static void emit(String text, int open, int close, boolean continued, boolean closed,
                             List<QuotedSpan> out) {
        int s = open + 1;
        int e = close;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        if (e > s) {
            out.add(new QuotedSpan(open, close, new Span(s, e), continued, closed));
        }
    }

    private static boolean nextLineOpensQuote(String text, int lineEnd) {
        int i = lineEnd;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && isDouble(text.charAt(i)) && !isClosingGlyph(text.charAt(i));
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
