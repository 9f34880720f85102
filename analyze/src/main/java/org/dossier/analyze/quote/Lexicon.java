package org.dossier.analyze.quote;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dossier.analyze.WordLists;
import org.dossier.analyze.nlp.Token;

/**
 * Word lists the quotation rules read: speech verbs, titles, pronouns, and the small words of
 * attribution frames ("said", "according to", "that"). One per language, read from
 * {@code lexicon/LANG.txt} beside this class ({@link WordLists}); a language without a file has
 * empty lists, so no verb of it introduces speech and no word of it is a title or a pronoun.
 *
 * <p><b>Tags or forms.</b> The pipeline tags and lemmatises every text as English, so only an
 * English (or language-less) lexicon reads part-of-speech tags and lemmas; the others are {@link
 * #tagged untagged}: their verb lists hold inflected forms ("sagte", "a déclaré" as "déclaré",
 * "заявил"), compared with the token's text, and the predicates below answer from the word lists
 * and capitalisation instead of the English tagger's guesses. Immutable and thread-safe.
 */
final class Lexicon {

    private static final Set<String> SECTIONS = Set.of("speech verbs", "particle verbs", "reporting verbs",
            "titles", "person pronouns", "other pronouns", "determiners", "said forms", "addressee verbs",
            "statement verbs", "speech particles", "particle phrases", "reporting particles", "complementisers",
            "opinion openings", "according phrases", "perfect auxiliaries", "bare clause verbs", "pronoun objects",
            "phrase links", "title links", "articles");
    private static final Map<String, Lexicon> LOADED = new ConcurrentHashMap<>();

    /** Whether the rules may read the tokens' part-of-speech tags and lemmas (English). */
    final boolean tagged;
    /** Whether the language has no word lists at all. */
    final boolean empty;

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
    /** Forms of "say" that are speech verbs whatever their tag. */
    final Set<String> saidForms;
    /** Speech verbs whose object is the one spoken to ("told X"). */
    final Set<String> addresseeVerbs;
    /** Verbs of a sentence introducing a statement ("issued the following statement:"). */
    final Set<String> statementVerbs;
    /** Particles that make a speech verb of a particle verb ("point out"). */
    final Set<String> speechParticles;
    /** A particle verb and a particle only it takes, as "verb particle" ("put it"). */
    final Set<String> particlePhrases;
    /** The particles a particle verb takes before a reported clause. */
    final Set<String> reportingParticles;
    /** Words that open a reported clause ("that"). */
    final Set<String> complementisers;
    /** Phrases that open "For X, ...", as lists of words. */
    final List<List<String>> opinionOpenings;
    /** Phrases that open "According to X, ...", as lists of words. */
    final List<List<String>> accordingPhrases;
    /** Lemmas of auxiliaries between a speaker and the speech verb. */
    final Set<String> perfectAuxiliaries;
    /** Reporting verbs that take a clause without a complementiser. */
    final Set<String> bareClauseVerbs;
    /** Words after such a verb that are its object, not a clause. */
    final Set<String> pronounObjects;
    /** Words that link the parts of a name or title phrase. */
    final Set<String> phraseLinks;
    /** Words after a title head that continue the title ("of"). */
    final Set<String> titleLinks;
    /** Articles inside a name or title phrase. */
    final Set<String> articles;

    private Lexicon(WordLists lists) {
        tagged = lists.language().isEmpty() || lists.language().equals("en");
        empty = lists.isEmpty();
        speechVerbs = lists.words("speech verbs");
        needsParticle = lists.words("particle verbs");
        reportingVerbs = lists.words("reporting verbs");
        titles = lists.words("titles");
        personPronouns = lists.words("person pronouns");
        otherPronouns = lists.words("other pronouns");
        determiners = lists.words("determiners");
        saidForms = lists.words("said forms");
        addresseeVerbs = lists.words("addressee verbs");
        statementVerbs = lists.words("statement verbs");
        speechParticles = lists.words("speech particles");
        particlePhrases = lists.words("particle phrases");
        reportingParticles = lists.words("reporting particles");
        complementisers = lists.words("complementisers");
        opinionOpenings = phrases(lists.words("opinion openings"));
        accordingPhrases = phrases(lists.words("according phrases"));
        perfectAuxiliaries = lists.words("perfect auxiliaries");
        bareClauseVerbs = lists.words("bare clause verbs");
        pronounObjects = lists.words("pronoun objects");
        phraseLinks = lists.words("phrase links");
        titleLinks = lists.words("title links");
        articles = lists.words("articles");
    }

    private static List<List<String>> phrases(Set<String> entries) {
        return entries.stream().sorted().map(e -> List.of(e.split(" "))).toList();
    }

    /** The lexicon of {@code language} (an ISO 639-1 code, or null if unknown). */
    static Lexicon of(String language) {
        WordLists lists = WordLists.of(Lexicon.class, "lexicon", language, SECTIONS);
        return LOADED.computeIfAbsent(lists.language(), k -> new Lexicon(lists));
    }

    boolean isSpeechLemma(String lemma) {
        return lemma != null && speechVerbs.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** The word the verb lists are compared with: the lemma when tagged, else the form; lower case, never null. */
    String key(Token t) {
        String w = tagged ? t.lemma() : t.text();
        return w == null ? "" : w.toLowerCase(Locale.ROOT);
    }

    /** A verb: tagged so, or a form of the verb lists. */
    boolean isVerb(Token t) {
        if (tagged) {
            return t.pos().startsWith("VB");
        }
        String k = key(t);
        return speechVerbs.contains(k) || reportingVerbs.contains(k) || statementVerbs.contains(k)
                || perfectAuxiliaries.contains(k);
    }

    /** A verb or modal, as a clause's subject is followed by. */
    boolean isVerbOrModal(Token t) {
        return isVerb(t) || tagged && t.pos().equals("MD");
    }

    /** A gerund ("saying"); untagged languages have none the rules can see. */
    boolean isGerund(Token t) {
        return tagged && t.pos().equals("VBG");
    }

    /** A common or proper noun by its tag; untagged languages have none the rules can see. */
    boolean isNounTag(Token t) {
        return tagged && t.pos().startsWith("NN");
    }

    /** An adverb or modal between a speaker and its verb; untagged languages have none the rules can see. */
    boolean isAdverbOrModal(Token t) {
        return tagged && (t.pos().startsWith("RB") || t.pos().equals("MD"));
    }

    /**
     * A word of a name or title phrase by its shape: a noun or adjective when tagged; when not, a
     * capitalised word, a title or a hyphen.
     */
    boolean isPhraseWord(Token t) {
        if (tagged) {
            String pos = t.pos();
            return pos.startsWith("NN") || pos.equals("JJ") || pos.equals("POS") || pos.equals("HYPH");
        }
        String w = t.text();
        int apostrophe = Math.max(w.indexOf('\''), w.indexOf('’'));
        if (apostrophe > 0 && apostrophe + 1 < w.length() && Character.isUpperCase(w.charAt(apostrophe + 1))) {
            // "l'Intérieur", "dell'Economia": the tokenizer keeps the elided article on the name.
            return true;
        }
        return Character.isUpperCase(w.charAt(0)) && !personPronouns.contains(w.toLowerCase(Locale.ROOT))
                && !otherPronouns.contains(w.toLowerCase(Locale.ROOT))
                || titles.contains(w.toLowerCase(Locale.ROOT)) || w.equals("-");
    }

    /** A proper noun by its tag, or, untagged, a capitalised word that is no title, determiner or pronoun. */
    boolean isProperNoun(Token t) {
        if (tagged) {
            return t.pos().equals("NNP");
        }
        String w = t.text();
        String lower = w.toLowerCase(Locale.ROOT);
        return Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(0)) && !titles.contains(lower)
                && !determiners.contains(lower) && !personPronouns.contains(lower) && !otherPronouns.contains(lower);
    }

    /**
     * The number of tokens of the longest of {@code phrases} written at token {@code k} (case
     * ignored) and ending before {@code limit}; 0 when none is.
     */
    static int phraseAt(List<List<String>> phrases, List<Token> tokens, int k, int limit) {
        int best = 0;
        for (List<String> phrase : phrases) {
            int n = phrase.size();
            if (n <= best || k + n > limit) {
                continue;
            }
            boolean all = true;
            for (int i = 0; i < n && all; i++) {
                all = tokens.get(k + i).text().equalsIgnoreCase(phrase.get(i));
            }
            if (all) {
                best = n;
            }
        }
        return best;
    }
}
