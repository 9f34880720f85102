package org.dossier.story;

import java.util.List;

/**
 * Assigns new articles to existing stories or new ones, without re-clustering what was there.
 * Pure: the previous state goes in, a new one comes out.
 */
public interface StoryClusterer {

    /**
     * @param previousState what the last call returned, or null for an empty workspace
     * @param added         articles not seen before, in input order
     */
    Clustering cluster(byte[] previousState, List<AnalyzedArticle> added);
}
