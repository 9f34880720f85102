package org.dossier.story.cluster;

/**
 * The knobs of {@link EventClusterer}, chosen on the ECB+ train split (see the bench's
 * {@code eval clusters}).
 *
 * @param join          least similarity between an article and a story for the article to join it
 * @param merge         least similarity between two stories for an article that links them to merge them
 * @param identityShare share of an article vector's squared length given to identity features
 *                      (names, numbers, dates), the rest to content words
 * @param nameWeight    weight of name features against numbers and dates
 * @param profileTerms  features kept per story profile
 * @param queryTerms    an article's strongest features used to look up candidate stories
 * @param maxCandidates stories scored per article, the ones sharing the most feature weight
 * @param postingCap    features shared by more stories than this are too common to find candidates
 * @param dayTolerance  publication days apart that still count as the same moment
 * @param dayScale      days over the tolerance that halve the similarity
 * @param sameMoment    factor on the similarity of articles published within the tolerance: reports
 *                      of one event cluster in time, and many words of long reports are their own
 */
public record ClusterSettings(double join, double merge, double identityShare, double nameWeight,
                              int profileTerms, int queryTerms, int maxCandidates, int postingCap,
                              int dayTolerance, double dayScale, double sameMoment) {

    public ClusterSettings {
        if (join <= 0 || join >= 1) {
            throw new IllegalArgumentException("join must be in (0,1): " + join);
        }
        if (merge <= 0 || merge >= 1) {
            throw new IllegalArgumentException("merge must be in (0,1): " + merge);
        }
        if (identityShare < 0 || identityShare > 1) {
            throw new IllegalArgumentException("identityShare must be in [0,1]: " + identityShare);
        }
        if (profileTerms < 1 || queryTerms < 1 || maxCandidates < 1 || postingCap < 1) {
            throw new IllegalArgumentException("profile, query, candidate and posting limits must be positive: "
                    + profileTerms + ", " + queryTerms + ", " + maxCandidates + ", " + postingCap);
        }
        if (dayTolerance < 0 || dayScale <= 0 || sameMoment < 1) {
            throw new IllegalArgumentException("bad day tolerance/scale/same-moment factor: " + dayTolerance + ", "
                    + dayScale + ", " + sameMoment);
        }
    }

    public static ClusterSettings defaults() {
        return new ClusterSettings(0.18, 0.18, 0.35, 1.0, 300, 24, 20, 500, 2, 7, 2.0);
    }

    public ClusterSettings withJoin(double value) {
        return new ClusterSettings(value, merge, identityShare, nameWeight,
                profileTerms, queryTerms, maxCandidates, postingCap, dayTolerance, dayScale, sameMoment);
    }

    public ClusterSettings withMerge(double value) {
        return new ClusterSettings(join, value, identityShare, nameWeight,
                profileTerms, queryTerms, maxCandidates, postingCap, dayTolerance, dayScale, sameMoment);
    }

    public ClusterSettings withIdentityShare(double value) {
        return new ClusterSettings(join, merge, value, nameWeight,
                profileTerms, queryTerms, maxCandidates, postingCap, dayTolerance, dayScale, sameMoment);
    }

    public ClusterSettings withNameWeight(double value) {
        return new ClusterSettings(join, merge, identityShare, value,
                profileTerms, queryTerms, maxCandidates, postingCap, dayTolerance, dayScale, sameMoment);
    }
}
