package org.dossier.analyze.quote;

import java.util.List;
import java.util.Locale;
import org.dossier.analyze.nlp.Token;

/**
 * Finds the frame that attributes a quote: after it ("...," said Blinken / "...," he added),
 * before it (Blinken said: "..." / He emphasized that "..." / For Sophie Wilmès, "..."), or in an
 * introducing sentence (X issued the following statement:). Stateless.
 */
final class Frames {

    private static final int MAX_APPOSITION = 24;
    private static final int MAX_VERB_DISTANCE = 16;

    private Frames() {
    }

    /**
     * The frame right after a quote: tokens from {@code i} up to {@code limit}.
     *
     * @param newSentence whether the quote ended its sentence; then the frame must end one too
     */
    static Frame after(Lexicon lexicon, List<Token> tokens, int i, int limit, boolean newSentence) {
        boolean dash = false;
        while (i < limit && isPunctuation(tokens.get(i))) {
            dash |= isDash(tokens.get(i).text());
            i++;
        }
        if (!lexicon.tagged) {
            // "a déclaré le ministre", "ha detto": the auxiliary of a compound past before the verb.
            while (i + 1 < limit && lexicon.perfectAuxiliaries.contains(lexicon.key(tokens.get(i)))
                    && isSpeechVerb(lexicon, tokens, i + 1)) {
                i++;
            }
        }
        if (i >= limit) {
            return null;
        }
        if (dash) {
            // "..." ― Stephanie Egan: a byline-like attribution ending the paragraph.
            Mention m = NounPhrases.forward(lexicon, tokens, i, limit);
            if (m != null && m.kind() == Mention.Kind.NAME && (m.end() == limit || isTerminal(tokens.get(m.end())))) {
                return new Frame(m, i, m.end());
            }
        }
        Frame f = null;
        // "said X" names the speaker, "told X" and "asked X" the one spoken to.
        boolean addressee = lexicon.addresseeVerbs.contains(lexicon.key(tokens.get(i)));
        int verbEnd = lexicon.isGerund(tokens.get(i)) || addressee ? -1
                : speechVerbEnd(lexicon, tokens, i, limit, true);
        if (verbEnd > 0 && !lexicon.tagged && verbEnd < limit && tokens.get(verbEnd).text().equals("-")) {
            // "dit-il": the tokenizer keeps the hyphen of the inverted subject apart.
            verbEnd++;
        }
        if (verbEnd > 0) {
            Mention m = NounPhrases.forward(lexicon, tokens, verbEnd, limit);
            if (m != null && m.kind() != Mention.Kind.OTHER
                    && (m.kind() != Mention.Kind.PRONOUN || isPersonPronoun(lexicon, tokens, m))) {
                f = new Frame(m, i, m.end());
            }
        } else {
            Mention m = NounPhrases.forward(lexicon, tokens, i, limit);
            if (m != null) {
                int j = skipParenthesis(tokens, m.end(), limit);
                for (int round = 0; round < 2; round++) {
                    j = skipAdverbs(lexicon, tokens, j, limit);
                    j = skipApposition(tokens, j, limit);
                }
                j = skipAdverbs(lexicon, tokens, j, limit);
                int end = tokens.size() > j && j < limit && !lexicon.isGerund(tokens.get(j))
                        ? speechVerbEnd(lexicon, tokens, j, limit, false) : -1;
                if (end > 0) {
                    f = new Frame(m, i, end);
                }
            }
        }
        if (f != null && newSentence && f.end() < limit && !isTerminal(tokens.get(f.end()))) {
            return null;
        }
        return f;
    }

    /**
     * The frame in the words of a quote's sentence before it, tokens {@code [from, open)}; null if
     * none. {@code partial} frames (Blinken said the plan was "...") are left to reported speech.
     */
    static Frame before(Lexicon lexicon, List<Token> tokens, int from, int open) {
        if (open <= from) {
            return null;
        }
        Token last = tokens.get(open - 1);
        String lastText = last.text();
        boolean intro = lastText.equals(":") || lastText.equals(",")
                || lexicon.complementisers.contains(lastText.toLowerCase(Locale.ROOT))
                || isSpeechVerb(lexicon, tokens, open - 1) || isDash(lastText);
        if (!intro) {
            return null;
        }
        for (int v = open - 1; v >= from && open - v <= MAX_VERB_DISTANCE; v--) {
            if (isSpeechVerb(lexicon, tokens, v)) {
                Frame f = subjectOf(lexicon, tokens, from, v, open);
                if (f == null && lexicon.isGerund(tokens.get(v))) {
                    // "Trump attacked Clinton ..., saying, ...": the speaker is the clause's subject.
                    Mention m = firstSubject(lexicon, tokens, from, v);
                    f = m == null ? null : new Frame(m, m.first(), v + 1);
                }
                if (f != null) {
                    return f;
                }
            }
        }
        // "For Sophie Wilmès, ..." / "According to X, ..."
        int opening = Math.max(Lexicon.phraseAt(lexicon.opinionOpenings, tokens, from, open),
                Lexicon.phraseAt(lexicon.accordingPhrases, tokens, from, open));
        int k = opening > 0 ? from + opening : -1;
        if (k > 0) {
            Mention m = NounPhrases.forward(lexicon, tokens, k, open);
            if (m != null && m.end() == open - 1 && lastText.equals(",") && m.kind() != Mention.Kind.OTHER) {
                return new Frame(m, from, open);
            }
        }
        if (lastText.equals(":")) {
            // "Darrell Scott: '...'", a headline's speaker.
            Mention whole = NounPhrases.forward(lexicon, tokens, from, open);
            if (whole != null && whole.end() == open - 1 && whole.kind() == Mention.Kind.NAME) {
                return new Frame(whole, from, open);
            }
            // "Sophie Wilmès is also pleased with ...: ": the subject of the introducing clause.
            Mention m = firstSubject(lexicon, tokens, from, open);
            if (m != null && m.kind() != Mention.Kind.ORGANIZATION) {
                return new Frame(m, m.first(), open);
            }
        }
        return null;
    }

    /** The speaker of a speech verb at {@code v}: the phrase before it, or after it when it leads. */
    private static Frame subjectOf(Lexicon lexicon, List<Token> tokens, int from, int v, int open) {
        int k = v;
        while (k > from && lexicon.isAdverbOrModal(tokens.get(k - 1))) {
            k--;
        }
        if (k > from && tokens.get(k - 1).text().equals(")")) {
            int o = k - 1;
            while (o > from && k - o <= 8 && !tokens.get(o).text().equals("(")) {
                o--;
            }
            if (tokens.get(o).text().equals("(")) {
                k = o;
            }
        }
        if (k > from && tokens.get(k - 1).text().equals(",")) {
            // "Caddell, a longtime pollster, said"
            int c = k - 2;
            while (c > from && k - c <= MAX_APPOSITION && !tokens.get(c).text().equals(",")) {
                c--;
            }
            if (c > from && tokens.get(c).text().equals(",")) {
                Mention m = NounPhrases.backward(lexicon, tokens, c, from);
                if (m != null && m.kind() == Mention.Kind.NAME) {
                    return new Frame(m, m.first(), v + 1);
                }
            }
        }
        Mention m = NounPhrases.backward(lexicon, tokens, k, from);
        if (!lexicon.tagged) {
            // "Am Montag sagte der Minister: ...": the subject may follow the verb.
            Mention next = NounPhrases.forward(lexicon, tokens, v + 1, open);
            if (better(lexicon, tokens, next, m)) {
                return new Frame(next, v, next.end());
            }
        }
        if (m != null && m.kind() != Mention.Kind.OTHER) {
            return new Frame(m, m.first(), v + 1);
        }
        int after = speechVerbEnd(lexicon, tokens, v, open, false);
        Mention next = after > 0 ? NounPhrases.forward(lexicon, tokens, after, open) : null;
        if (next != null && next.kind() != Mention.Kind.OTHER && next.kind() != Mention.Kind.PRONOUN) {
            return new Frame(next, v, next.end());
        }
        return null;
    }

    /**
     * The frame of a sentence that introduces what follows: "Caddell continued:", "X issued the
     * following statement:", "..., warns the Spanish Minister of Foreign Affairs." Tokens
     * {@code [from, end)}.
     */
    static Frame intro(Lexicon lexicon, List<Token> tokens, int from, int end) {
        for (int v = end - 1; v >= from; v--) {
            if ((isSpeechVerb(lexicon, tokens, v) || isStatementVerb(lexicon, tokens, v))
                    && !lexicon.isGerund(tokens.get(v))
                    && !lexicon.isNounTag(tokens.get(v))) {
                Frame f = subjectOf(lexicon, tokens, from, v, end);
                if (f != null && f.mention().kind() != Mention.Kind.OTHER) {
                    return f;
                }
            }
        }
        return null;
    }

    /**
     * Whether {@code a} names a speaker more surely than {@code b}: a tagged person's name over a
     * title or a person pronoun, those over an organisation or a capitalised word taken for a name.
     */
    static boolean better(Lexicon lexicon, List<Token> tokens, Mention a, Mention b) {
        return rank(lexicon, tokens, a) > rank(lexicon, tokens, b);
    }

    private static int rank(Lexicon lexicon, List<Token> tokens, Mention m) {
        if (m == null) {
            return 0;
        }
        return switch (m.kind()) {
            case NAME -> "PERSON".equals(tokens.get(m.headFirst()).ner()) ? 4
                    : m.headEnd() - m.headFirst() == 1 && opensSentence(tokens, m.headFirst()) ? 1 : 2;
            case TITLE -> 3;
            case PRONOUN -> isPersonPronoun(lexicon, tokens, m) ? 3 : 0;
            case ORGANIZATION -> 1;
            case OTHER -> 0;
        };
    }

    /** Whether token {@code k} opens its sentence, where every word is capitalised. */
    private static boolean opensSentence(List<Token> tokens, int k) {
        return k == 0 || tokens.get(k - 1).sentence() != tokens.get(k).sentence() || isTerminal(tokens.get(k - 1))
                || tokens.get(k - 1).text().equals(":") || QuoteMarks.isMark(tokens.get(k - 1).text().charAt(0));
    }

    private static boolean isStatementVerb(Lexicon lexicon, List<Token> tokens, int v) {
        return lexicon.isVerb(tokens.get(v)) && lexicon.statementVerbs.contains(lexicon.key(tokens.get(v)));
    }

    /** Index after a speech verb (with its particle) starting at {@code i}, or -1. */
    static int speechVerbEnd(Lexicon lexicon, List<Token> tokens, int i, int limit, boolean allowNoun) {
        if (i >= limit || !isSpeechVerb(lexicon, tokens, i)
                || !allowNoun && lexicon.isNounTag(tokens.get(i)) && !isSaid(lexicon, tokens.get(i))) {
            return -1;
        }
        String lemma = lexicon.key(tokens.get(i));
        if (lexicon.needsParticle.contains(lemma)) {
            String particle = i + 1 < limit ? tokens.get(i + 1).text().toLowerCase() : "";
            if (lexicon.speechParticles.contains(particle)
                    || lexicon.particlePhrases.contains(lemma + " " + particle)) {
                return i + 2;
            }
            return -1;
        }
        return i + 1;
    }

    static boolean isSpeechVerb(Lexicon lexicon, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (isSaid(lexicon, t)) {
            return true;
        }
        if (!lexicon.tagged) {
            return lexicon.speechVerbs.contains(lexicon.key(t));
        }
        if (!t.pos().startsWith("VB") && !(t.pos().startsWith("NN") && t.text().endsWith("s")
                && lexicon.isSpeechLemma(t.lemma()) && Character.isLowerCase(t.text().charAt(0)))) {
            return false;
        }
        // "points out", "comments": present-tense speech verbs that the tagger takes for plural nouns.
        return lexicon.isSpeechLemma(t.lemma());
    }

    /** "said"/"says", which the tagger sometimes takes for a name when capitalised ("Said Ellis:"). */
    private static boolean isSaid(Lexicon lexicon, Token t) {
        return lexicon.saidForms.contains(t.text().toLowerCase());
    }

    private static boolean isPersonPronoun(Lexicon lexicon, List<Token> tokens, Mention m) {
        return lexicon.personPronouns.contains(tokens.get(m.first()).text().toLowerCase());
    }

    private static int skipAdverbs(Lexicon lexicon, List<Token> tokens, int j, int limit) {
        while (j < limit && lexicon.isAdverbOrModal(tokens.get(j))) {
            j++;
        }
        return j;
    }

    private static int skipApposition(List<Token> tokens, int j, int limit) {
        if (j < limit && tokens.get(j).text().equals(",")) {
            for (int k = j + 1; k < limit && k - j <= MAX_APPOSITION; k++) {
                if (tokens.get(k).text().equals(",")) {
                    return k + 1;
                }
                if (isTerminal(tokens.get(k))) {
                    break;
                }
            }
        }
        return j;
    }

    /** The first name, title or pronoun in {@code [from, to)} that a verb follows: a clause's subject. */
    static Mention firstSubject(Lexicon lexicon, List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            Mention m = NounPhrases.forward(lexicon, tokens, k, to);
            if (m == null) {
                continue;
            }
            if (m.kind() != Mention.Kind.OTHER) {
                int j = m.end();
                if (!lexicon.tagged && j < to && NounPhrases.isQuoteMark(tokens.get(j))) {
                    j++;
                }
                j = skipParenthesis(tokens, j, to);
                j = skipApposition(tokens, j, to);
                j = skipAdverbs(lexicon, tokens, j, to);
                if (j < to && (lexicon.isVerbOrModal(tokens.get(j)) || untaggedVerb(lexicon, tokens, m, j))) {
                    // "So sagt Herr Professor Schäffle ...:": untagged, the subject may follow the verb.
                    Mention next = lexicon.tagged ? null : NounPhrases.forward(lexicon, tokens, j + 1, to);
                    return better(lexicon, tokens, next, m) ? next : m;
                }
            }
            k = m.end() - 1;
        }
        return null;
    }

    /**
     * Untagged, the lower-case word after a person's name, title or pronoun (past its appositions)
     * is taken for its verb: "Marta Quintela, que presidió las negociaciones, defendió el acuerdo:".
     */
    private static boolean untaggedVerb(Lexicon lexicon, List<Token> tokens, Mention m, int j) {
        if (lexicon.tagged || rank(lexicon, tokens, m) < 3) {
            return false;
        }
        String w = tokens.get(j).text();
        String lower = w.toLowerCase(Locale.ROOT);
        return Character.isLowerCase(w.charAt(0)) && !lexicon.phraseLinks.contains(lower)
                && !lexicon.determiners.contains(lower) && !lexicon.complementisers.contains(lower)
                && !lexicon.otherPronouns.contains(lower);
    }

    private static int skipParenthesis(List<Token> tokens, int j, int limit) {
        if (j < limit && tokens.get(j).text().equals("(")) {
            for (int k = j + 1; k < limit && k - j <= 8; k++) {
                if (tokens.get(k).text().equals(")")) {
                    return k + 1;
                }
            }
        }
        return j;
    }

    private static boolean isDash(String s) {
        return s.equals("—") || s.equals("―") || s.equals("–") || s.equals("--") || s.equals("-");
    }

    static boolean isPunctuation(Token t) {
        String s = t.text();
        return !s.isEmpty() && !Character.isLetterOrDigit(s.charAt(0)) && !isTerminal(t);
    }

    static boolean isTerminal(Token t) {
        String s = t.text();
        return s.equals(".") || s.equals("!") || s.equals("?");
    }
}
