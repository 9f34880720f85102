package org.dossier.story;

import java.util.List;
import org.dossier.model.Story;

/** Merges the facts of a story's articles into one dossier. Pure and thread-safe. */
public interface Consolidator {

    /** @param members every article of the story, duplicates included (they count as one source) */
    Story consolidate(String storyId, List<AnalyzedArticle> members);
}
