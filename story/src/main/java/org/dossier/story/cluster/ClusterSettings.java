package org.dossier.story.cluster;

/**
 * The knobs of {@link EventClusterer}, chosen on the ECB+ train split (see the bench's
 * {@code eval clusters --sweep}).
 *
 * @param linkage       least similarity between every two articles of a call for them to share a
 *                      first-pass group (complete linkage)
 * @param split         a group is cut in two where the normalised cut of its similarity graph,
 *                      less {@code contrast} times the two halves' name contrast, is below this
 * @param contrast      weight of the name contrast (a name, number or date most of one half has
 *                      and the other lacks, on both sides) in the split decision
 * @param peel          least mean similarity of an article to the rest of its group, as a share of
 *                      the mean similarity among the rest, for it to stay
 * @param crossLanguage factor on the similarity of the names, numbers and dates of two articles in
 *                      different languages, which stands in for their (unrelated) words
 * @param join          least similarity between a group of new articles and an earlier story for
 *                      the group to join it
 * @param merge         least similarity between two earlier stories for a group that joined one
 *                      of them to merge them
 * @param batchSize     new articles clustered together at most; a larger call is cut into runs of
 *                      this size, earliest first, each joining the stories of the runs before it
 * @param profileTerms  features kept per story profile
 * @param queryTerms    strongest features of a group used to look up candidate stories
 * @param maxCandidates stories scored per group, the ones sharing the most feature weight
 * @param postingCap    features shared by more stories than this are too common to find candidates
 * @param dayTolerance  publication days apart that still count as the same moment
 * @param dayScale      days over the tolerance that halve the similarity
 * @param sameMoment    factor on the similarity of articles published within the tolerance: reports
 *                      of one event cluster in time
 */
public record ClusterSettings(double linkage, double split, double contrast, double peel, double crossLanguage,
                              double join, double merge, int batchSize, int profileTerms, int queryTerms,
                              int maxCandidates, int postingCap, int dayTolerance, double dayScale,
                              double sameMoment) {

    public ClusterSettings {
        for (double v : new double[] {linkage, join, merge}) {
            if (v <= 0 || v >= 1) {
                throw new IllegalArgumentException("linkage, join and merge must be in (0,1): "
                        + linkage + ", " + join + ", " + merge);
            }
        }
        if (split < 0 || contrast < 0 || peel < 0 || crossLanguage < 0) {
            throw new IllegalArgumentException("split, contrast, peel and cross-language factor must not be negative: "
                    + split + ", " + contrast + ", " + peel + ", " + crossLanguage);
        }
        if (batchSize < 2 || profileTerms < 1 || queryTerms < 1 || maxCandidates < 1 || postingCap < 1) {
            throw new IllegalArgumentException("batch, profile, query, candidate and posting limits must be positive: "
                    + batchSize + ", " + profileTerms + ", " + queryTerms + ", " + maxCandidates + ", " + postingCap);
        }
        if (dayTolerance < 0 || dayScale <= 0 || sameMoment < 1) {
            throw new IllegalArgumentException("bad day tolerance/scale/same-moment factor: " + dayTolerance + ", "
                    + dayScale + ", " + sameMoment);
        }
    }

    public static ClusterSettings defaults() {
        return new ClusterSettings(0.03, 0.55, 0.3, 0.4, 1.0, 0.18, 0.18, 1500, 300, 24, 20, 500, 2, 7, 2.0);
    }

    public ClusterSettings withLinkage(double value) {
        return new ClusterSettings(value, split, contrast, peel, crossLanguage, join, merge, batchSize, profileTerms,
                queryTerms, maxCandidates, postingCap, dayTolerance, dayScale, sameMoment);
    }

    public ClusterSettings withSplit(double value) {
        return new ClusterSettings(linkage, value, contrast, peel, crossLanguage, join, merge, batchSize, profileTerms,
                queryTerms, maxCandidates, postingCap, dayTolerance, dayScale, sameMoment);
    }

    public ClusterSettings withContrast(double value) {
        return new ClusterSettings(linkage, split, value, peel, crossLanguage, join, merge, batchSize, profileTerms,
                queryTerms, maxCandidates, postingCap, dayTolerance, dayScale, sameMoment);
    }

    public ClusterSettings withPeel(double value) {
        return new ClusterSettings(linkage, split, contrast, value, crossLanguage, join, merge, batchSize, profileTerms,
                queryTerms, maxCandidates, postingCap, dayTolerance, dayScale, sameMoment);
    }

    public ClusterSettings withJoin(double value) {
        return new ClusterSettings(linkage, split, contrast, peel, crossLanguage, value, merge, batchSize, profileTerms,
                queryTerms, maxCandidates, postingCap, dayTolerance, dayScale, sameMoment);
    }

    public ClusterSettings withMerge(double value) {
        return new ClusterSettings(linkage, split, contrast, peel, crossLanguage, join, value, batchSize, profileTerms,
                queryTerms, maxCandidates, postingCap, dayTolerance, dayScale, sameMoment);
    }
}
