package org.dossier.story.consolidate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Evidence;
import org.dossier.model.TimeExpression;
import org.dossier.model.TimelineEntry;
import org.dossier.story.AnalyzedArticle;

/**
 * The dated events a story's articles mention.
 *
 * <p>Every DATE expression whose value is a day, month or year ({@code 2021-06-28}, {@code 2021-06},
 * {@code 2021}) dates the sentence it stands in. A sentence that is only a dateline (a line such as
 * "Status: 06/28/2021 4:30 a.m." or "04.06.2020 - Press release", with fewer than four words
 * besides the date) states no event and is skipped. So is a date the text does not name: a year or
 * month from a relative phrase ("this year", "ten years ago"), or a relative day inside a quotation
 * (the speaker's "today"). {@code what} is the clause around the date:
 * the sentence cut at commas, semicolons and dashes, widened from the date's clause to its
 * neighbours while it stays within {@value #MAX_WHAT} characters, without leading connectives
 * ("As a reminder,"); a clause that lacks its subject gets the sentence's first clause back
 * ("The Coalition … met this Monday in Rome"), a relative clause the words before it. Dateline
 * words, month names, connectives and relative pronouns are those of the sentence's language
 * ({@link Cues}); a language without cues has no datelines but short ones, names dates only in
 * digits and keeps its clauses as written.
 *
 * <p>Two entries are one event when they have the same date and share at least two content words
 * besides the date (or overlap by Jaccard 0.3): the merged entry keeps every sentence as evidence
 * and the wording that shares most with the others. An event dated by a month or year whose period
 * holds a more precise date of the same happening ("at the end of March" and "on 30 March") joins
 * it: besides the test above, a content word within {@value #NEAR_TOKENS} tokens of each date must
 * be shared ("virtual meeting"); the entry keeps the most precise date and every sentence. Entries
 * are ordered by date, then by first evidence. Stateless and thread-safe.
 */
final class TimelineBuilder {

    static final int MAX_WHAT = 120;
    static final int MIN_CLAUSE_WORDS = 7;
    private static final Pattern PRECISE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    /** Dates written in digits: a year from 1500 to 2099, or a day and month ("28.06", "6/28"). */
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b(1[5-9]|20)\\d\\d\\b|\\b\\d{1,2}[./-]\\d{1,2}\\b");

    /** Tokens either side of a date whose content words say what it dates. */
    static final int NEAR_TOKENS = 5;

    private record Dated(String date, TextSentence sentence, String what, Set<String> stems, Set<String> near,
                         int rank) {
    }

    List<TimelineEntry> build(StoryText story) {
        List<Dated> dated = new ArrayList<>();
        for (AnalyzedArticle a : story.members()) {
            for (TimeExpression t : a.analysis().times()) {
                if (!"DATE".equalsIgnoreCase(t.type()) || t.value() == null || !PRECISE.matcher(t.value()).matches()) {
                    continue;
                }
                TextSentence s = story.sentenceOf(t.evidence());
                if (s == null || datelineOnly(s, t) || vague(t, s, a)) {
                    continue;
                }
                String what = what(s, t.evidence());
                Set<String> stems = Words.contentStemSet(without(s.text(), s, t.evidence()), s.cues());
                dated.add(new Dated(t.value(), s, what, stems, near(s, t.evidence()), story.rank(a.article().id())));
            }
        }
        dated.sort(Comparator.comparing(Dated::date).thenComparingInt(Dated::rank)
                .thenComparingInt(d -> d.sentence().start()));
        List<List<Dated>> events = new ArrayList<>();
        for (Dated d : dated) {
            List<Dated> same = null;
            for (List<Dated> event : events) {
                if (event.get(0).date().equals(d.date()) && event.stream().anyMatch(e -> sameEvent(e, d))) {
                    same = event;
                    break;
                }
            }
            if (same == null) {
                events.add(new ArrayList<>(List.of(d)));
            } else {
                same.add(d);
            }
        }
        mergeIntoFinerDates(events);
        List<TimelineEntry> entries = new ArrayList<>();
        for (List<Dated> event : events) {
            Set<Evidence> evidence = new LinkedHashSet<>();
            for (Dated d : event) {
                evidence.add(d.sentence().evidence());
            }
            List<Evidence> sorted = new ArrayList<>(evidence);
            sorted.sort(story.evidenceOrder());
            Dated precise = representative(event);
            entries.add(new TimelineEntry(precise.date(), precise.what(), sorted));
        }
        entries.sort(Comparator.comparing(TimelineEntry::date)
                .thenComparing(e -> e.evidence().get(0), story.evidenceOrder()));
        return List.copyOf(entries);
    }

    /**
     * Folds each event dated by a month or year into the most similar event dated inside that period
     * ("at the end of March" into "30 March"), coarsest last so a year can join a merged month. The
     * two must describe the same happening: besides {@link #sameEvent}, a content word near each date.
     */
    private static void mergeIntoFinerDates(List<List<Dated>> events) {
        List<List<Dated>> coarseFirst = new ArrayList<>(events);
        coarseFirst.sort(Comparator.comparingInt((List<Dated> e) -> -e.get(0).date().length()));
        for (List<Dated> coarse : coarseFirst) {
            String period = coarse.get(0).date();
            List<Dated> best = null;
            int bestScore = 0;
            for (List<Dated> finer : events) {
                String date = finer.get(0).date();
                if (finer == coarse || date.length() <= period.length() || !date.startsWith(period + "-")) {
                    continue;
                }
                int score = similarity(coarse, finer);
                if (score > bestScore) {
                    best = finer;
                    bestScore = score;
                }
            }
            if (best != null) {
                best.addAll(coarse);
                events.remove(coarse);
            }
        }
    }

    /** Most content words shared by a member of each event that describe the same happening, or 0. */
    private static int similarity(List<Dated> a, List<Dated> b) {
        int best = 0;
        for (Dated x : a) {
            for (Dated y : b) {
                if (sameEvent(x, y) && Words.shared(x.near(), y.near()) >= 1) {
                    best = Math.max(best, Words.shared(x.stems(), y.stems()));
                }
            }
        }
        return best;
    }

    /** The content stems of the {@link #NEAR_TOKENS} tokens either side of the date in its sentence. */
    private static Set<String> near(TextSentence s, Evidence e) {
        String text = s.text();
        int from = Math.max(0, Math.min(text.length(), e.start() - s.start()));
        int to = Math.max(from, Math.min(text.length(), e.end() - s.start()));
        List<String> before = Words.tokens(text.substring(0, from));
        List<String> after = Words.tokens(text.substring(to));
        List<String> window = new ArrayList<>(before.subList(Math.max(0, before.size() - NEAR_TOKENS), before.size()));
        window.addAll(after.subList(0, Math.min(NEAR_TOKENS, after.size())));
        return Words.contentStemSet(String.join(" ", window), s.cues());
    }

    private static boolean sameEvent(Dated a, Dated b) {
        if (a.sentence().equals(b.sentence())) {
            return true;
        }
        return Words.shared(a.stems(), b.stems()) >= 2 || Words.jaccard(a.stems(), b.stems()) >= 0.3;
    }

    /** The member with an uncut wording whose words the others share most; ties go to the earliest. */
    private static Dated representative(List<Dated> event) {
        Dated best = event.get(0);
        int bestScore = -1;
        for (Dated d : event) {
            // The wording of the most precise date first, then whole wordings before cut ones.
            int score = d.date().length() * 100_000 + (d.what().endsWith("…") ? 0 : 10_000);
            for (Dated o : event) {
                if (o != d) {
                    score += Words.shared(d.stems(), o.stems());
                }
            }
            if (score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * A date the text does not name: "this year" or "ten years ago" (a year or month worked out from
     * a relative phrase), or "today" inside a quotation (the speaker's today, often not the event's).
     */
    private static boolean vague(TimeExpression t, TextSentence s, AnalyzedArticle a) {
        boolean named = NUMERIC_DATE.matcher(t.text()).find()
                || s.cues().pattern(Cues.Section.MONTHS, Cues.Section.MONTH_ABBREVIATIONS).matcher(t.text()).find();
        if (named) {
            return false;
        }
        if (t.value().length() < 10) {
            return true;
        }
        return insideQuotation(a.article().text(), t.evidence().start());
    }

    /** Whether more quotation marks open than close before {@code at} on its line. */
    static boolean insideQuotation(String text, int at) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        int depth = 0;
        boolean straight = false;
        for (int i = lineStart; i < at && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '«' || c == '„') {
                depth++;
            } else if ((c == '”' || c == '»') && depth > 0) {
                depth--;
            } else if (c == '"') {
                straight = !straight;
            }
        }
        return depth > 0 || straight;
    }

    private static boolean datelineOnly(TextSentence s, TimeExpression t) {
        String rest = without(s.text(), s, t.evidence());
        long words = Words.tokens(rest).stream().filter(w -> Character.isLetter(w.charAt(0))).count();
        return words < 4 || (s.wholeLine() && dateline(s.text().strip(), s.cues()) && words < 8);
    }

    /** Whether a line reads as a dateline: opening with "Updated" or the like, or naming a press release. */
    private static boolean dateline(String line, Cues cues) {
        return cues.opening(Cues.Section.DATELINE_OPENINGS).matcher(line).find()
                || cues.pattern(Cues.Section.DATELINE_PHRASES).matcher(line).find();
    }

    /** The sentence text with the time expression blanked out. */
    private static String without(String text, TextSentence s, Evidence e) {
        int from = Math.max(0, e.start() - s.start());
        int to = Math.min(text.length(), e.end() - s.start());
        if (from >= to) {
            return text;
        }
        return text.substring(0, from) + " " + text.substring(to);
    }

    /** The clause around the date, widened to neighbouring clauses within {@link #MAX_WHAT} characters. */
    static String what(TextSentence s, Evidence date) {
        String text = s.text();
        int at = Math.max(0, date.start() - s.start());
        int open = text.lastIndexOf('(', at);
        int close = text.indexOf(')', at);
        if (open >= 0 && close > at && text.lastIndexOf(')', at) < open) {
            String aside = text.substring(open + 1, close);
            if (Words.tokens(aside).size() >= 5) {
                return tidy(aside, s.cues()); // "(the last was to have been in March 2020)" dates itself
            }
        }
        if (text.length() <= MAX_WHAT) {
            return tidy(text, s.cues());
        }
        List<int[]> clauses = new ArrayList<>();
        int begin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean cut = c == ',' || c == ';' || c == ':' || ((c == '–' || c == '—') && i > 0
                    && text.charAt(i - 1) == ' ');
            if (cut) {
                clauses.add(new int[] {begin, i + 1});
                begin = i + 1;
            }
        }
        clauses.add(new int[] {begin, text.length()});
        int first = 0;
        while (first < clauses.size() - 1 && clauses.get(first)[1] <= at) {
            first++;
        }
        int last = first;
        boolean grew = true;
        while (grew) {
            grew = false;
            // Rightwards first: after a date ("On 30 March,") usually comes what happened.
            if (last + 1 < clauses.size() && clauses.get(last + 1)[1] - clauses.get(first)[0] <= MAX_WHAT) {
                last++;
                grew = true;
            } else if (first > 0 && clauses.get(last)[1] - clauses.get(first - 1)[0] <= MAX_WHAT) {
                first--;
                grew = true;
            }
        }
        String span = text.substring(clauses.get(first)[0], clauses.get(last)[1]).strip();
        if (Words.tokens(span).size() < MIN_CLAUSE_WORDS) {
            return tidy(text, s.cues()); // "At their meeting in Rome today," says too little: the sentence, cut
        }
        if (first > 0 && !span.isEmpty() && Character.isLowerCase(span.charAt(0))) {
            String previous = text.substring(clauses.get(first - 1)[0], clauses.get(first - 1)[1]);
            if (s.cues().opening(Cues.Section.RELATIVE_PRONOUNS).matcher(span).find()) {
                // "..., which it helped to adopt in June 2020": keep the noun the clause is about.
                return tidy("…" + tail(previous, MAX_WHAT - span.length() - 2) + " " + span, s.cues());
            }
            // A predicate without its subject ("met this Monday in Rome"): put the subject back.
            String subject = text.substring(clauses.get(0)[0], clauses.get(0)[1]).replaceAll("[,;:–—\\s]+$", "");
            return tidy(subject + " … " + span, s.cues());
        }
        return tidy(span, s.cues());
    }

    /** The last words of {@code text} that fit in {@code max} characters. */
    private static String tail(String text, int max) {
        String t = text.strip();
        if (t.length() <= max) {
            return t;
        }
        int cut = t.indexOf(' ', t.length() - Math.max(0, max));
        return cut < 0 ? "" : t.substring(cut + 1);
    }

    private static String tidy(String clause, Cues cues) {
        String t = clause.strip().replaceAll("\\s+", " ");
        Matcher connective = cues.opening(Cues.Section.CONNECTIVES).matcher(t);
        if (connective.find()) {
            t = t.substring(connective.end()).replaceFirst("^\\s*,?\\s*", "");
        }
        t = t.replaceAll("[,;:–—\\s]+$", "");
        t = Words.trim(t, MAX_WHAT);
        if (!t.isEmpty() && Character.isLowerCase(t.charAt(0))) {
            t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
        }
        return t;
    }
}
