package org.dossier.store;

import java.util.List;
import java.util.Objects;

/**
 * One line of the story list: what {@code dossier stories} prints, without loading the dossier.
 *
 * @param start     earliest publication date, or null
 * @param end       latest publication date, or null
 * @param outlets   distinct named outlets among its articles
 * @param languages distinct article languages, sorted
 */
public record StoryListing(String id, String title, String start, String end, int articles, int outlets,
                           List<String> languages) {

    public StoryListing {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        languages = List.copyOf(languages);
    }
}
