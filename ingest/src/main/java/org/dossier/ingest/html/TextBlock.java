package org.dossier.ingest.html;

import org.jsoup.nodes.Element;

/**
 * A run of inline text owned by one block-level element, the unit the content scorer classifies.
 * Mutable while the page is being walked, then read only.
 */
final class TextBlock {

    /** What a block is, for rendering and scoring. */
    enum Kind { PARAGRAPH, HEADING, LIST_ITEM, CELL, PREFORMATTED }

    final Element owner;
    final Kind kind;
    final int index;
    private final StringBuilder text = new StringBuilder();
    int linkChars;
    /** Set when an ancestor carries a boilerplate hint (class/id, role, tag). */
    boolean boilerplate;
    /** Set when the JSON-LD articleBody contains this block's text. */
    boolean inArticleBody;
    double value;
    boolean kept;

    TextBlock(Element owner, Kind kind, int index) {
        this.owner = owner;
        this.kind = kind;
        this.index = index;
    }

    /** Appends inline text, collapsing whitespace across node boundaries as a browser would. */
    void append(String s, boolean inLink, boolean preformatted) {
        if (preformatted) {
            text.append(s);
            if (inLink) {
                linkChars += s.strip().length();
            }
            return;
        }
        String collapsed = s.replaceAll("[\\s\u00a0]+", " ");
        if (collapsed.startsWith(" ") && (text.length() == 0 || endsWithSpace())) {
            collapsed = collapsed.substring(1);
        }
        text.append(collapsed);
        if (inLink) {
            linkChars += collapsed.strip().length();
        }
    }

    void lineBreak() {
        while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
        }
        if (text.length() > 0) {
            text.append('\n');
        }
    }

    private boolean endsWithSpace() {
        char last = text.charAt(text.length() - 1);
        return last == ' ' || last == '\n';
    }

    String text() {
        return kind == Kind.PREFORMATTED ? text.toString().strip() : text.toString().replaceAll(" *\n+ *", "\n").strip();
    }

    boolean isEmpty() {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u00a0') {
                return false;
            }
        }
        return true;
    }
}
