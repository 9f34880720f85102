package org.dossier.story.related;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link RelatedStoryFinder} compares of one story: its participants and the counts
 * of its subject words. Small next to the story itself, so a whole workspace's profiles fit in memory
 * while the stories and texts do not. Immutable.
 *
 * @param participants the people, organisations and places the story names in a lead or more than once,
 *                     in story order
 * @param terms        content-word stem to its count over the story's original articles and titles
 * @param surface      stem to the form it is most often written in, for display
 */
public record StoryProfile(String storyId, String title, List<Participant> participants,
                           Map<String, Integer> terms, Map<String, String> surface) {

    public StoryProfile {
        Objects.requireNonNull(storyId, "storyId");
        Objects.requireNonNull(title, "title");
        participants = List.copyOf(participants);
        terms = Map.copyOf(terms);
        surface = Map.copyOf(surface);
    }

    /**
     * A named participant.
     *
     * @param name the story's canonical name for it
     * @param keys   comparison keys of the name and its aliases (see {@code Words.nameKey}), the name's first
     * @param inLead whether a headline or lead of the story names it
     */
    public record Participant(String name, List<String> keys, boolean inLead) {

        public Participant {
            Objects.requireNonNull(name, "name");
            keys = List.copyOf(keys);
            if (keys.isEmpty()) {
                throw new IllegalArgumentException("participant " + name + " has no key");
            }
        }
    }
}
