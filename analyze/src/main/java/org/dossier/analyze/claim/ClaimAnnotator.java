package org.dossier.analyze.claim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.analyze.AnnotationContext;
import org.dossier.analyze.Annotator;
import org.dossier.analyze.nlp.NlpDocument;
import org.dossier.analyze.nlp.Sentence;
import org.dossier.analyze.nlp.Token;
import org.dossier.analyze.time.NumberWords;
import org.dossier.analyze.time.TimeAnnotator;
import org.dossier.model.Claim;
import org.dossier.model.Evidence;
import org.dossier.model.Span;
import org.dossier.model.TimeExpression;

/**
 * Finds quantities asserted about something: a cardinal (digits or words, "seven dozen" = 84) with
 * an optional hedge ("some", "more than") counting a noun ("countries", "soldiers"). The evidence is
 * the quantity phrase ("more than 80 countries"); the property is named by {@link PropertyNames}, the
 * subject resolved by {@link ClaimSubjects}. Dates, times, durations, percentages, ordinals, model
 * names ("F-16s") and list numbering are not claims. Stateless and thread-safe.
 */
public final class ClaimAnnotator implements Annotator<Claim> {

    private static final Pattern QUANTITY = Pattern.compile("(?<![\\w.,/:$€£-])(?:(?<q>" + Qualifiers.PATTERN
            + ")\\s+)?(?<num>" + NumberWords.DIGITS + "|" + NumberWords.WORDS + ")(?![\\w%]|[.,:/-]\\w)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_COUNTS = Set.of("a", "an", "one", "zero");
    private static final Set<String> UNCOUNTED_HEADS = Set.of("year", "month", "week", "day", "hour", "minute",
            "second", "decade", "century", "time", "percent", "%", "per", "cent", "a.m.", "p.m.", "am", "pm",
            "o'clock", "point", "page", "degree", "th", "st", "nd", "rd");
    private static final Set<String> OUTCOMES = Set.of("kill", "die", "dead", "murder", "execute", "injure",
            "wound", "hurt", "arrest", "detain", "abstain", "approve", "support", "back", "oppose", "reject",
            "object");

    private final TimeAnnotator times = new TimeAnnotator();

    @Override
    public List<Claim> annotate(AnnotationContext context) {
        String text = context.article().text();
        NlpDocument nlp = context.nlp();
        String language = context.article().language();
        if (nlp.tokens().isEmpty() || language != null && !language.equals("en")) {
            // The patterns read English (nouns after numbers, "more than", "some"); on other
            // languages they would only find noise such as "und 27".
            return List.of();
        }
        List<Span> dates = times.annotate(context).stream().map(t -> t.evidence().span()).toList();
        ClaimSubjects subjects = ClaimSubjects.of(context);
        List<Claim> claims = new ArrayList<>();
        Matcher m = QUANTITY.matcher(text);
        while (m.find()) {
            Claim c = claimAt(m, text, nlp, dates, subjects, context.article().id());
            if (c != null) {
                claims.add(c);
            }
        }
        return List.copyOf(claims);
    }

    private Claim claimAt(Matcher m, String text, NlpDocument nlp, List<Span> dates, ClaimSubjects subjects,
                          String articleId) {
        String number = m.group("num");
        if (NOT_COUNTS.contains(number.toLowerCase(Locale.ROOT))) {
            return null;
        }
        Span numberSpan = new Span(m.start("num"), m.end("num"));
        for (Span d : dates) {
            if (d.overlaps(numberSpan)) {
                return null;
            }
        }
        BigDecimal value = NumberWords.parse(number);
        List<Token> tokens = nlp.tokens();
        int i = firstTokenFrom(tokens, numberSpan.end());
        if (value == null || i < 0 || i == 0) {
            return null;
        }
        Token numberToken = tokens.get(i - 1);
        Sentence sentence = nlp.sentences().get(numberToken.sentence());
        // A number glued to more characters in one token ("1." of a numbered list) is not a count.
        if (numberToken.end() != numberSpan.end() || tokens.get(i).sentence() != numberToken.sentence()) {
            return null;
        }
        // "10,000 of its foreign fighters": the counted noun may follow "of" and a determiner.
        int end = sentence.endToken();
        if (i < end && tokens.get(i).text().equalsIgnoreCase("of")) {
            i++;
            if (i < end && (tokens.get(i).pos().equals("DT") || tokens.get(i).pos().equals("PRP$"))) {
                i++;
            }
        }
        String modifier = null;
        for (int skipped = 0; i < end && skipped < 3 && isModifier(tokens.get(i)); skipped++, i++) {
            if (tokens.get(i).pos().startsWith("JJ")) {
                modifier = tokens.get(i).text();
            }
        }
        int firstNoun = i;
        while (i < end && i - firstNoun < 3 && tokens.get(i).pos().startsWith("NN")) {
            i++;
        }
        if (i == firstNoun) {
            return null;
        }
        Token head = tokens.get(i - 1);
        String lemma = (head.lemma() == null ? head.text() : head.lemma()).toLowerCase(Locale.ROOT);
        if (UNCOUNTED_HEADS.contains(lemma) || !lemma.matches("[\\p{L}][\\p{L}'’-]*")) {
            return null;
        }
        String outcome = null;
        for (int k = i; k < Math.min(end, i + 4); k++) {
            String l = tokens.get(k).lemma() == null ? "" : tokens.get(k).lemma().toLowerCase(Locale.ROOT);
            if (OUTCOMES.contains(l)) {
                outcome = l;
                break;
            }
        }
        String property = PropertyNames.of(lemma, modifier, outcome);
        int start = m.start();
        Sentence previous = sentence.index() > 0 ? nlp.sentences().get(sentence.index() - 1) : null;
        String subject = subjects.resolve(sentence, previous, start, head.end(), property, lemma,
                madeUp(tokens, i, end, start, sentence));

        return new Claim(subject, property, NumberWords.format(value), Qualifiers.normalise(m.group("q")),
                Evidence.of(articleId, new Span(start, head.end())));
    }

    /**
     * When the count is the subject of its clause and its verb says it makes something up ("68
     * countries have signed the pledge", "83 states form a coalition"), the noun that verb's object is
     * headed by; else null. {@code i} is the token after the counted noun, {@code start} the count's
     * offset: a count that opens a clause stands at the sentence's start or after a comma or "that".
     */
    private static ClaimSubjects.Noun madeUp(List<Token> tokens, int i, int end, int start, Sentence sentence) {
        int first = firstTokenFrom(tokens, start);
        if (first > sentence.firstToken()) {
            Token before = tokens.get(first - 1);
            String b = before.text().toLowerCase(Locale.ROOT);
            if (!b.equals(",") && !b.equals("that") && !before.pos().equals("CC")) {
                return null;
            }
        }
        int k = i;
        if (k < end && tokens.get(k).pos().equals("IN") && !tokens.get(k).text().equalsIgnoreCase("that")) {
            // A place or scope after the counted noun ("68 countries around the world have signed").
            int p = k + 1;
            while (p < end && (tokens.get(p).pos().equals("DT") || tokens.get(p).pos().startsWith("JJ"))) {
                p++;
            }
            int nouns = p;
            while (p < end && tokens.get(p).pos().startsWith("NN")) {
                p++;
            }
            if (p == nouns) {
                return null;
            }
            k = p;
        }
        while (k < end && (tokens.get(k).pos().equals("MD") || tokens.get(k).pos().startsWith("RB")
                || isAuxiliary(tokens.get(k)))) {
            k++;
        }
        if (k >= end || !tokens.get(k).pos().startsWith("VB")) {
            return null;
        }
        String verb = tokens.get(k).lemma() == null ? "" : tokens.get(k).lemma().toLowerCase(Locale.ROOT);
        if (!ClaimSubjects.membershipVerb(verb)) {
            return null;
        }
        k++;
        if (k < end && tokens.get(k).text().equalsIgnoreCase("up")) {
            k++; // "set up"
        }
        while (k < end && (tokens.get(k).pos().equals("DT") || tokens.get(k).pos().equals("PRP$")
                || tokens.get(k).pos().startsWith("JJ"))) {
            k++;
        }
        int nouns = k;
        while (k < end && tokens.get(k).pos().startsWith("NN")) {
            k++;
        }
        if (k == nouns) {
            return null;
        }
        Token noun = tokens.get(k - 1);
        String lemma = (noun.lemma() == null ? noun.text() : noun.lemma()).toLowerCase(Locale.ROOT);
        return new ClaimSubjects.Noun(lemma, tokens.get(nouns).start());
    }

    private static boolean isAuxiliary(Token t) {
        String l = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
        return (l.equals("have") || l.equals("be") || l.equals("do")) && t.pos().startsWith("VB");
    }

    private static boolean isModifier(Token t) {
        String pos = t.pos();
        return pos.startsWith("JJ") || pos.equals("RB") || pos.equals("RBR") || pos.equals("VBN")
                || pos.equals("VBG");
    }

    private static int firstTokenFrom(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() >= offset) {
                found = mid;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return found;
    }
}
