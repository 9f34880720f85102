package org.dossier.analyze.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.analyze.AnnotationContext;
import org.dossier.analyze.nlp.Sentence;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Evidence;

/**
 * Decides what a quantity is about: an entity of the article where one can be found (the coalition
 * whose members are counted, the army whose troops are), else the noun that names it ("coalition").
 * Immutable; built once per article.
 */
final class ClaimSubjects {

    /** Nouns for bodies that have members; a named entity containing one is such a body. */
    private static final Set<String> COLLECTIVES = Set.of("coalition", "alliance", "union", "organisation",
            "organization", "bloc", "league", "group", "council", "community", "federation", "partnership",
            "commonwealth", "forum", "assembly", "nato");
    private static final Pattern COLLECTIVE_NOUN = Pattern.compile(
            "\\b(coalition|alliance|union|bloc|league|federation|partnership)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT_NOUN = Pattern.compile(
            "\\b(coalition|alliance|meeting|conference|summit|talks|attack|bombing|explosion|war|conflict"
                    + "|operation|mission)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AGAINST = Pattern.compile("\\bagainst(?:\\s+[\\w'’-]+){0,3}\\s*$",
            Pattern.CASE_INSENSITIVE);

    private final String text;
    private final List<Mention> mentions;

    private ClaimSubjects(String text, List<Mention> mentions) {
        this.text = text;
        this.mentions = mentions;
    }

    static ClaimSubjects of(AnnotationContext context) {
        String id = context.article().id();
        List<Mention> mentions = new ArrayList<>();
        for (Entity e : context.entities()) {
            for (Evidence ev : e.mentions()) {
                if (ev.articleId().equals(id) && ev.end() <= context.article().text().length()) {
                    mentions.add(new Mention(e, ev.start(), ev.end()));
                }
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        return new ClaimSubjects(context.article().text(), List.copyOf(mentions));
    }

    /**
     * The subject of a quantity at {@code [start, end)} in {@code sentence} measuring {@code property}:
     * an entity id, else a noun of the text.
     *
     * @param previous the sentence before, or null
     */
    String resolve(Sentence sentence, Sentence previous, int start, int end, String property, String head) {
        if (property.equals("members")) {
            Mention body = nearest(sentence.start(), sentence.end(), start, true, Set.of(EntityType.ORGANIZATION,
                    EntityType.GROUP, EntityType.OTHER));
            if (body != null) {
                return body.entity.id();
            }
            String noun = lastMatch(COLLECTIVE_NOUN, sentence.start(), sentence.end(), end);
            Mention named = noun == null ? lastCollectiveBefore(start, null) : lastCollectiveBefore(start, noun);
            if (named != null) {
                return named.entity.id();
            }
            if (noun != null) {
                return noun.toLowerCase(Locale.ROOT);
            }
            String earlier = lastMatch(COLLECTIVE_NOUN, 0, start, start);
            if (earlier != null) {
                return earlier.toLowerCase(Locale.ROOT);
            }
        }
        Set<EntityType> actors = property.equals("troops")
                ? Set.of(EntityType.ORGANIZATION, EntityType.COUNTRY)
                : Set.of(EntityType.ORGANIZATION, EntityType.GROUP, EntityType.COUNTRY, EntityType.LOCATION);
        Mention actor = nearest(sentence.start(), sentence.end(), start, false, actors);
        if (actor == null && property.equals("troops") && previous != null) {
            actor = nearest(previous.start(), previous.end(), previous.end(), false, actors);
        }
        if (actor != null) {
            return actor.entity.id();
        }
        String noun = lastMatch(EVENT_NOUN, sentence.start(), sentence.end(), end);
        return noun != null ? noun.toLowerCase(Locale.ROOT) : head;
    }

    /**
     * The mention in {@code [from, to)} nearest to {@code at} whose entity has one of {@code types}
     * (and, if {@code collective}, a name with a collective noun), skipping targets of "against".
     */
    private Mention nearest(int from, int to, int at, boolean collective, Set<EntityType> types) {
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention m : mentions) {
            if (m.start < from || m.end > to || !types.contains(m.entity.type())) {
                continue;
            }
            if (collective && !isCollective(m.entity)) {
                continue;
            }
            if (AGAINST.matcher(text.substring(Math.max(from, m.start - 40), m.start)).find()) {
                continue;
            }
            int distance = m.end <= at ? at - m.end : m.start - at + 1;
            if (distance < bestDistance) {
                best = m;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The last mention before {@code at} (else the first after) of a collective entity, named with {@code noun} if given. */
    private Mention lastCollectiveBefore(int at, String noun) {
        Mention before = null;
        Mention after = null;
        for (Mention m : mentions) {
            if (!isCollective(m.entity) || (noun != null && !names(m.entity, noun))) {
                continue;
            }
            if (m.start < at) {
                before = m;
            } else if (after == null) {
                after = m;
            }
        }
        return before != null ? before : noun != null ? after : null;
    }

    private static boolean isCollective(Entity e) {
        if (e.type() == EntityType.PERSON || e.type() == EntityType.COUNTRY || e.type() == EntityType.LOCATION) {
            return false;
        }
        for (String n : COLLECTIVES) {
            if (names(e, n)) {
                return true;
            }
        }
        return false;
    }

    private static boolean names(Entity e, String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        if (e.name().toLowerCase(Locale.ROOT).contains(n)) {
            return true;
        }
        for (String alias : e.aliases()) {
            if (alias.toLowerCase(Locale.ROOT).contains(n)) {
                return true;
            }
        }
        return false;
    }

    private String lastMatch(Pattern p, int from, int to, int before) {
        Matcher m = p.matcher(text).region(from, Math.min(to, text.length()));
        String last = null;
        String first = null;
        while (m.find()) {
            if (first == null) {
                first = m.group(1);
            }
            if (m.start() < before) {
                last = m.group(1);
            }
        }
        return last != null ? last : first;
    }

    private record Mention(Entity entity, int start, int end) {
    }
}
