package org.dossier.story.cluster;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the clusterer compares of one article: its TF-IDF word vector and identity vector (names,
 * numbers, dates), each unit length, its language, publication day and the event days it names.
 *
 * @param words     the word vector
 * @param identity  the identity vector
 * @param language  the language code, or null when unknown
 * @param day       the publication day (epoch day), or {@link StoryProfile#NO_DAY}
 * @param eventDays the days the text names ({@code 2021-06-28})
 */
record Sketch(Map<String, Float> words, Map<String, Float> identity, String language, long day,
              Set<String> eventDays) {

    Sketch {
        words = Collections.unmodifiableMap(new TreeMap<>(words));
        identity = Collections.unmodifiableMap(new TreeMap<>(identity));
        eventDays = Collections.unmodifiableSet(new TreeSet<>(eventDays));
    }

    static Sketch of(Map<String, Float> unit, Map<String, Float> identityUnit, ArticleFeatures features) {
        return new Sketch(unit, identityUnit, features.language(),
                features.published() == null ? StoryProfile.NO_DAY : features.published().toEpochDay(),
                features.eventDays());
    }
}
