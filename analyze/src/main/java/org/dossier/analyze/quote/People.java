package org.dossier.analyze.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.analyze.nlp.NlpDocument;
import org.dossier.analyze.nlp.Token;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Evidence;
import org.dossier.model.Speaker;

/**
 * The possible speakers of one article and how a mention resolves to one of them: names through
 * the article's entities (or, before the entity stage has run, through PERSON-tagged token runs
 * grouped by surname), titles through the roles people hold in the article, pronouns to the most
 * recent person. Not thread-safe: one instance serves one article, in text order.
 */
final class People {

    private final NlpDocument doc;
    private final Lexicon lexicon;
    private final List<Entity> entities;
    private final Map<String, Person> bySurname = new LinkedHashMap<>();
    /** Char positions (ascending as added) where a person was last referred to. */
    private final List<Reference> references = new ArrayList<>();

    private record Reference(int position, Speaker speaker) {
    }

    /** One person: its best name, its entity if resolved, and the roles the text gives it. */
    private static final class Person {
        final String surname;
        String name;
        String entityId;
        final Set<String> roles = new HashSet<>();

        Person(String surname, String name) {
            this.surname = surname;
            this.name = name;
        }

        Speaker speaker() {
            return new Speaker(entityId, name);
        }
    }

    People(NlpDocument doc, List<Entity> entities, List<QuotedSpan> quotes) {
        this.doc = doc;
        this.lexicon = Lexicon.of(doc.language());
        this.entities = entities;
        List<Token> tokens = doc.tokens();
        for (Entity e : entities) {
            if (e.type() == EntityType.PERSON) {
                Person p = person(surname(e.name()), e.name());
                p.entityId = e.id();
                p.name = e.name();
                p.roles.addAll(e.roles());
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!"PERSON".equals(tokens.get(i).ner()) || i > 0 && "PERSON".equals(tokens.get(i - 1).ner())) {
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && "PERSON".equals(tokens.get(end).ner())) {
                end++;
            }
            String name = text(i, end);
            Person p = lookup(name);
            if (p == null) {
                p = person(surname(name), name);
            } else if (p.entityId == null && name.length() > p.name.length()) {
                p.name = name;
            }
            String role = roleBefore(i);
            if (role == null) {
                role = roleAfter(end);
            }
            if (role != null) {
                p.roles.add(role);
            }
            int at = tokens.get(i).start();
            // "the Biden government", "Trump supporters": a name used as a modifier is no antecedent.
            boolean modifier = i > 0 && lexicon.articles.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT))
                    || end < tokens.size() && lexicon.isNounTag(tokens.get(end))
                    && Character.isLowerCase(tokens.get(end).text().charAt(0));
            if (!modifier && !insideQuote(quotes, at)) {
                references.add(new Reference(at, p.speaker()));
            }
        }
        references.sort((a, b) -> Integer.compare(a.position, b.position));
    }

    private Person person(String surname, String name) {
        return bySurname.computeIfAbsent(surname, s -> new Person(s, name));
    }

    /** The person a name refers to, by full name, alias or surname. */
    private Person lookup(String name) {
        for (Entity e : entities) {
            if (e.type() == EntityType.PERSON && (e.name().equalsIgnoreCase(name)
                    || e.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(name)))) {
                return bySurname.get(surname(e.name()));
            }
        }
        return bySurname.get(surname(name));
    }

    /** The speaker a mention at char position {@code at} refers to, or null if unknown. */
    Speaker resolve(Mention m, int at) {
        if (lexicon.empty) {
            // A language without word lists: no rule of another language's words names anyone.
            return null;
        }
        Speaker s = switch (m.kind()) {
            case NAME -> byName(m);
            case ORGANIZATION -> byOrganization(m);
            case TITLE -> byTitle(m, at);
            case PRONOUN -> byPronoun(m, at);
            case OTHER -> null;
        };
        return s;
    }

    /** Records that {@code speaker} was referred to at {@code at}, for later pronouns. */
    void referTo(Speaker speaker, int at) {
        if (speaker != null) {
            int k = references.size();
            while (k > 0 && references.get(k - 1).position > at) {
                k--;
            }
            references.add(k, new Reference(at, speaker));
        }
    }

    private Speaker byName(Mention m) {
        Entity e = entityAt(m.headFirst(), m.headEnd(), true);
        if (e != null) {
            return new Speaker(e.id(), e.name());
        }
        Person p = lookup(text(m.headFirst(), m.headEnd()));
        return p == null ? new Speaker(null, text(m.headFirst(), m.headEnd())) : p.speaker();
    }

    private Speaker byOrganization(Mention m) {
        Entity e = entityAt(m.headFirst(), m.headEnd(), false);
        return e != null ? new Speaker(e.id(), e.name()) : new Speaker(null, text(m.headFirst(), m.headEnd()));
    }

    private Entity entityAt(int first, int end, boolean person) {
        int s = doc.tokens().get(first).start();
        int t = doc.tokens().get(end - 1).end();
        for (Entity e : entities) {
            if ((e.type() == EntityType.PERSON) != person) {
                continue;
            }
            for (Evidence ev : e.mentions()) {
                if (ev.start() < t && s < ev.end()) {
                    return e;
                }
            }
        }
        String name = text(first, end);
        for (Entity e : entities) {
            if ((e.type() == EntityType.PERSON) == person && (e.name().equalsIgnoreCase(name)
                    || e.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(name)))) {
                return e;
            }
        }
        return null;
    }

    private Speaker byPronoun(Mention m, int at) {
        String w = doc.tokens().get(m.first()).text().toLowerCase(Locale.ROOT);
        if (!lexicon.personPronouns.contains(w)) {
            return null;
        }
        for (int k = references.size() - 1; k >= 0; k--) {
            if (references.get(k).position < at) {
                return references.get(k).speaker;
            }
        }
        return null;
    }

    /** The person whose role best matches a title, the most recently referred one on a tie. */
    private Speaker byTitle(Mention m, int at) {
        List<String> words = words(text(m.headFirst(), m.headEnd()));
        Set<String> qualifiers = qualifiers(text(m.headFirst(), m.headEnd()));
        int best = 0;
        List<Person> winners = new ArrayList<>();
        for (Person p : bySurname.values()) {
            int score = 0;
            for (String role : p.roles) {
                score = Math.max(score, match(words, qualifiers, role));
            }
            if (score > best) {
                best = score;
                winners.clear();
            }
            if (score == best && score > 0) {
                winners.add(p);
            }
        }
        if (winners.isEmpty()) {
            return new Speaker(null, text(m.headFirst(), m.headEnd()));
        }
        if (winners.size() == 1) {
            return winners.get(0).speaker();
        }
        for (int k = references.size() - 1; k >= 0; k--) {
            Reference r = references.get(k);
            if (r.position < at) {
                for (Person p : winners) {
                    if (p.speaker().equals(r.speaker)) {
                        return r.speaker;
                    }
                }
            }
        }
        return null;
    }

    private int match(List<String> title, Set<String> qualifiers, String role) {
        List<String> roleWords = words(role);
        Set<String> roleQualifiers = qualifiers(role);
        if (!qualifiers.isEmpty() && !roleQualifiers.isEmpty()
                && qualifiers.stream().noneMatch(roleQualifiers::contains)) {
            return 0;
        }
        boolean head = false;
        int score = 0;
        for (String w : title) {
            if (roleWords.contains(w) || !lexicon.tagged && endsCompound(roleWords, w)) {
                score++;
                head |= lexicon.titles.contains(w);
            }
        }
        return head ? score : 0;
    }

    /** Whether a role word is a compound ending in {@code w}: "der Kanzler" is the "Bundeskanzler". */
    private static boolean endsCompound(List<String> roleWords, String w) {
        return w.length() >= 4 && roleWords.stream().anyMatch(r -> r.length() > w.length() && r.endsWith(w));
    }

    private List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}.]+")) {
            if (!w.isEmpty() && !lexicon.phraseLinks.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Words that say whose title it is: "US", "French", "Spanish". */
    private Set<String> qualifiers(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.split("[^\\p{L}.]+")) {
            if (w.length() >= 2 && Character.isUpperCase(w.charAt(0))) {
                String lower = w.toLowerCase(Locale.ROOT);
                boolean demonym = lower.endsWith("ish") || lower.endsWith("ian") || lower.endsWith("ese")
                        || lower.endsWith("ch") || lower.endsWith("can") || lower.endsWith("man");
                boolean acronym = w.replace(".", "").length() <= 3 && w.replace(".", "").chars().allMatch(Character::isUpperCase);
                if ((demonym && !lexicon.titles.contains(lower)) || acronym) {
                    out.add(lower.replace(".", ""));
                }
            }
        }
        return out;
    }

    private String roleBefore(int first) {
        int end = first;
        if (end > 0 && doc.tokens().get(end - 1).text().equals(",")) {
            end--;
        }
        Mention m = NounPhrases.backward(lexicon, doc.tokens(), end, Math.max(0, end - 10));
        return m != null && m.kind() == Mention.Kind.TITLE ? text(m.headFirst(), m.headEnd()) : null;
    }

    private String roleAfter(int end) {
        List<Token> tokens = doc.tokens();
        if (end >= tokens.size() || !tokens.get(end).text().equals(",")) {
            return null;
        }
        Mention m = NounPhrases.forward(lexicon, tokens, end + 1, Math.min(tokens.size(), end + 12));
        return m != null && m.kind() == Mention.Kind.TITLE ? text(m.headFirst(), m.headEnd()) : null;
    }

    private String text(int first, int end) {
        return doc.text().substring(doc.tokens().get(first).start(), doc.tokens().get(end - 1).end());
    }

    private static String surname(String name) {
        String[] parts = name.trim().split("\\s+");
        return parts[parts.length - 1].toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
    }

    static boolean insideQuote(List<QuotedSpan> quotes, int at) {
        for (QuotedSpan q : quotes) {
            if (q.open() < at && at < q.close()) {
                return true;
            }
        }
        return false;
    }
}
