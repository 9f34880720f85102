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
 */
public record RawArticle(String file, Integer line, String id, ArticleBody body, Metadata metadata) {

    public RawArticle {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(metadata, "metadata");
    }

    /** The line as a problem's position, or null. */
    public String where() {
        return line == null ? null : line.toString();
    }
}
