package org.dossier.story;

import java.util.Map;
import java.util.Set;

/**
 * The result of adding articles to the stories of a workspace.
 *
 * @param state       the clusterer's new state, opaque to everyone else; the store keeps it
 * @param storyOf     every article of the workspace (old and added) to its story id
 * @param duplicateOf added articles that are near-duplicates, to the earliest copy's id
 * @param touched     stories whose membership changed, including ones that no longer exist
 */
public record Clustering(byte[] state, Map<String, String> storyOf, Map<String, String> duplicateOf,
                         Set<String> touched) {

    public Clustering {
        storyOf = Map.copyOf(storyOf);
        duplicateOf = Map.copyOf(duplicateOf);
        touched = Set.copyOf(touched);
    }
}
