package org.dossier.story;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Assigns new articles to existing stories or new ones, without re-clustering what was there.
 * Pure: the previous state goes in, a new one comes out.
 */
public interface StoryClusterer {

    /**
     * @param previousState what the last call returned, or null for an empty workspace
     * @param added         articles not seen before, in input order
     */
    default Clustering cluster(byte[] previousState, List<AnalyzedArticle> added) {
        return cluster(previousState, added, id -> Optional.empty());
    }

    /**
     * As {@link #cluster(byte[], List)}, with access to the articles of earlier calls, so that a
     * story that grows can be grouped again with its earlier articles.
     *
     * @param earlier an article of an earlier call by id (with its analysis), or empty when unknown
     */
    Clustering cluster(byte[] previousState, List<AnalyzedArticle> added,
                       Function<String, Optional<AnalyzedArticle>> earlier);

    /**
     * Whether this clusterer can go on from {@code state} (a state an earlier version wrote may not
     * be); the caller then clusters every stored article again from an empty state.
     */
    default boolean continuesFrom(byte[] state) {
        return true;
    }
}
