package org.dossier.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.dossier.model.Article;
import org.dossier.model.Problem;

/** Facade of the ingest module: files and folders in, articles and problems out. */
public final class Ingestor {

    /**
     * Reads every article under {@code roots} (folders recursively) in a deterministic order,
     * handing each to {@code articles} as soon as it is read, so large inputs stream. Bad input is
     * reported to {@code problems} and skipped; this method throws only for programming errors.
     */
    public void read(List<Path> roots, Consumer<Article> articles, Consumer<Problem> problems) {
        throw new UnsupportedOperationException("ingest not built yet");
    }
}
