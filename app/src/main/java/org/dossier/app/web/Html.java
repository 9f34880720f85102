package org.dossier.app.web;

/**
 * A minimal HTML writer in which text is escaped by default; only the fixed markup of the
 * pages goes through {@link #raw}. Not thread-safe: one per page.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(8192);

    /** Escapes text for element content and attribute values alike. */
    static String escape(String text) {
        return org.dossier.app.render.HtmlRenderer.escape(text);
    }

    /** A URL component, percent-encoded. */
    static String url(String part) {
        return java.net.URLEncoder.encode(part == null ? "" : part, java.nio.charset.StandardCharsets.UTF_8);
    }

    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** {@code <tag attr="value">text</tag>} with the text escaped. */
    Html el(String tag, String text) {
        out.append('<').append(tag).append('>').append(escape(text)).append("</").append(tag).append('>');
        return this;
    }

    /** A link whose href and text are escaped. */
    Html link(String href, String text) {
        out.append("<a href=\"").append(escape(href)).append("\">").append(escape(text)).append("</a>");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
