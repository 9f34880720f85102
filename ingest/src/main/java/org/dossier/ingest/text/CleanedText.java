package org.dossier.ingest.text;

import java.util.List;
import java.util.Objects;

/**
 * An article's text with the page furniture removed.
 *
 * @param title          the headline found in the head of the text, or null; never part of {@code text}
 * @param text           the body: paragraphs (section subheadings included) joined by a blank line
 *                       ({@code "\n\n"}); empty when nothing but furniture was found
 * @param headLines      the lines before the first body paragraph as read, furniture included,
 *                       for finding the article's date stamp
 * @param firstParagraph the first body paragraph, or null, for finding a dateline
 */
public record CleanedText(String title, String text, List<String> headLines, String firstParagraph) {

    public CleanedText {
        Objects.requireNonNull(text, "text");
        headLines = List.copyOf(headLines);
    }
}
