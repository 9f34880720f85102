package org.dossier.analyze.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.analyze.AnnotationContext;
import org.dossier.analyze.Annotator;
import org.dossier.analyze.nlp.NlpDocument;
import org.dossier.analyze.nlp.Token;
import org.dossier.model.Evidence;
import org.dossier.model.Quote;
import org.dossier.model.Span;
import org.dossier.model.Speaker;

/**
 * Finds quotations and their speakers by rules over quotation marks, speech verbs and the
 * article's people; no parser, no coreference.
 *
 * <ul>
 *   <li>Direct quotes: the words between top-level quotation marks, without the marks and a trailing
 *   comma. A quote split around its frame ("...," he said, "...") gives two quotes with the same
 *   speaker, since evidence is one span; so does a quote continued over paragraphs.</li>
 *   <li>A paragraph announced by "X issued the following statement:" is a direct quote of X.</li>
 *   <li>Quoted stretches that are neither sentence-like nor attributed (scare quotes, titles, a quoted
 *   word) are not quotations.</li>
 *   <li>Reported speech ("X said that ...", "..., X warned.", "according to X, ...") has
 *   {@code direct == false} and the reported clause as evidence.</li>
 * </ul>
 *
 * Speakers resolve through the context's entities (entity id and canonical name), or through the
 * article's PERSON-tagged names when no entity stage has run; titles resolve to the person the
 * article gives that role, "he"/"she" to the most recent person. An unknown speaker is null.
 * Thread-safe and stateless; quotes come in text order.
 *
 * <p><b>Languages.</b> The marks, verbs, frames, titles and pronouns of each language in {@link
 * #LANGUAGES} come from its word lists ({@link Lexicon}: "sagte", "laut"; "a déclaré", "selon";
 * "dijo", "según"; "ha detto", "secondo"; "заявил", "по словам") and its marks ({@link QuoteMarks}).
 * An article in any other language, or of unknown language, has its quotation marks read but
 * gets no speaker and no reported speech: no rule of another language's words is applied to it.
 */
public final class QuoteAnnotator implements Annotator<Quote> {

    /** The languages whose quotations, reported speech and speakers this annotator reads. */
    public static final Set<String> LANGUAGES = Set.of("en", "de", "fr", "es", "it", "ru");

    private static final int MAX_FRAME = 30;
    private static final int MIN_SENTENCE_WORDS = 4;

    /** The languages whose quotations, reported speech and speakers this annotator reads. */
    public Set<String> languages() {
        return LANGUAGES;
    }

    @Override
    public List<Quote> annotate(AnnotationContext context) {
        NlpDocument doc = context.nlp();
        String text = doc.text();
        if (text.isBlank() || doc.tokens().isEmpty()) {
            return List.of();
        }
        List<QuotedSpan> spans = splitIncises(doc, QuoteMarks.find(text, doc.language()));
        People people = new People(doc, context.entities(), spans);
        List<Found> found = new ArrayList<>();
        direct(doc, spans, people, found);
        statements(doc, spans, people, found);
        ReportedSpeech.find(doc, spans, people, found);
        // Reported speech came after direct quotes; a pronoun may refer to a speaker it found.
        for (Found f : found) {
            if (f.direct && f.frame != null && f.frame.mention() != null
                    && f.frame.mention().kind() == Mention.Kind.PRONOUN) {
                f.speaker = people.resolve(f.frame.mention(), doc.tokens().get(f.frame.mention().first()).start());
            }
        }
        found.sort((a, b) -> Integer.compare(a.content.start(), b.content.start()));
        String id = context.article().id();
        List<Quote> quotes = new ArrayList<>();
        for (Found f : found) {
            quotes.add(new Quote(f.content.of(text), f.direct, f.speaker, Evidence.of(id, f.content)));
        }
        return List.copyOf(quotes);
    }

    /**
     * A dialogue line opened by a dash and closed by no other keeps its frame inside ("— Nous
     * tiendrons nos engagements, a-t-il répondu."): its quote ends at the last comma a frame follows.
     */
    private static List<QuotedSpan> splitIncises(NlpDocument doc, List<QuotedSpan> spans) {
        Lexicon lexicon = Lexicon.of(doc.language());
        List<Token> tokens = doc.tokens();
        String text = doc.text();
        List<QuotedSpan> out = new ArrayList<>(spans.size());
        for (QuotedSpan q : spans) {
            QuotedSpan kept = q;
            if (QuoteMarks.isSpeechDash(text.charAt(q.open())) && q.close() == Texts.paragraphEnd(text, q.open())) {
                int first = Texts.tokenAtOrAfter(tokens, q.content().start());
                int end = Texts.tokenAtOrAfter(tokens, q.content().end());
                for (int c = end - 2; c > first && kept == q; c--) {
                    if (tokens.get(c).text().equals(",") && Frames.after(lexicon, tokens, c + 1, end, false) != null) {
                        int comma = tokens.get(c).start();
                        kept = new QuotedSpan(q.open(), comma, new Span(q.content().start(), comma), false, true);
                    }
                }
            }
            out.add(kept);
        }
        return out;
    }

    /** A quote being built: its content, whether direct, its frame and speaker. */
    static final class Found {
        final Span content;
        final boolean direct;
        Frame frame;
        Speaker speaker;
        int frameEnd = -1;

        Found(Span content, boolean direct) {
            this.content = content;
            this.direct = direct;
        }
    }

    private static void direct(NlpDocument doc, List<QuotedSpan> spans, People people, List<Found> found) {
        Lexicon lexicon = Lexicon.of(doc.language());
        List<Token> tokens = doc.tokens();
        String text = doc.text();
        Found previous = null;
        QuotedSpan previousSpan = null;
        for (int n = 0; n < spans.size(); n++) {
            QuotedSpan q = spans.get(n);
            int openToken = Texts.tokenAtOrAfter(tokens, q.open());
            int contentFirst = Texts.tokenAtOrAfter(tokens, q.content().start());
            int contentEnd = Texts.tokenAtOrAfter(tokens, q.content().end());
            int afterClose = Texts.tokenAtOrAfter(tokens, q.close() + 1);
            int paragraphStart = Texts.paragraphStart(text, q.open());
            int paragraphEnd = Texts.paragraphEnd(text, q.open());
            int nextOpen = n + 1 < spans.size() ? spans.get(n + 1).open() : text.length();
            int postLimit = Math.min(Texts.tokenAtOrAfter(tokens, Math.min(nextOpen, paragraphEnd)),
                    afterClose + MAX_FRAME);
            int sentenceStart = sentenceStart(doc, openToken, paragraphStart,
                    previousSpan == null ? -1 : previousSpan.close());
            boolean midSentence = sentenceStart < openToken;
            String content = q.content().of(text);
            boolean endsSentence = content.endsWith(".") || content.endsWith("?") || content.endsWith("!")
                    || content.endsWith("…");

            Frame frame = null;
            boolean preFramed = false;
            if (q.closed()) {
                frame = Frames.after(lexicon, tokens, afterClose, postLimit, endsSentence);
            }
            if (frame == null) {
                frame = Frames.before(lexicon, tokens, sentenceStart, openToken);
                preFramed = frame != null;
            }
            boolean sentenceLike = sentenceLike(lexicon, tokens, contentFirst, contentEnd);
            boolean keep = sentenceLike || q.continued() || previousContinues(previousSpan, q, text)
                    || frame != null && (preFramed ? endsWithIntro(tokens, openToken) : !midSentence);
            if (!keep) {
                continue;
            }
            Found f = new Found(q.content(), true);
            f.frame = frame;
            if (frame != null) {
                f.frameEnd = frame.end();
                if (frame.mention() != null) {
                    f.speaker = people.resolve(frame.mention(), tokens.get(frame.mention().first()).start());
                    people.referTo(f.speaker, tokens.get(frame.mention().first()).start());
                }
            } else if (previous != null && (previousContinues(previousSpan, q, text)
                    || onlyFrameBetween(tokens, previous, previousSpan, q, text))) {
                f.speaker = previous.speaker;
                f.frameEnd = previous.frameEnd;
            } else if (!midSentence) {
                Frame intro = introduction(doc, sentenceStart, paragraphStart, previousSpan);
                if (intro != null && intro.mention() != null) {
                    f.frame = intro;
                    f.speaker = people.resolve(intro.mention(), tokens.get(intro.mention().first()).start());
                }
            }
            if (f.speaker == null && frame == null && previous != null
                    && (previousContinues(previousSpan, q, text) || Texts.paragraphStart(text, q.open()) <= previousSpan.close())) {
                // Quotes of one paragraph are one speaker's unless a frame says otherwise.
                f.speaker = previous.speaker;
            }
            // A quote continued from the paragraph before shares the speaker found at its end.
            if (f.speaker != null && previous != null && previous.speaker == null
                    && previousContinues(previousSpan, q, text)) {
                previous.speaker = f.speaker;
            }
            found.add(f);
            previous = f;
            previousSpan = q;
        }
    }

    /** The first token of the quote's sentence: after the previous quote, a sentence end or the paragraph start. */
    private static int sentenceStart(NlpDocument doc, int openToken, int paragraphStart, int previousClose) {
        List<Token> tokens = doc.tokens();
        int floor = Math.max(Texts.tokenAtOrAfter(tokens, paragraphStart),
                previousClose < 0 ? 0 : Texts.tokenAtOrAfter(tokens, previousClose + 1));
        int k = openToken;
        while (k > floor && !Frames.isTerminal(tokens.get(k - 1))) {
            k--;
        }
        return k;
    }

    private static boolean endsWithIntro(List<Token> tokens, int openToken) {
        String last = tokens.get(openToken - 1).text();
        return last.equals(":") || last.equals(",") || last.equals("—") || last.equals("--");
    }

    /**
     * Whether the words are speech rather than a name or a phrase: a clause (a verb, enough words, not
     * all capitalised), a capitalised fragment that ends like a sentence ("In my head, anyway."), or a
     * question or exclamation ("What curfew?").
     */
    static boolean sentenceLike(Lexicon lexicon, List<Token> tokens, int first, int end) {
        int words = 0;
        boolean verb = false;
        boolean lowercase = false;
        for (int k = first; k < end; k++) {
            Token t = tokens.get(k);
            if (Character.isLetterOrDigit(t.text().charAt(0))) {
                words++;
                lowercase |= Character.isLowerCase(t.text().charAt(0)) && (lexicon.tagged
                        ? !t.pos().equals("IN") && !t.pos().equals("DT") && !t.pos().equals("CC") && !t.pos().equals("TO")
                        : !lexicon.determiners.contains(t.text()) && !lexicon.phraseLinks.contains(t.text())
                        && !lexicon.articles.contains(t.text()));
            }
            // Untagged, any words may hold the verb.
            verb |= !lexicon.tagged || t.pos().startsWith("VB") || t.pos().equals("MD");
        }
        if (words == 0) {
            return false;
        }
        String last = tokens.get(end - 1).text();
        boolean asksOrExclaims = last.equals("?") || last.equals("!");
        boolean endsSentence = asksOrExclaims || last.equals(".");
        boolean startsSentence = Character.isUpperCase(tokens.get(first).text().charAt(0));
        return verb && words >= MIN_SENTENCE_WORDS && lowercase
                || endsSentence && startsSentence && lowercase && words >= 3
                || asksOrExclaims && words >= 2;
    }

    private static boolean previousContinues(QuotedSpan previousSpan, QuotedSpan q, String text) {
        return previousSpan != null && previousSpan.continued()
                && Texts.paragraphStart(text, q.open()) > previousSpan.close()
                && text.substring(previousSpan.close(), q.open()).isBlank();
    }

    /** Whether only the previous quote's frame (and punctuation) stands between it and this quote. */
    private static boolean onlyFrameBetween(List<Token> tokens, Found previous, QuotedSpan previousSpan, QuotedSpan q,
                                            String text) {
        if (previousSpan == null) {
            return false;
        }
        int from = Texts.tokenAtOrAfter(tokens, previousSpan.close() + 1);
        int to = Texts.tokenAtOrAfter(tokens, q.open());
        if (to - from > MAX_FRAME) {
            return false;
        }
        for (int k = from; k < to; k++) {
            boolean inFrame = previous.frameEnd > 0 && k < previous.frameEnd;
            if (!inFrame && !Frames.isPunctuation(tokens.get(k)) && !Frames.isTerminal(tokens.get(k))) {
                return false;
            }
        }
        // Two paragraphs apart only when the first quote ended its paragraph.
        return Texts.paragraphStart(text, q.open()) <= previousSpan.close()
                || Texts.paragraphEnd(text, previousSpan.close()) <= q.open()
                && text.substring(previousSpan.close(), q.open()).chars().filter(c -> c == '\n').count() <= 2;
    }

    /** The frame of the sentence just before a quote that starts its sentence, in the same or the previous paragraph. */
    private static Frame introduction(NlpDocument doc, int sentenceStart, int paragraphStart, QuotedSpan previousSpan) {
        Lexicon lexicon = Lexicon.of(doc.language());
        List<Token> tokens = doc.tokens();
        int end = sentenceStart;
        if (end == 0) {
            return null;
        }
        int floor = previousSpan == null ? 0 : Texts.tokenAtOrAfter(tokens, previousSpan.close() + 1);
        int start = end - 1;
        while (start > floor && !Frames.isTerminal(tokens.get(start - 1))) {
            start--;
        }
        // Stay within one paragraph: the introducing sentence is the last one before the quote.
        int pStart = Texts.paragraphStart(doc.text(), tokens.get(end - 1).start());
        start = Math.max(start, Texts.tokenAtOrAfter(tokens, pStart));
        if (end - start > 60) {
            return null;
        }
        return Frames.intro(lexicon, tokens, start, end);
    }

    /** Paragraphs announced as someone's statement: "X issued the following statement today:". */
    private static void statements(NlpDocument doc, List<QuotedSpan> spans, People people, List<Found> found) {
        Lexicon lexicon = Lexicon.of(doc.language());
        if (!lexicon.tagged) {
            // The words that announce a statement below are English ones.
            return;
        }
        String text = doc.text();
        List<Token> tokens = doc.tokens();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = Texts.paragraphEnd(text, lineStart);
            String line = text.substring(lineStart, lineEnd).strip();
            if (line.endsWith(":") && line.toLowerCase().matches(".*\\b(statement|following|declared?|said|says|wrote|writes)\\b.*")) {
                int next = lineEnd;
                while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                int nextEnd = Texts.paragraphEnd(text, next);
                if (next < text.length() && !QuoteMarks.isMark(text.charAt(next)) && !hasSpanIn(spans, next, nextEnd)) {
                    int first = Texts.tokenAtOrAfter(tokens, lineStart);
                    int colon = Texts.tokenAtOrAfter(tokens, lineEnd) - 1;
                    Frame frame = Frames.intro(lexicon, tokens, first, colon);
                    int contentFirst = Texts.tokenAtOrAfter(tokens, next);
                    int contentEnd = Texts.tokenAtOrAfter(tokens, nextEnd);
                    if (frame != null && sentenceLike(lexicon, tokens, contentFirst, contentEnd)) {
                        int e = nextEnd;
                        while (e > next && Character.isWhitespace(text.charAt(e - 1))) {
                            e--;
                        }
                        Found f = new Found(new Span(next, e), true);
                        f.frame = frame;
                        f.speaker = people.resolve(frame.mention(), tokens.get(frame.mention().first()).start());
                        found.add(f);
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    private static boolean hasSpanIn(List<QuotedSpan> spans, int from, int to) {
        for (QuotedSpan s : spans) {
            if (s.open() >= from && s.open() < to) {
                return true;
            }
        }
        return false;
    }
}
