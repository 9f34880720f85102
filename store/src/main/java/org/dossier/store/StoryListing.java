package org.dossier.store;

import java.util.List;
import java.util.Objects;

/**
 * One line of the story list: what {@code dossier stories} prints, without loading the dossier.
 *
 * @param start     earliest publication date, or null
 * @param end       latest publication date, or null
 * @param outlets   the number of distinct named outlets among its articles
 * @param languages distinct article languages, sorted
 * @param outletNames those outlets' names, sorted
 */
public record StoryListing(String id, String title, String start, String end, int articles, int outlets,
                           List<String> languages, List<String> outletNames) {

    public StoryListing {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        languages = List.copyOf(languages);
        outletNames = List.copyOf(outletNames);
    }
}
