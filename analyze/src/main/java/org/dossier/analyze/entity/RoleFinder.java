package org.dossier.analyze.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.analyze.WordLists;
import org.dossier.analyze.nlp.NlpDocument;
import org.dossier.analyze.nlp.Token;
import org.dossier.model.EntityType;

/**
 * Job titles in an article: the roles a person is given beside their name ("US Secretary of State
 * Antony Blinken", "the Italian Foreign Minister, Luigi Di Maio", "Jens Stoltenberg, the Secretary
 * General of NATO,") and bare titles that stand for a person named elsewhere ("said the Secretary of
 * State"). A title word is any word of CoreNLP's title gazetteer; a title needs one of its head
 * words. The words titles are read with (links such as "of", determiners, clause openers) are
 * those of the article's language, from {@code roles/LANG.txt} ({@link WordLists}); a language
 * without a file has none. Thread-safe; one instance per article.
 */
final class RoleFinder {

    /** A title found in the text: its tokens, its words without nationality, its countries. */
    record Title(int firstToken, int lastToken, String text, String core, Set<String> countries) {
    }

    private static final Set<String> SECTIONS = Set.of("links", "determiners", "clause openers");

    private final NlpDocument doc;
    /** Words that link the parts of a title ("of"), of the article's language. */
    private final Set<String> links;
    /** Words before a title that are not part of it ("the"), of the article's language. */
    private final Set<String> determiners;
    /** Words besides determiners after which a title opens a phrase ("by"), of the article's language. */
    private final Set<String> clauseOpeners;
    private final AliasTable table;
    private final List<Mention> mentions;
    private final Map<Integer, String> countryTokens;
    private final Mention[] mentionAt;

    RoleFinder(NlpDocument doc, AliasTable table, List<Mention> mentions, Map<Integer, String> countryTokens) {
        this.doc = doc;
        WordLists words = WordLists.of(RoleFinder.class, "roles", doc.language(), SECTIONS);
        this.links = words.words("links");
        this.determiners = words.words("determiners");
        this.clauseOpeners = words.words("clause openers");
        this.table = table;
        this.mentions = mentions;
        this.countryTokens = countryTokens;
        this.mentionAt = new Mention[doc.tokens().size()];
        for (Mention m : mentions) {
            for (int t = m.firstToken(); t <= m.lastToken() && t < mentionAt.length; t++) {
                mentionAt[t] = m;
            }
        }
    }

    /** The titles written beside a person mention, left ("Prime Minister Kadhimi") or in apposition. */
    List<Title> rolesOf(Mention person) {
        List<Title> out = new ArrayList<>();
        List<Token> tokens = doc.tokens();
        int j = person.firstToken() - 1;
        boolean apposition = j >= 0 && tokens.get(j).text().equals(",") && sameSentence(j, person.firstToken());
        if (apposition) {
            j--;
        }
        if (j >= 0 && sameSentence(j, person.firstToken())) {
            // Right beside the name a lower-case title may stand ("his Dutch counterpart Stef
            // Blok"); further left only capitalised title words, links and nationalities do.
            int k = j;
            boolean capitalisedSeen = false;
            while (k >= 0 && sameSentence(k, j) && isTitleToken(k)) {
                boolean lower = isLowerCaseWord(k);
                if (lower && capitalisedSeen && !isLink(k)) {
                    break;
                }
                capitalisedSeen |= !lower;
                k--;
            }
            Title t = title(k + 1, j);
            if (t != null && (!apposition || startsClause(k))) {
                out.add(t);
            }
        }
        int after = person.lastToken() + 1;
        if (after + 1 < tokens.size() && tokens.get(after).text().equals(",") && sameSentence(after, person.lastToken())) {
            int a = after + 1;
            if (determiners.contains(tokens.get(a).text().toLowerCase(Locale.ROOT))) {
                a++;
            }
            if (a < tokens.size() && isLink(a)) {
                return out; // "X, and the Secretary of State, Y": the title is Y's
            }
            int b = a;
            while (b < tokens.size() && sameSentence(b, a) && isTitleToken(b)) {
                b++;
            }
            boolean closed = b >= tokens.size() || !sameSentence(b, a)
                    || Set.of(",", ".", ";", ")", ":").contains(tokens.get(b).text());
            Title t = b > a && closed ? title(a, b - 1) : null;
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /** Bare titles after "the" that no name stands beside: candidates to stand for a person. */
    List<Title> bareTitles() {
        List<Title> out = new ArrayList<>();
        List<Token> tokens = doc.tokens();
        int i = 1;
        while (i < tokens.size()) {
            if (!tokens.get(i - 1).text().equalsIgnoreCase("the") || !isTitleToken(i) || !sameSentence(i - 1, i)) {
                i++;
                continue;
            }
            int b = i;
            while (b + 1 < tokens.size() && sameSentence(b + 1, i) && isTitleToken(b + 1)) {
                b++;
            }
            // Bare titles are written capitalised ("the Secretary of State"); lower-case "the
            // president" or "the judge" too often means someone the text never names.
            int firstWord = i;
            while (firstWord < b && (countryTokens.containsKey(firstWord) || mentionAt[firstWord] != null)) {
                firstWord++;
            }
            if (!Character.isUpperCase(tokens.get(firstWord).text().codePointAt(0))) {
                i = b + 1;
                continue;
            }
            int next = b + 1;
            boolean named = next < tokens.size() && sameSentence(next, b)
                    && (isPerson(next) || tokens.get(next).text().equals(",") && next + 1 < tokens.size()
                    && isPerson(next + 1));
            Title t = named ? null : title(i, b);
            if (t != null) {
                out.add(t);
            }
            i = b + 1;
        }
        return out;
    }

    private boolean isPerson(int token) {
        Mention m = mentionAt[token];
        return m != null && m.type() == EntityType.PERSON;
    }

    private boolean startsClause(int k) {
        if (k < 0) {
            return true;
        }
        String w = doc.tokens().get(k).text().toLowerCase(Locale.ROOT);
        return determiners.contains(w) || w.equals(",") || clauseOpeners.contains(w);
    }

    private boolean sameSentence(int a, int b) {
        return doc.tokens().get(a).sentence() == doc.tokens().get(b).sentence();
    }

    /** A token that may be part of a title. */
    private boolean isTitleToken(int i) {
        Token t = doc.tokens().get(i);
        Mention m = mentionAt[i];
        if (m != null) {
            return m.type() == EntityType.COUNTRY || m.type() == EntityType.ORGANIZATION
                    || m.type() == EntityType.GROUP || m.type() == EntityType.LOCATION && countryTokens.containsKey(i);
        }
        if (countryTokens.containsKey(i)) {
            return true;
        }
        String lower = t.text().toLowerCase(Locale.ROOT);
        if (links.contains(lower)) {
            return true;
        }
        boolean capitalised = Character.isUpperCase(t.text().codePointAt(0));
        if (isTitleWord(lower) && !determiners.contains(lower)) {
            // Lower-case words count only as heads or title adjectives ("the French foreign
            // minister"); "at", "the" or "government" in running text do not.
            return capitalised || isHead(lower) && t.pos().startsWith("NN") || t.pos().equals("JJ");
        }
        // Capitalised modifiers inside a title ("Federal Foreign Minister").
        return t.ner().equals("O") && capitalised && (t.pos().startsWith("NNP") || t.pos().equals("JJ"))
                && t.text().chars().allMatch(Character::isLetter);
    }

    private boolean isLink(int i) {
        return links.contains(doc.tokens().get(i).text().toLowerCase(Locale.ROOT));
    }

    private boolean isLowerCaseWord(int i) {
        String text = doc.tokens().get(i).text();
        return mentionAt[i] == null && !countryTokens.containsKey(i) && !Character.isUpperCase(text.codePointAt(0));
    }

    private boolean isTitleWord(String lower) {
        for (String part : lower.split("-")) {
            if (!part.isEmpty() && !table.isTitleWord(part)) {
                return false;
            }
        }
        return !lower.isEmpty();
    }

    private boolean isHead(String lower) {
        String[] parts = lower.split("-");
        return parts.length > 0 && table.isTitleHead(parts[parts.length - 1]);
    }

    /** The title spanning tokens [a, b] after trimming links at both ends, or null if it has no head. */
    private Title title(int a, int b) {
        List<Token> tokens = doc.tokens();
        while (a <= b && links.contains(tokens.get(a).text().toLowerCase(Locale.ROOT))) {
            a++;
        }
        while (b >= a && links.contains(tokens.get(b).text().toLowerCase(Locale.ROOT))) {
            b--;
        }
        if (a > b) {
            return null;
        }
        boolean head = false;
        StringBuilder core = new StringBuilder();
        Set<String> countries = new TreeSet<>();
        for (int i = a; i <= b; i++) {
            String lower = tokens.get(i).text().toLowerCase(Locale.ROOT);
            String country = countryTokens.get(i);
            Mention m = mentionAt[i];
            if (country != null) {
                countries.add(country);
                continue;
            }
            if (m != null) {
                // An organisation inside a title ("Secretary General of NATO") is part of it.
                core.append(core.length() == 0 ? "" : " ").append(AliasTable.key(m.canonical() != null
                        ? m.canonical() : m.surface()));
                i = Math.max(i, m.lastToken());
                continue;
            }
            if (isHead(lower) && !isPlural(lower)) {
                head = true;
            }
            core.append(core.length() == 0 ? "" : " ").append(lower);
        }
        if (!head) {
            return null;
        }
        String normalised = core.toString().replaceAll("\\bminister (?:of|for) (\\w+) affairs\\b", "$1 minister")
                .replaceAll("\\b(?:of|and|for)$", "").strip();
        int start = tokens.get(a).start();
        int end = tokens.get(b).end();
        return new Title(a, b, doc.text().substring(start, end), normalised, countries);
    }

    /** "Ministers" is a plural of a title head, not a title of one person. */
    private boolean isPlural(String lower) {
        return lower.endsWith("s") && table.isTitleHead(lower.substring(0, lower.length() - 1));
    }

    /**
     * Whether a bare title can stand for a person with this role: its words appear in the role in
     * order, and a nationality it names is the role's, if the role names one.
     */
    static boolean fits(Title bare, Title role) {
        if (bare.core().isEmpty()) {
            return false;
        }
        if (!(" " + role.core() + " ").contains(" " + bare.core() + " ")) {
            return false;
        }
        return bare.countries().isEmpty() || role.countries().isEmpty() || role.countries().containsAll(bare.countries());
    }

    /** The bare title's tokens without the nationality and links in front: the span to cite. */
    int citedFirstToken(Title t) {
        int a = t.firstToken();
        while (a < t.lastToken() && (countryTokens.containsKey(a)
                || links.contains(doc.tokens().get(a).text().toLowerCase(Locale.ROOT)))) {
            a++;
        }
        return a;
    }

    static Set<String> texts(List<Title> titles) {
        Set<String> out = new LinkedHashSet<>();
        titles.forEach(t -> out.add(t.text()));
        return out;
    }
}
