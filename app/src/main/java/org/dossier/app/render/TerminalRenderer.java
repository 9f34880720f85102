package org.dossier.app.render;

import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Story;

/** Renders one story for an 80-column terminal (the {@code show} command). Thread-safe. */
public final class TerminalRenderer {

    /** @param articles the story's articles (for outlets and citations) */
    public String render(Story story, List<Article> articles) {
        throw new UnsupportedOperationException("terminal rendering not built yet");
    }
}
