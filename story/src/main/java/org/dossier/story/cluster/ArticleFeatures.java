package org.dossier.story.cluster;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the clusterer compares of one article: weighted feature counts and its dates.
 *
 * <p>Feature keys carry a kind prefix so that one vector holds every signal: {@code w:} content
 * word, {@code n:} a word of a name (entity names and aliases, else capitalised words inside a
 * sentence), {@code #} a number, {@code y:} a year, {@code d:} an event day or month the text
 * mentions (normalised time values).
 *
 * @param counts    feature key to its count in the article, sorted by key
 * @param published the publication day, or null when unknown
 * @param eventDays the days ({@code 2021-06-28}) the text mentions, sorted
 */
public record ArticleFeatures(Map<String, Integer> counts, LocalDate published, Set<String> eventDays) {

    public ArticleFeatures {
        Objects.requireNonNull(counts, "counts");
        counts = java.util.Collections.unmodifiableMap(new TreeMap<>(counts));
        eventDays = java.util.Collections.unmodifiableSet(new TreeSet<>(eventDays));
    }
}
