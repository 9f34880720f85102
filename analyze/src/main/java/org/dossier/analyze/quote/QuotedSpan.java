package org.dossier.analyze.quote;

import org.dossier.model.Span;

/**
 * One top-level stretch of text between quotation marks, in one paragraph.
 *
 * @param open      index of the opening mark
 * @param close     index of the closing mark, or the paragraph end when the quote runs on
 * @param content   the quoted words, trimmed of blanks and a trailing comma
 * @param continued true when the quote runs on into the next paragraph (which reopens it)
 * @param closed    false when no closing mark was found in the paragraph
 */
record QuotedSpan(int open, int close, Span content, boolean continued, boolean closed) {
}
