package org.dossier.ingest.source;

import java.util.Objects;

/**
 * An article as read from its source, before cleaning, dating and language detection.
 *
 * @param file     the path it was read from, as the user gave it
 * @param line     its 1-based line in a {@code .jsonl} file or item in a feed, else null
 * @param id       its stable id (see {@link ArticleIds})
 * @param body     its content
 * @param metadata what its source states about it: JSON keys first, then its sidecar
 * @param captured when a crawler fetched it (a web archive's record date, ISO-8601), or null: the
 *                 publication date's last resort, after the page's and the text's own
 */
public record RawArticle(String file, Integer line, String id, ArticleBody body, Metadata metadata,
                         String captured) {

    public RawArticle {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(metadata, "metadata");
    }

    /** An article of an input that does not say when it was fetched. */
    public RawArticle(String file, Integer line, String id, ArticleBody body, Metadata metadata) {
        this(file, line, id, body, metadata, null);
    }

    /** The line as a problem's position, or null. */
    public String where() {
        return line == null ? null : line.toString();
    }
}
