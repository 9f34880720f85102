package org.dossier.app.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Claim;
import org.dossier.model.Entity;
import org.dossier.model.Evidence;
import org.dossier.model.Quote;
import org.dossier.model.Story;

/** Read-side helpers shared by the renderers: names for ids, quotes by speaker, claims by subject. */
final class StoryFacts {

    private StoryFacts() {
    }

    /** The entity name for an entity id, else the subject itself. */
    static String subjectName(Story story, String subject) {
        for (Entity e : story.entities()) {
            if (e.id().equals(subject)) {
                return e.name();
            }
        }
        return subject;
    }

    static Entity entity(Story story, String id) {
        if (id == null) {
            return null;
        }
        for (Entity e : story.entities()) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        return null;
    }

    /** Quotes in story order, grouped by speaker name ("Unattributed" for none); group order kept. */
    static Map<String, List<Quote>> bySpeaker(Story story) {
        Map<String, List<Quote>> out = new LinkedHashMap<>();
        for (Quote q : story.quotes()) {
            String who = q.speaker() == null ? "Unattributed" : q.speaker().name();
            out.computeIfAbsent(who, k -> new ArrayList<>()).add(q);
        }
        return out;
    }

    /** The speaker's first role, if the speaker is a story entity with roles. */
    static String role(Story story, Quote q) {
        Entity e = q.speaker() == null ? null : entity(story, q.speaker().entityId());
        return e == null || e.roles().isEmpty() ? null : e.roles().get(0);
    }

    static List<Evidence> evidence(Quote q) {
        List<Evidence> all = new ArrayList<>();
        all.add(q.evidence());
        all.addAll(q.alsoReportedIn());
        return all;
    }

    /** Claims grouped by subject and property, in story order. */
    static Map<String, List<Claim>> claimGroups(Story story) {
        Map<String, List<Claim>> out = new LinkedHashMap<>();
        for (Claim c : story.claims()) {
            out.computeIfAbsent(c.subject() + "\u0000" + c.property(), k -> new ArrayList<>()).add(c);
        }
        return out;
    }

    static String valueLabel(Claim c) {
        return c.qualifier() == null ? c.value() : c.qualifier() + " " + c.value();
    }

    /** "2021-06-27 – 2021-06-28", one date when equal, "undated" when unknown. */
    static String dates(Story story) {
        if (story.start() == null && story.end() == null) {
            return "undated";
        }
        if (story.start() == null || story.end() == null || story.start().equals(story.end())) {
            return story.start() != null ? story.start() : story.end();
        }
        return story.start() + " – " + story.end();
    }
}
