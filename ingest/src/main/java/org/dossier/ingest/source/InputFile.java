package org.dossier.ingest.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file to read articles from.
 *
 * @param path    the path as the user gave it, extended by the folders walked (relative stays relative)
 * @param format  how to read it
 * @param sidecar its {@code NAME.meta.json}, or null when it has none
 */
public record InputFile(Path path, InputFormat format, Path sidecar) {

    public InputFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
    }

    /** The path as shown to the user and stored as the article's {@code file}. */
    public String label() {
        return path.toString();
    }
}
