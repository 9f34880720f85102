package org.dossier.app.web;

/**
 * A minimal HTML writer in which text is escaped by default; only the fixed markup of the
 * pages goes through {@link #raw}. Not thread-safe: one per page.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(8192);

    /** Escapes text for element content and attribute values alike. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
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
