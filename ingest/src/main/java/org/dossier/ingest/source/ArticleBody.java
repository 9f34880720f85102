package org.dossier.ingest.source;

import java.util.Objects;

/** The content of an article as read, before cleaning: plain text, Markdown or HTML. */
public sealed interface ArticleBody {

    /** Plain text or Markdown, decoded. */
    record Text(String text, boolean markdown) implements ArticleBody {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A web page as raw bytes, so that the page's own charset declaration can be honoured.
     *
     * @param charset the charset its transport names (an HTTP {@code Content-Type}), or null
     */
    record HtmlBytes(byte[] bytes, String charset) implements ArticleBody {
        public HtmlBytes {
            Objects.requireNonNull(bytes, "bytes");
        }

        /** A page read from a file: only the page itself says its charset. */
        public HtmlBytes(byte[] bytes) {
            this(bytes, null);
        }
    }

    /** A web page already decoded (the {@code html} key of a JSON object). */
    record HtmlText(String html) implements ArticleBody {
        public HtmlText {
            Objects.requireNonNull(html, "html");
        }
    }
}
