package org.dossier.store.search;

import java.util.Objects;

/**
 * One search result.
 *
 * @param kind      "article", "quote" or "entity"
 * @param articleId the article holding the passage, or null for an entity
 * @param storyId   the story it belongs to, or null
 * @param entityId  the entity for an entity hit, else null
 * @param label     a short label: the article title, the speaker, the entity name
 * @param snippet   the best matching passage, plain text (not HTML)
 * @param start     UTF-16 offset of the passage in the article text, or -1
 * @param end       end offset of the passage, or -1
 */
public record SearchHit(String kind, String articleId, String storyId, String entityId, String label,
                        String snippet, int start, int end, float score) {

    public SearchHit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(snippet, "snippet");
    }
}
