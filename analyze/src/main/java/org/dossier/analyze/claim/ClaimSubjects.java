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
 * The grammar of the count comes before nearness: a possessive in the counted phrase ("10,000 of its
 * foreign fighters in Syria") names the body "its" stands for, not the place; a count of members that
 * is the subject of a membership verb makes up that verb's object ("68 countries have signed the
 * pledge"); the dead or wounded of a sentence that names an attack or the like are those of the one
 * nearest the count, not of its place; and a count of countries or members is never given to a
 * country or a place named beside it. Immutable; built once per article.
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
    /** Happenings whose dead, wounded or arrested a count is of. */
    private static final Pattern CASUALTY_EVENT = Pattern.compile(
            "\\b(attack|bombing|explosion|blast|blaze|shooting|raid|ambush|crash|earthquake|flood|fire|clash"
                    + "|massacre|war)s?\\b", Pattern.CASE_INSENSITIVE);
    /** Counts of people a happening killed or wounded (an arrest is someone's act, not a happening's). */
    private static final Set<String> CASUALTIES = Set.of("killed", "injured");
    /** "10,000 of its foreign fighters": whose they are, not where. */
    private static final Pattern POSSESSIVE = Pattern.compile("\\b(its|their)\\b", Pattern.CASE_INSENSITIVE);
    /** Verbs whose subject, a count of members, makes up their object ("68 countries signed the pledge"). */
    private static final Set<String> MEMBERSHIP_VERBS = Set.of("join", "form", "sign", "ratify", "endorse",
            "constitute", "found", "establish", "create", "set");

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
        return resolve(sentence, previous, start, end, property, head, null);
    }

    /**
     * As {@link #resolve(Sentence, Sentence, int, int, String, String)}; {@code object} is the noun a
     * count of members makes up when it is the subject of a membership verb ("68 countries signed
     * the pledge": "pledge", with its start offset), or null.
     */
    String resolve(Sentence sentence, Sentence previous, int start, int end, String property, String head,
                   Noun object) {
        if (POSSESSIVE.matcher(text.substring(start, Math.min(end, text.length()))).find()) {
            // "its foreign fighters" belong to what "its" stands for: the last body named before it,
            // even the target of "the fight against"; a place is where they are, not whose.
            Mention owner = lastBefore(sentence.start(), start, Set.of(EntityType.ORGANIZATION, EntityType.GROUP,
                    EntityType.COUNTRY, EntityType.OTHER));
            if (owner == null && previous != null) {
                owner = lastBefore(previous.start(), previous.end(), Set.of(EntityType.ORGANIZATION,
                        EntityType.GROUP, EntityType.COUNTRY, EntityType.OTHER));
            }
            if (owner != null) {
                return owner.entity.id();
            }
        }
        if (property.equals("members") && object != null) {
            Mention named = covering(object.start());
            return named != null && !isPlace(named.entity) ? named.entity.id() : object.lemma();
        }
        if (CASUALTIES.contains(property)) {
            // The dead of "an attack in Kabul, Afghanistan, in which seven people were killed" are the attack's.
            String event = nearestMatch(CASUALTY_EVENT, sentence.start(), sentence.end(), start);
            if (event != null) {
                return event.toLowerCase(Locale.ROOT);
            }
        }
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
        if (property.equals("ministers") || property.equals("participants")) {
            // Those who attend are counted for the gathering, not for a country named beside them.
            String gathering = lastMatch(EVENT_NOUN, sentence.start(), sentence.end(), end);
            if (gathering != null) {
                return gathering.toLowerCase(Locale.ROOT);
            }
        }
        // A count of countries is never a membership figure of a country or place named beside it.
        Set<EntityType> actors = property.equals("troops")
                ? Set.of(EntityType.ORGANIZATION, EntityType.COUNTRY)
                : property.equals("members") ? Set.of(EntityType.ORGANIZATION, EntityType.GROUP)
                : Set.of(EntityType.ORGANIZATION, EntityType.GROUP, EntityType.COUNTRY, EntityType.LOCATION);
        Mention actor = nearest(sentence.start(), sentence.end(), start, false, actors);
        if (actor == null && property.equals("troops") && previous != null) {
            actor = nearest(previous.start(), previous.end(), previous.end(), false, actors);
        }
        if (actor != null) {
            return actor.entity.id();
        }
        String noun = lastMatch(EVENT_NOUN, sentence.start(), sentence.end(), end);
        if (noun != null) {
            return noun.toLowerCase(Locale.ROOT);
        }
        // A count with no subject in its sentence ("It meets in five working groups") continues the topic.
        String earlier = lastMatch(COLLECTIVE_NOUN, 0, start, start);
        return earlier != null ? earlier.toLowerCase(Locale.ROOT) : head;
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

    /** The last mention in {@code [from, to)} whose entity has one of {@code types}, or null. */
    private Mention lastBefore(int from, int to, Set<EntityType> types) {
        Mention last = null;
        for (Mention m : mentions) {
            if (m.start >= from && m.end <= to && types.contains(m.entity.type())) {
                last = m;
            }
        }
        return last;
    }

    /** The mention that covers {@code at}, or null. */
    private Mention covering(int at) {
        for (Mention m : mentions) {
            if (m.start <= at && at < m.end) {
                return m;
            }
        }
        return null;
    }

    private static boolean isPlace(Entity e) {
        return e.type() == EntityType.COUNTRY || e.type() == EntityType.LOCATION;
    }

    /** Whether a verb lemma says its subject makes up its object. */
    static boolean membershipVerb(String lemma) {
        return MEMBERSHIP_VERBS.contains(lemma);
    }

    /** A noun of the text: its lemma in lower case and where it starts. */
    record Noun(String lemma, int start) {
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

    /** The match of {@code p}'s first group in {@code [from, to)} nearest to {@code at}, or null. */
    private String nearestMatch(Pattern p, int from, int to, int at) {
        Matcher m = p.matcher(text).region(from, Math.min(to, text.length()));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        while (m.find()) {
            int distance = m.end() <= at ? at - m.end() : m.start() - at;
            if (distance < bestDistance) {
                best = m.group(1);
                bestDistance = distance;
            }
        }
        return best;
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
