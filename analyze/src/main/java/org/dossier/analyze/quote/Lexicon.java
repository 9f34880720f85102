package org.dossier.analyze.quote;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dossier.analyze.WordLists;

/**
 * Word lists the quotation rules read: speech verbs, titles, pronouns. One per language, read from
 * {@code lexicon/LANG.txt} beside this class ({@link WordLists}); a language without a file has
 * empty lists, so no verb of it introduces speech and no word of it is a title or a pronoun.
 * Immutable and thread-safe.
 */
final class Lexicon {

    private static final Set<String> SECTIONS = Set.of("speech verbs", "particle verbs", "reporting verbs",
            "titles", "person pronouns", "other pronouns", "determiners");
    private static final Map<String, Lexicon> LOADED = new ConcurrentHashMap<>();

    /** Lemmas of verbs that introduce what someone said or wrote. */
    final Set<String> speechVerbs;
    /** Speech verbs that need a particle to mean speech ("point out", "go on"). */
    final Set<String> needsParticle;
    /** Verbs that introduce reported speech with a content clause ("warned that ..."). */
    final Set<String> reportingVerbs;
    /** Head words of titles and functions that name a person. */
    final Set<String> titles;
    /** Pronouns that refer to one person. */
    final Set<String> personPronouns;
    /** Pronouns that cannot be resolved to one named speaker here. */
    final Set<String> otherPronouns;
    /** Words that may open a speaker's noun phrase. */
    final Set<String> determiners;

    private Lexicon(WordLists lists) {
        speechVerbs = lists.words("speech verbs");
        needsParticle = lists.words("particle verbs");
        reportingVerbs = lists.words("reporting verbs");
        titles = lists.words("titles");
        personPronouns = lists.words("person pronouns");
        otherPronouns = lists.words("other pronouns");
        determiners = lists.words("determiners");
    }

    /** The lexicon of {@code language} (an ISO 639-1 code, or null if unknown). */
    static Lexicon of(String language) {
        WordLists lists = WordLists.of(Lexicon.class, "lexicon", language, SECTIONS);
        return LOADED.computeIfAbsent(lists.language(), k -> new Lexicon(lists));
    }

    boolean isSpeechLemma(String lemma) {
        return lemma != null && speechVerbs.contains(lemma.toLowerCase(Locale.ROOT));
    }
}
