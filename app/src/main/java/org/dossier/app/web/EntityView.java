package org.dossier.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.model.Entity;
import org.dossier.model.Quote;
import org.dossier.model.Story;

/**
 * An entity with the stories that name it and the quotations attributed to it. Entity ids are
 * story-wide, so the same person in another story is found by name and type.
 */
record EntityView(Entity entity, List<Story> stories, List<Quote> quotes) {

    EntityView {
        stories = List.copyOf(stories);
        quotes = List.copyOf(quotes);
    }

    static Optional<EntityView> find(DossierRepository repository, String id) {
        List<Story> all = repository.stories();
        Entity found = null;
        for (Story s : all) {
            for (Entity e : s.entities()) {
                if (e.id().equals(id)) {
                    found = e;
                }
            }
        }
        if (found == null) {
            return Optional.empty();
        }
        List<Story> stories = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        for (Story s : all) {
            List<String> sameIds = new ArrayList<>();
            for (Entity e : s.entities()) {
                if (e.id().equals(id) || e.type() == found.type() && e.name().equals(found.name())) {
                    sameIds.add(e.id());
                }
            }
            if (sameIds.isEmpty()) {
                continue;
            }
            stories.add(s);
            for (Quote q : s.quotes()) {
                if (q.speaker() != null && q.speaker().entityId() != null && sameIds.contains(q.speaker().entityId())) {
                    quotes.add(q);
                }
            }
        }
        return Optional.of(new EntityView(found, stories, quotes));
    }
}
