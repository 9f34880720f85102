package org.dossier.app.render;

import org.dossier.model.Dossier;

/** Renders a dossier as a Markdown document. Thread-safe. */
public final class MarkdownRenderer {

    public String render(Dossier dossier) {
        throw new UnsupportedOperationException("Markdown rendering not built yet");
    }
}
