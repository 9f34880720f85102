package org.dossier.analyze.quote;

import java.util.List;
import java.util.Locale;
import org.dossier.analyze.nlp.NlpDocument;
import org.dossier.analyze.nlp.Sentence;
import org.dossier.analyze.nlp.Token;
import org.dossier.analyze.quote.QuoteAnnotator.Found;
import org.dossier.model.Span;

/**
 * Reported speech in sentences without a direct quote: "X said (that) CLAUSE", "CLAUSE, X warned.",
 * "according to X, CLAUSE". The evidence is the reported clause. Stateless.
 */
final class ReportedSpeech {

    private static final int MIN_CLAUSE_WORDS = 4;
    private static final int MAX_GAP_TO_THAT = 6;

    private ReportedSpeech() {
    }

    static void find(NlpDocument doc, List<QuotedSpan> spans, People people, List<Found> found) {
        List<Token> tokens = doc.tokens();
        Lexicon lexicon = Lexicon.of(doc.language());
        List<Found> direct = List.copyOf(found);
        for (Sentence s : doc.sentences()) {
            if (overlapsDirect(direct, s.start(), s.end())) {
                continue;
            }
            int first = s.firstToken();
            int end = s.endToken();
            while (end > first && (Frames.isTerminal(tokens.get(end - 1)) || Frames.isPunctuation(tokens.get(end - 1)))) {
                end--;
            }
            if (end - first < MIN_CLAUSE_WORDS + 2) {
                continue;
            }
            Found f = trailingFrame(lexicon, tokens, first, end);
            if (f == null) {
                f = according(lexicon, tokens, first, end);
            }
            if (f == null) {
                f = leadingFrame(lexicon, tokens, first, end);
            }
            if (f != null && f.frame.mention() != null) {
                f.speaker = people.resolve(f.frame.mention(), tokens.get(f.frame.mention().first()).start());
                if (f.speaker != null) {
                    people.referTo(f.speaker, tokens.get(f.frame.mention().first()).start());
                }
            }
            if (f != null) {
                found.add(f);
            }
        }
    }

    /** "CLAUSE, X said." / "CLAUSE, said X." */
    private static Found trailingFrame(Lexicon lexicon, List<Token> tokens, int first, int end) {
        for (int c = end - 2; c > first + MIN_CLAUSE_WORDS && end - c <= 14; c--) {
            if (tokens.get(c).text().equals(",")) {
                Frame frame = Frames.after(lexicon, tokens, c + 1, end, false);
                if (frame != null && frame.end() == end && frame.mention() != null
                        && frame.mention().kind() != Mention.Kind.OTHER
                        && clause(lexicon, tokens, first, c)) {
                    return found(tokens, first, c, frame);
                }
            }
        }
        return null;
    }

    /** "according to X, CLAUSE" / "CLAUSE, according to X". */
    private static Found according(Lexicon lexicon, List<Token> tokens, int first, int end) {
        for (int k = first; k + 2 < end; k++) {
            int opening = Lexicon.phraseAt(lexicon.accordingPhrases, tokens, k, end - 1);
            if (opening > 0) {
                Mention m = NounPhrases.forward(lexicon, tokens, k + opening, end);
                if (m == null || m.kind() == Mention.Kind.OTHER || m.kind() == Mention.Kind.PRONOUN) {
                    return null;
                }
                Frame frame = new Frame(m, k, m.end());
                if (k == first && m.end() < end && tokens.get(m.end()).text().equals(",")
                        && clause(lexicon, tokens, m.end() + 1, end)) {
                    return found(tokens, m.end() + 1, end, frame);
                }
                // "Laut dem Minister ist die Lage ernst": German puts no comma after the frame.
                if (!lexicon.tagged && k == first && m.end() < end && !tokens.get(m.end()).text().equals(",")) {
                    // "D'après le ministre Bruno Le Maire, ...": capitalised words the phrase left out before a comma.
                    int c = m.end();
                    while (c < end && c - m.end() < 3 && Character.isUpperCase(tokens.get(c).text().charAt(0))) {
                        c++;
                    }
                    int from = c > m.end() && c < end && tokens.get(c).text().equals(",") ? c + 1 : m.end();
                    if (clause(lexicon, tokens, from, end)) {
                        return found(tokens, from, end, frame);
                    }
                }
                if (m.end() == end && k > first && tokens.get(k - 1).text().equals(",") && clause(lexicon, tokens, first, k - 1)) {
                    return found(tokens, first, k - 1, frame);
                }
                return null;
            }
        }
        return null;
    }

    /** "X said (on Monday) that CLAUSE" / "X told reporters CLAUSE". */
    private static Found leadingFrame(Lexicon lexicon, List<Token> tokens, int first, int end) {
        for (int v = first + 1; v < end - MIN_CLAUSE_WORDS; v++) {
            Token t = tokens.get(v);
            if (!lexicon.isVerb(t) || lexicon.isGerund(t) || lexicon.tagged && t.lemma() == null
                    || !lexicon.reportingVerbs.contains(lexicon.key(t))) {
                continue;
            }
            int k = v;
            while (k > first && (lexicon.isAdverbOrModal(tokens.get(k - 1))
                    || lexicon.perfectAuxiliaries.contains(lexicon.key(tokens.get(k - 1))))) {
                k--;
            }
            Mention m = NounPhrases.backward(lexicon, tokens, k, first);
            int after = v + 1;
            if (!lexicon.tagged) {
                // "Am Montag sagte der Minister, ...": the subject may follow the verb.
                Mention next = NounPhrases.forward(lexicon, tokens, after, end);
                if (Frames.better(lexicon, tokens, next, m)) {
                    m = next;
                    after = next.end();
                }
            }
            if (m == null || m.kind() == Mention.Kind.OTHER
                    || m.kind() == Mention.Kind.PRONOUN
                    && !lexicon.personPronouns.contains(tokens.get(m.first()).text().toLowerCase())) {
                continue;
            }
            if (lexicon.needsParticle.contains(lexicon.key(t))) {
                if (after < end
                        && lexicon.reportingParticles.contains(tokens.get(after).text().toLowerCase(Locale.ROOT))) {
                    after++;
                } else {
                    continue;
                }
            }
            Frame frame = new Frame(m, Math.min(m.first(), v), after);
            for (int j = after; j < end && j - after <= MAX_GAP_TO_THAT; j++) {
                if (lexicon.complementisers.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))
                        && (!lexicon.tagged || tokens.get(j).pos().equals("IN"))
                        && clause(lexicon, tokens, j + 1, end)) {
                    return found(tokens, j + 1, end, frame);
                }
                if (Frames.isTerminal(tokens.get(j)) || lexicon.isVerb(tokens.get(j))) {
                    break;
                }
            }
            String lemma = lexicon.key(t);
            if (!lexicon.tagged) {
                // "Sie sagte nach der Abstimmung, die Regierung werde ...": the clause follows a comma.
                for (int j = after; j < end && j - after <= MAX_GAP_TO_THAT; j++) {
                    if (Frames.isTerminal(tokens.get(j)) || lexicon.isVerb(tokens.get(j))) {
                        break;
                    }
                    if (tokens.get(j).text().equals(",") && lexicon.bareClauseVerbs.contains(lemma)
                            && clause(lexicon, tokens, j + 1, end)) {
                        return found(tokens, j + 1, end, frame);
                    }
                }
                return null;
            }
            if (lexicon.bareClauseVerbs.contains(lemma) && after < end) {
                String p = tokens.get(after).pos();
                String w = tokens.get(after).text().toLowerCase();
                boolean pronounObject = lexicon.pronounObjects.contains(w);
                if (!pronounObject && (p.equals("PRP") || p.equals("DT") || p.equals("NNP") || p.equals("EX") || p.startsWith("NN"))
                        && clause(lexicon, tokens, after, end)) {
                    return found(tokens, after, end, frame);
                }
            }
            return null;
        }
        return null;
    }

    /** Whether the words are a clause: enough of them, with a finite verb where the tags show one. */
    private static boolean clause(Lexicon lexicon, List<Token> tokens, int first, int end) {
        int words = 0;
        boolean verb = false;
        for (int k = first; k < end; k++) {
            Token t = tokens.get(k);
            if (Character.isLetterOrDigit(t.text().charAt(0))) {
                words++;
            }
            verb |= !lexicon.tagged || t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP") || t.pos().equals("MD");
        }
        return verb && words >= MIN_CLAUSE_WORDS;
    }

    private static Found found(List<Token> tokens, int first, int end, Frame frame) {
        Found f = new Found(new Span(tokens.get(first).start(), tokens.get(end - 1).end()), false);
        f.frame = frame;
        return f;
    }

    private static boolean overlapsDirect(List<Found> direct, int start, int end) {
        for (Found f : direct) {
            if (f.content.start() < end && start < f.content.end()) {
                return true;
            }
        }
        return false;
    }
}
