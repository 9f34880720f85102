package org.dossier.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * One real-world event and everything its articles say about it.
 *
 * @param start   earliest publication date of its articles, or null
 * @param end     latest publication date of its articles, or null
 * @param related other stories of the workspace about the same actors and subject, strongest first;
 *                optional in {@code dossier/v1}: left out of the JSON when empty, and absent reads as empty
 */
public record Story(String id, String title, List<String> articleIds, String start, String end,
                    List<SummarySentence> summary, List<Entity> entities, List<Quote> quotes,
                    List<TimelineEntry> timeline, List<Claim> claims, List<Conflict> conflicts,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RelatedStory> related) {

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
        related = related == null ? List.of() : List.copyOf(related);
        if (related.stream().anyMatch(r -> r.storyId().equals(id))) {
            throw new IllegalArgumentException("story " + id + " cannot be related to itself");
        }
    }

    /** A story with no related stories (they are found after consolidation, across the workspace). */
    public Story(String id, String title, List<String> articleIds, String start, String end,
                 List<SummarySentence> summary, List<Entity> entities, List<Quote> quotes,
                 List<TimelineEntry> timeline, List<Claim> claims, List<Conflict> conflicts) {
        this(id, title, articleIds, start, end, summary, entities, quotes, timeline, claims, conflicts, List.of());
    }

    /** This story with {@code related} in place of its related stories. */
    public Story withRelated(List<RelatedStory> related) {
        return new Story(id, title, articleIds, start, end, summary, entities, quotes, timeline, claims, conflicts,
                related);
    }
}
