package org.dossier.analyze.entity;

import java.util.Objects;
import org.dossier.model.EntityType;

/**
 * One place an entity is named, before mentions are merged into entities.
 *
 * @param start      UTF-16 offset of the first character, inclusive
 * @param end        UTF-16 offset after the last character
 * @param firstToken index of the first token it touches
 * @param lastToken  index of the last token it touches
 * @param surface    the text between start and end
 * @param canonical  the knowledge's canonical name, or null when the name is not in the knowledge
 * @param origin     what found it
 */
public record Mention(int start, int end, int firstToken, int lastToken, String surface, EntityType type,
                      String canonical, Origin origin) {

    /** What found a mention. */
    public enum Origin {
        /** CoreNLP's statistical tagger. */
        NER,
        /** The alias knowledge, possibly retyping a tagger chunk. */
        KNOWLEDGE,
        /** An acronym defined in the article ("Islamic State (IS)") or a weak alias with support. */
        CONTEXT,
        /** A job title standing for a person named elsewhere ("the Secretary of State"). */
        TITLE
    }

    public Mention {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(origin, "origin");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad mention span: start=" + start + ", end=" + end);
        }
    }

    boolean overlaps(Mention o) {
        return start < o.end && o.start < end;
    }

    int length() {
        return end - start;
    }

    Mention withType(EntityType newType, String newCanonical, Origin newOrigin) {
        return new Mention(start, end, firstToken, lastToken, surface, newType, newCanonical, newOrigin);
    }
}
