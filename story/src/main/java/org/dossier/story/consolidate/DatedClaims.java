package org.dossier.story.consolidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Claim;
import org.dossier.model.Evidence;
import org.dossier.model.TimeExpression;
import org.dossier.story.AnalyzedArticle;

/**
 * Claims that date the happening before the present one: "the last meeting … took place … in
 * February 2019", "the first face-to-face meeting since February 2019", "(the last was to have been
 * in March 2020)". Sources that give such a happening different dates then meet in one conflict.
 *
 * <p><b>What is read.</b> A DATE expression whose value is a day, month or year, and before it in its
 * clause (from the last of {@code ( ) ; :}, a line break or an earlier date in the sentence) either
 * <ul>
 *   <li>a {@link Cues.Section#PREVIOUS} word, at most {@value #MODIFIERS} words, an
 *       {@link Cues.Section#EVENT_NOUNS event noun}, then at most {@value #NEAR} words before the date,
 *       or at most {@value #FAR} when they say it {@link Cues.Section#HAPPENED happened} or was
 *       {@link Cues.Section#PLANNED planned};</li>
 *   <li>a {@link Cues.Section#PREVIOUS} word directly followed by a happened or planned phrase
 *       ("the last was to have been in"): the noun is left out and is the sentence's own event, its
 *       first event noun or else the noun of its first {@link Cues.Section#EVENT_VERBS event verb}
 *       ("met" → meeting);</li>
 *   <li>a {@link Cues.Section#FIRST} word, at most {@value #MODIFIERS} words, an event noun, at most
 *       {@value #NEAR} words and a {@link Cues.Section#SINCE} word just before the date.</li>
 * </ul>
 * A "last" with no event noun after it ("approved last February") dates nothing of this kind.
 *
 * <p><b>The claim.</b> Its subject is the happening as the cues write it: the first form of the
 * previous word, an {@link Cues.Section#EVENT_KINDS event kind} among the modifiers if any, and the
 * event noun's first form ("last meeting", "last virtual meeting": a virtual meeting is another
 * happening than the plain one, so their dates never conflict). Its property is {@value #PROPERTY},
 * its value the date's ISO value, its qualifier "planned" when the clause says so, its evidence
 * from the cue word to the end of the date. All words are those of the sentence's language; a
 * language without these cues gives no dated claims. Stateless and thread-safe.
 */
final class DatedClaims {

    /** The property of every dated claim. */
    static final String PROPERTY = "date";
    /** The qualifier of a date the text gives as planned. */
    static final String PLANNED = "planned";
    /** Words allowed between the cue word and the event noun ("last virtual ministerial meeting"). */
    static final int MODIFIERS = 3;
    /** Words allowed between the event noun and the date ("meeting at the end of March": one). */
    static final int NEAR = 4;
    /** Words allowed there when they say the happening took place or was planned. */
    static final int FAR = 12;

    private static final Pattern PRECISE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[();:\\n]");

    private DatedClaims() {
    }

    /** The dated claims of every member, in story order. */
    static List<Claim> find(StoryText story) {
        List<Claim> out = new ArrayList<>();
        for (AnalyzedArticle a : story.members()) {
            List<TimeExpression> times = a.analysis().times();
            for (TimeExpression t : times) {
                if (!"DATE".equalsIgnoreCase(t.type()) || t.value() == null || !PRECISE.matcher(t.value()).matches()) {
                    continue;
                }
                TextSentence s = story.sentenceOf(t.evidence());
                if (s == null || t.evidence().start() < s.start()) {
                    continue;
                }
                Claim c = claim(s, t, clauseStart(s, t, times));
                if (c != null) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** Where the date's clause begins in the sentence text: after a break or an earlier date. */
    private static int clauseStart(TextSentence s, TimeExpression t, List<TimeExpression> times) {
        int at = t.evidence().start() - s.start();
        int from = 0;
        Matcher m = CLAUSE_BREAK.matcher(s.text().substring(0, Math.min(at, s.text().length())));
        while (m.find()) {
            from = m.end();
        }
        for (TimeExpression other : times) {
            int end = other.evidence().end() - s.start();
            if (other != t && end <= at && end > from && other.evidence().start() >= s.start()) {
                from = end;
            }
        }
        return from;
    }

    private static Claim claim(TextSentence s, TimeExpression t, int from) {
        Cues cues = s.cues();
        int at = Math.min(t.evidence().start() - s.start(), s.text().length());
        String before = s.text().substring(from, at);
        Map<String, String> previous = cues.forms(Cues.Section.PREVIOUS);
        Map<String, String> nouns = cues.forms(Cues.Section.EVENT_NOUNS);
        if (previous.isEmpty() || nouns.isEmpty()) {
            return null;
        }
        MatchResult last = lastMatch(cues.pattern(Cues.Section.PREVIOUS), before);
        if (last != null) {
            String cue = previous.get(Words.fold(last.group()));
            String rest = before.substring(last.end());
            List<String> words = Words.tokens(rest);
            int noun = eventNoun(words, nouns);
            String qualifier = cues.pattern(Cues.Section.PLANNED).matcher(rest).find() ? PLANNED : null;
            if (noun >= 0) {
                int gap = words.size() - noun - 1;
                boolean said = qualifier != null || cues.pattern(Cues.Section.HAPPENED).matcher(rest).find();
                if (gap <= NEAR || (said && gap <= FAR)) {
                    return claim(s, t, from + last.start(), cue, kind(words.subList(0, noun), cues),
                            nouns.get(words.get(noun)), qualifier);
                }
            } else if (words.size() <= FAR && (cues.opening(Cues.Section.HAPPENED).matcher(rest.strip()).find()
                    || cues.opening(Cues.Section.PLANNED).matcher(rest.strip()).find())) {
                String own = ownEvent(s, cues);
                if (own != null) {
                    return claim(s, t, from + last.start(), cue, null, own, qualifier);
                }
            }
        }
        MatchResult first = lastMatch(cues.pattern(Cues.Section.FIRST), before);
        MatchResult since = lastMatch(cues.pattern(Cues.Section.SINCE), before);
        if (first != null && since != null && since.start() > first.end()
                && before.substring(since.end()).isBlank()) {
            List<String> words = Words.tokens(before.substring(first.end(), since.start()));
            int noun = eventNoun(words, nouns);
            if (noun >= 0 && words.size() - noun - 1 <= NEAR) {
                String cue = cues.entries(Cues.Section.PREVIOUS).get(0).split("\\s+")[0];
                return claim(s, t, from + first.start(), Words.fold(cue), kind(words.subList(0, noun), cues),
                        nouns.get(words.get(noun)), null);
            }
        }
        return null;
    }

    private static Claim claim(TextSentence s, TimeExpression t, int cueAt, String cue, String kind, String noun,
                               String qualifier) {
        String subject = cue + (kind == null ? "" : " " + kind) + " " + noun;
        Evidence e = new Evidence(s.articleId(), s.start() + cueAt, t.evidence().end());
        return new Claim(subject, PROPERTY, t.value(), qualifier, e);
    }

    /** The index of the event noun among the first words after the cue, or -1. */
    private static int eventNoun(List<String> words, Map<String, String> nouns) {
        for (int i = 0; i < words.size() && i <= MODIFIERS; i++) {
            if (nouns.containsKey(words.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The first form of an event kind among the modifiers, or null for the plain kind. */
    private static String kind(List<String> modifiers, Cues cues) {
        Map<String, String> kinds = cues.forms(Cues.Section.EVENT_KINDS);
        for (String m : modifiers) {
            if (kinds.containsKey(m)) {
                return kinds.get(m);
            }
        }
        return null;
    }

    /** The sentence's own event: its first event noun, else the noun of its first event verb. */
    private static String ownEvent(TextSentence s, Cues cues) {
        Map<String, String> nouns = cues.forms(Cues.Section.EVENT_NOUNS);
        Map<String, String> verbs = cues.forms(Cues.Section.EVENT_VERBS);
        List<String> words = s.words();
        for (String w : words) {
            if (nouns.containsKey(w)) {
                return nouns.get(w);
            }
        }
        for (String w : words) {
            if (verbs.containsKey(w)) {
                String noun = verbs.get(w);
                return nouns.getOrDefault(noun, noun);
            }
        }
        return null;
    }

    private static MatchResult lastMatch(Pattern p, String text) {
        Matcher m = p.matcher(text);
        MatchResult found = null;
        while (m.find()) {
            found = m.toMatchResult();
        }
        return found;
    }
}
