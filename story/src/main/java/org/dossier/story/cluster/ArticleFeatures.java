package org.dossier.story.cluster;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the clusterer compares of one article.
 *
 * <p>{@code terms} are the article's lower-cased words and numbers, function words included: their
 * TF-IDF weighting makes them nearly weightless, yet they keep two reports of one language from
 * looking entirely unrelated, which complete linkage needs. {@code identity} holds the signals that
 * tell two events of one kind apart, each with a kind prefix: {@code n:} a word of a name (entity
 * names and aliases, else capitalised words inside a sentence), {@code #} a number, {@code y:} a
 * year, {@code d:} an event day or month the text mentions (normalised time values).
 *
 * @param terms     word to its count in the article, sorted by word
 * @param identity  identity features, sorted
 * @param language  the article's language code, or null when unknown
 * @param published the publication day, or null when unknown
 * @param eventDays the days ({@code 2021-06-28}) the text mentions, sorted
 */
public record ArticleFeatures(Map<String, Integer> terms, Set<String> identity, String language,
                              LocalDate published, Set<String> eventDays) {

    public ArticleFeatures {
        Objects.requireNonNull(terms, "terms");
        terms = Collections.unmodifiableMap(new TreeMap<>(terms));
        identity = Collections.unmodifiableSet(new TreeSet<>(identity));
        eventDays = Collections.unmodifiableSet(new TreeSet<>(eventDays));
    }

    static ArticleFeatures empty() {
        return new ArticleFeatures(Map.of(), Set.of(), null, null, Set.of());
    }
}
