package org.dossier.analyze.claim;

import java.util.Locale;
import java.util.Set;

/** Names the property a counted noun measures, so that sources using different nouns can be compared. */
final class PropertyNames {

    private static final Set<String> MEMBERS = Set.of("state", "country", "nation", "member", "organisation",
            "organization", "partner", "ally", "government", "member-state");
    private static final Set<String> TROOPS = Set.of("soldier", "troop", "serviceman", "servicemember",
            "service member", "instructor", "trainer", "marine", "paratrooper");
    private static final Set<String> PARTICIPANTS = Set.of("official", "representative", "delegate", "participant",
            "delegation", "leader", "diplomat");
    private static final Set<String> KILLED = Set.of("dead", "death", "fatality", "casualty", "victim");

    private PropertyNames() {
    }

    /**
     * The property of a quantity of {@code head} (a noun lemma), {@code modifier} the adjective before
     * it (or null) and {@code outcome} the verb lemma said of it ("kill", "die", "injure", "abstain";
     * or null).
     */
    static String of(String head, String modifier, String outcome) {
        String h = head.toLowerCase(Locale.ROOT);
        if (outcome != null) {
            switch (outcome) {
                case "kill", "die", "dead", "murder", "execute":
                    return "killed";
                case "injure", "wound", "hurt":
                    return "injured";
                case "arrest", "detain":
                    return "arrested";
                case "abstain", "approve", "support", "back", "oppose", "reject", "object":
                    if (PARTICIPANTS.contains(h) || MEMBERS.contains(h) || h.equals("minister")) {
                        // "Three delegations abstained": part of those present, not how many came.
                        return switch (outcome) {
                            case "abstain" -> "abstentions";
                            case "approve", "support", "back" -> "votes in favour";
                            default -> "votes against";
                        };
                    }
                    break;
                default:
                    break;
            }
        }
        if (KILLED.contains(h)) {
            return "killed";
        }
        if (MEMBERS.contains(h)) {
            return "members";
        }
        if (TROOPS.contains(h)) {
            return "troops";
        }
        if (h.equals("minister")) {
            return "ministers";
        }
        if (PARTICIPANTS.contains(h)) {
            return "participants";
        }
        if (h.equals("fighter") && modifier != null && modifier.equalsIgnoreCase("foreign")) {
            return "foreign fighters";
        }
        return h;
    }
}
