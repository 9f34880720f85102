package org.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * Another story of the workspace about the same actors and subject, but a different happening
 * (an earlier meeting of the same coalition, the next debate of the same candidates).
 *
 * @param storyId      the related story's id
 * @param title        its title when the relation was found
 * @param score        strength of the relation in (0, 1], rounded to three decimals; higher is closer
 * @param reason       one human-readable line, e.g. "shares Daesh, Global Coalition; subject: coalition, meeting"
 * @param participants names of the people, organisations and places both stories name prominently,
 *                     strongest first, as this story spells them
 * @param subject      the subject words both stories weigh most, strongest first
 */
public record RelatedStory(String storyId, String title, double score, String reason, List<String> participants,
                           List<String> subject) {

    public RelatedStory {
        Objects.requireNonNull(storyId, "storyId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(reason, "reason");
        if (!(score > 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in (0, 1], got " + score + " for " + storyId);
        }
        participants = List.copyOf(participants);
        subject = List.copyOf(subject);
    }
}
