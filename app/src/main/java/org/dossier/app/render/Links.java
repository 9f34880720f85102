package org.dossier.app.render;

import org.dossier.model.Article;
import org.dossier.model.Evidence;

/**
 * Where the links of a rendered story point: into the same file for the HTML export, to other
 * pages for the web UI. A null answer means "no link". Implementations are stateless.
 */
public interface Links {

    /** The cited passage of an article. */
    String passage(Evidence e);

    /** The article as a whole. */
    String article(Article a);

    /** An entity's own page, or null where there is none. */
    String entity(String entityId);

    /** Another story, or null where it cannot be reached. */
    String story(String storyId);
}
