package org.dossier.story.cluster;

/**
 * The clusterer's limits: how many stories an article is compared with, how many of a story's
 * articles stand for it, and how the inverted index is used. These bound the cost per article; the
 * decision itself is the {@link EventModel}'s.
 *
 * @param maxCandidates  stories scored per new article, the ones sharing most index keys with it
 * @param members        a story's most recent original articles an article is compared with
 * @param indexKeys      lead words and lead names per article posted in (and looked up from) the index
 * @param postingCap     keys posted for more articles than this are too common to find candidates with
 */
public record ClusterSettings(int maxCandidates, int members, int indexKeys, int postingCap) {

    public ClusterSettings {
        if (maxCandidates < 1 || members < 1 || indexKeys < 1 || postingCap < 1) {
            throw new IllegalArgumentException("candidate, member, key and posting limits must be positive: "
                    + maxCandidates + ", " + members + ", " + indexKeys + ", " + postingCap);
        }
    }

    public static ClusterSettings defaults() {
        return new ClusterSettings(20, 24, 10, 2000);
    }
}
