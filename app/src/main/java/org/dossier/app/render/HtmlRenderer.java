package org.dossier.app.render;

import org.dossier.model.Dossier;

/** Renders a dossier as a self-contained HTML page (no network; all article text escaped). Thread-safe. */
public final class HtmlRenderer {

    public String render(Dossier dossier) {
        throw new UnsupportedOperationException("Html rendering not built yet");
    }
}
