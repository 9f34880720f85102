package org.dossier.analyze.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.dossier.analyze.AnnotationContext;
import org.dossier.analyze.Annotator;
import org.dossier.analyze.nlp.NlpDocument;
import org.dossier.model.Evidence;
import org.dossier.model.Span;
import org.dossier.model.TimeExpression;

/**
 * Finds date, time, duration and set expressions and normalises them to TimeML values against the
 * article's publication date ({@link AnnotationContext#anchor()}): "last February" in an article of
 * June 2021 is {@code 2021-02}, "on Monday" about an upcoming meeting is the coming Monday, "almost
 * two years" is {@code P2Y}. In an undated article the last day-precise date named before an
 * expression stands in for the anchor; expressions that need one get a null value when there is
 * none.
 *
 * <p>Rule-based: the English grammar ({@link TimexGrammar}) for English articles and those of unknown
 * language, the article's own words for the other {@link #LANGUAGES} ({@link LanguageGrammar}), the
 * same normalisers for all; where patterns overlap the longest match wins. Stateless and
 * thread-safe; the cost is a few regular-expression passes over the text.
 */
public final class TimeAnnotator implements Annotator<TimeExpression> {

    /**
     * The languages whose words this annotator reads: English by its own grammar, the others by
     * their word lists ({@code time/LANG.txt}). An article in any other language gets the dates
     * written in digits only (2024-03-05, 05.03.2024, 5/3/2024 day first).
     */
    public static final Set<String> LANGUAGES = Set.of("en", "de", "fr", "es", "it", "ru");

    /** The languages whose words this annotator reads; for others it finds dates in digits only. */
    public Set<String> languages() {
        return LANGUAGES;
    }

    @Override
    public List<TimeExpression> annotate(AnnotationContext context) {
        String text = context.article().text();
        List<Candidate> chosen = choose(candidates(text, context.article().language()));
        NlpDocument nlp = context.nlp();
        LocalDate anchor = context.anchor();
        LocalDate lastDay = null;
        String lastQuarter = null;
        List<YearMention> years = anchor == null ? yearsNamed(chosen) : List.of();
        List<TimeExpression> found = new ArrayList<>();
        for (Candidate c : chosen) {
            Tense tense = Tense.at(nlp, c.start, c.end);
            // An undated article is read as a narrative: the last day it named stands in for the
            // publication date ("On Monday 28 June ... on 30 March" is March of that year).
            LocalDate reference = anchor != null ? anchor : lastDay;
            Situation situation = new Situation(reference, tense, lastDay, lastQuarter,
                    reference == null ? textYear(years, c) : null);
            Normalised n = c.rule.normaliser().apply(c.groups, situation);
            if (n == null) {
                continue;
            }
            found.add(new TimeExpression(text.substring(c.start, c.end), n.type(), n.value(),
                    Evidence.of(context.article().id(), new Span(c.start, c.end))));
            if (n.value() != null && n.type().equals("DATE")) {
                if (n.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
                    lastDay = LocalDate.parse(n.value());
                } else if (c.rule.name().equals("quarter")) {
                    // Only a quarter named outright becomes the reference of "the quarter", "a year earlier".
                    lastQuarter = n.value();
                }
            }
        }
        return List.copyOf(found);
    }

    /** The years the text names outright, with where; a year in a day-precise date is a full date. */
    private static List<YearMention> yearsNamed(List<Candidate> chosen) {
        List<YearMention> years = new ArrayList<>();
        for (Candidate c : chosen) {
            TimexRule.Groups g = c.groups;
            String y = g.has("year") ? g.get("year") : g.has("y") ? g.get("y")
                    : g.has("y1") ? g.get("y1") : g.has("y2") ? g.get("y2") : g.get("y3");
            if (y == null || y.length() != 4) {
                continue;
            }
            boolean full = g.has("day") || g.has("d");
            years.add(new YearMention(c.start, Integer.parseInt(y), full));
        }
        return years;
    }

    /**
     * The year the rest of the text implies at {@code c}: that of the nearest full date outside it,
     * else of the nearest named year; null if the text names none.
     */
    private static Integer textYear(List<YearMention> years, Candidate c) {
        YearMention best = null;
        for (YearMention y : years) {
            if (y.at() >= c.start && y.at() < c.end) {
                continue;
            }
            if (best == null || (y.full() && !best.full())
                    || (y.full() == best.full() && distance(y, c) < distance(best, c))) {
                best = y;
            }
        }
        return best == null ? null : best.year();
    }

    private static int distance(YearMention y, Candidate c) {
        return Math.abs(y.at() - c.start);
    }

    private static List<Candidate> candidates(String text, String language) {
        List<Candidate> all = new ArrayList<>();
        List<TimexRule> rules = TimexGrammar.rules(language);
        for (int i = 0; i < rules.size(); i++) {
            TimexRule rule = rules.get(i);
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                if (m.end() > m.start()) {
                    all.add(new Candidate(m.start(), m.end(), i, rule, rule.groups(m)));
                }
            }
        }
        return all;
    }

    /** The longest candidates that do not overlap a longer (or, at equal length, earlier-rule) one, in text order. */
    private static List<Candidate> choose(List<Candidate> all) {
        List<Candidate> byStrength = new ArrayList<>(all);
        byStrength.sort(Comparator.comparingInt((Candidate c) -> c.start - c.end)
                .thenComparingInt(c -> c.order).thenComparingInt(c -> c.start));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : byStrength) {
            boolean free = true;
            for (Candidate k : kept) {
                if (c.start < k.end && k.start < c.end) {
                    free = false;
                    break;
                }
            }
            if (free) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(c -> c.start));
        return kept;
    }

    private record YearMention(int at, int year, boolean full) {
    }

    private record Candidate(int start, int end, int order, TimexRule rule, TimexRule.Groups groups) {
    }
}
