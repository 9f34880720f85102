package org.dossier.story.cluster;

/**
 * Inverse document frequency over the articles seen so far, smoothed as if {@link #PRIOR_DOCUMENTS}
 * more articles without the key had been seen: {@code ln((N + PRIOR + 1) / (df + 1)) + 1}. A key no
 * other article has weighs most; in a small build the words its few articles share are not yet
 * taken for a topic's words, and in a large one the prior no longer matters.
 */
public interface Idf {

    /** The document frequency of {@code key}. */
    int documentFrequency(String key);

    /** The number of documents. */
    long documents();

    /** Articles without the key assumed beside those seen. */
    double PRIOR_DOCUMENTS = 100;

    default double weight(String key) {
        return Math.log((documents() + PRIOR_DOCUMENTS + 1.0) / (documentFrequency(key) + 1.0)) + 1;
    }

    static Idf of(java.util.Map<String, Integer> df, long documents) {
        return new Idf() {
            @Override
            public int documentFrequency(String key) {
                return df.getOrDefault(key, 0);
            }

            @Override
            public long documents() {
                return documents;
            }
        };
    }
}
