package org.dossier.analyze.quote;

import java.util.Arrays;
import java.util.Set;

/** Word lists the rules read: speech verbs, titles, pronouns. English only. */
final class Lexicon {

    /** Lemmas of verbs that introduce what someone said or wrote. */
    static final Set<String> SPEECH_VERBS = words(
            "say", "tell", "add", "state", "stress", "note", "warn", "insist", "argue", "explain", "continue",
            "assure", "emphasize", "emphasise", "comment", "declare", "announce", "write", "tweet", "ask", "reply",
            "answer", "recall", "acknowledge", "admit", "claim", "suggest", "urge", "conclude", "observe", "remark",
            "underline", "underscore", "affirm", "confirm", "predict", "vow", "promise", "joke", "complain", "quip",
            "respond", "repeat", "reiterate", "testify", "shout", "exclaim", "whisper", "caution", "contend",
            "maintain", "mention", "recount", "report", "concede", "boast", "lament", "allege", "charge", "counter",
            "retort", "scoff", "grumble", "muse", "wonder", "proclaim", "indicate", "clarify", "elaborate", "point",
            "posit", "opine", "declare", "thunder", "fume", "cry", "yell", "tout", "assert", "explain", "pledge",
            "reason", "surmise", "sigh", "laugh", "stat", "begin", "go", "demand", "deny", "inform", "advise",
            "counsel", "sing", "chant", "text", "email", "implore", "plead", "recommend", "threaten", "acknowledge", "specify", "accuse", "echo");

    /** Speech verbs that need a particle to mean speech ("point out", "go on"). */
    static final Set<String> NEEDS_PARTICLE = words("point", "go", "begin");

    /** Verbs that introduce reported speech with a content clause ("warned that ..."). */
    static final Set<String> REPORTING_VERBS = words(
            "say", "tell", "add", "state", "stress", "note", "warn", "insist", "argue", "explain", "assure",
            "emphasize", "emphasise", "declare", "announce", "write", "tweet", "recall", "acknowledge", "admit",
            "claim", "suggest", "conclude", "observe", "remark", "underline", "underscore", "affirm", "confirm",
            "predict", "vow", "promise", "complain", "respond", "reply", "repeat", "reiterate", "testify",
            "caution", "contend", "maintain", "mention", "concede", "boast", "allege", "charge", "counter",
            "proclaim", "indicate", "clarify", "point", "assert", "pledge", "deny", "inform", "report");

    /** Head words of titles and functions that name a person. */
    static final Set<String> TITLES = words(
            "secretary", "minister", "president", "chancellor", "premier", "spokesman", "spokeswoman",
            "spokesperson", "senator", "governor", "mayor", "chairman", "chairwoman", "chair", "director",
            "ambassador", "envoy", "official", "officials", "commissioner", "chief", "head", "leader", "king",
            "queen", "prince", "pope", "general", "commander", "representative", "congressman", "congresswoman",
            "candidate", "nominee", "manager", "adviser", "advisor", "aide", "lawyer", "attorney", "judge",
            "speaker", "sheriff", "professor", "analyst", "expert", "economist", "strategist", "pollster",
            "founder", "executive", "ceo", "deputy", "vice", "rep.", "sen.", "gov.", "dr.", "mr.", "mrs.", "ms.",
            "diplomat", "counterpart", "colleague", "host", "author", "researcher", "activist", "organizer",
            "member", "correspondent", "reporter", "journalist", "editor", "source", "sources", "owner",
            "father", "mother", "wife", "husband", "son", "daughter", "friend", "supporter", "voter", "woman",
            "man", "resident", "student", "officer", "agent", "prosecutor", "nominee", "surrogate", "operative",
            "consultant", "scholar", "historian", "scientist", "campaign", "secretary-general", "emir", "sheikh");

    /** Pronouns that refer to one person. */
    static final Set<String> PERSON_PRONOUNS = words("he", "she");

    /** Pronouns that cannot be resolved to one named speaker here. */
    static final Set<String> OTHER_PRONOUNS = words("they", "we", "i", "you", "it", "who", "which");

    static final Set<String> DETERMINERS = words("the", "a", "an", "his", "her", "their", "its", "our", "this",
            "that", "one", "another");

    private Lexicon() {
    }

    /** Lists may repeat a word (kept readable by theme); the set drops repeats. */
    private static Set<String> words(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    static boolean isSpeechLemma(String lemma) {
        return lemma != null && SPEECH_VERBS.contains(lemma.toLowerCase());
    }
}
