package org.dossier.story.cluster;

/**
 * The knobs of {@link EventClusterer}, chosen on the ECB+ train split (see the bench's
 * {@code eval clusters}).
 *
 * @param join          least similarity between an article and a story for the article to join it
 * @param merge         least similarity between two stories for an article that links them to merge them
 * @param nameWeight    weight of name features against content words
 * @param profileTerms  features kept per story profile
 * @param queryTerms    an article's strongest features used to look up candidate stories
 * @param postingCap    features shared by more stories than this are too common to find candidates
 * @param dayTolerance  publication days apart that still count as the same moment
 * @param dayScale      days over the tolerance that halve the similarity
 */
public record ClusterSettings(double join, double merge, double nameWeight, int profileTerms, int queryTerms,
                              int postingCap, int dayTolerance, double dayScale) {

    public ClusterSettings {
        if (join <= 0 || join >= 1) {
            throw new IllegalArgumentException("join must be in (0,1): " + join);
        }
        if (merge <= 0 || merge >= 1) {
            throw new IllegalArgumentException("merge must be in (0,1): " + merge);
        }
        if (profileTerms < 1 || queryTerms < 1 || postingCap < 1) {
            throw new IllegalArgumentException("profileTerms, queryTerms and postingCap must be positive: "
                    + profileTerms + ", " + queryTerms + ", " + postingCap);
        }
        if (dayTolerance < 0 || dayScale <= 0) {
            throw new IllegalArgumentException("bad day tolerance/scale: " + dayTolerance + ", " + dayScale);
        }
    }

    public static ClusterSettings defaults() {
        return new ClusterSettings(0.15, 0.2, 1.0, 96, 24, 1000, 2, 7);
    }

    public ClusterSettings withJoin(double value) {
        return new ClusterSettings(value, merge, nameWeight, profileTerms, queryTerms, postingCap, dayTolerance,
                dayScale);
    }

    public ClusterSettings withMerge(double value) {
        return new ClusterSettings(join, value, nameWeight, profileTerms, queryTerms, postingCap, dayTolerance,
                dayScale);
    }

    public ClusterSettings withNameWeight(double value) {
        return new ClusterSettings(join, merge, value, profileTerms, queryTerms, postingCap, dayTolerance,
                dayScale);
    }
}
