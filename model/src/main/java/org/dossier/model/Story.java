package org.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world event and everything its articles say about it.
 *
 * @param start earliest publication date of its articles, or null
 * @param end   latest publication date of its articles, or null
 */
public record Story(String id, String title, List<String> articleIds, String start, String end,
                    List<SummarySentence> summary, List<Entity> entities, List<Quote> quotes,
                    List<TimelineEntry> timeline, List<Claim> claims, List<Conflict> conflicts) {

    public Story {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        articleIds = List.copyOf(articleIds);
        if (articleIds.isEmpty()) {
            throw new IllegalArgumentException("a story needs an article: " + id);
        }
        summary = List.copyOf(summary);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        timeline = List.copyOf(timeline);
        claims = List.copyOf(claims);
        conflicts = List.copyOf(conflicts);
    }
}
