package org.dossier.analyze.time;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dossier.analyze.time.TimexRule.Groups;

/**
 * The surface patterns of English time expressions in news and how each is normalised to a TimeML
 * type and value. Absolute dates keep their own year; relative ones ("last February", "on Monday",
 * "two weeks ago") resolve against the {@link Situation}'s anchor and tense, at the precision the
 * text gives. The dates in digits and the 24-hour clock ({@link #numericDates}, {@link #clock24}) read
 * the same in every language; {@link #rules(String)} gives each language its rules, and the other
 * languages' words ({@link LanguageGrammar}) are normalised by the normalisers here.
 */
final class TimexGrammar {

    // Month and weekday names; "May" and "March" only capitalised, since "may" and "march" are words too.
    private static final String MONTH_NAME = "(?:(?-i:May|March|MAY|MARCH|Mar\\.)|january|jan\\.|february|feb\\."
            + "|april|apr\\.|june|jun\\.|july|jul\\.|august|aug\\.|september|sept\\.|sep\\.|october|oct\\."
            + "|november|nov\\.|december|dec\\.)";
    private static final String MONTH = "(?<month>" + MONTH_NAME + ")";
    private static final String WEEKDAY = "(?<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String DAY = "(?<day>3[01]|[12]\\d|0?[1-9])(?!\\d)(?:st|nd|rd|th)?";
    private static final String YEAR = "(?<year>(?:1[5-9]|20)\\d\\d)(?![\\d%])";
    private static final String PART = "(?:\\s+(?<part>morning|afternoon|evening|night))?";
    private static final String MOD = "(?:(?<mod>early|late|(?:the\\s+)?(?:end|beginning|start|middle)\\s+of)\\s+"
            + "|(?<mid>mid-\\s*))?";
    private static final String APPROX = "(?:(?<q>almost|nearly|more\\s+than|less\\s+than|at\\s+least|at\\s+most"
            + "|up\\s+to)\\s+)?";
    private static final String NUM = "(?<num>\\d+\\s+1/2|" + NumberWords.DIGITS + "|" + NumberWords.WORDS
            + "|a\\s+few|few|several|many|a\\s+couple\\s+of|a\\s+couple|some)";
    private static final String UNIT = "(?<unit>second|minute|hour|day|week|fortnight|month|year|decade"
            + "|centur(?:y|ie)|quarter)";
    private static final String END = "(?!\\w)";
    private static final String START = "(?<!\\w)";

    private static final List<TimexRule> RULES = build();
    private static final Map<String, List<TimexRule>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private TimexGrammar() {
    }

    /** The English rules. */
    static List<TimexRule> rules() {
        return RULES;
    }

    /**
     * The rules for an article in {@code language} (ISO 639-1): English for "en" and for an article
     * of unknown language (null or blank); for another language, the dates in digits, day first,
     * and the rules of its word list if it has one ({@link LanguageGrammar}).
     */
    static List<TimexRule> rules(String language) {
        String code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (code.isEmpty() || code.equals("en")) {
            return RULES;
        }
        return BY_LANGUAGE.computeIfAbsent(code, c -> {
            List<TimexRule> r = new ArrayList<>(numericDates(false));
            r.add(clock24());
            r.addAll(LanguageGrammar.rules(c));
            return List.copyOf(r);
        });
    }

    private static List<TimexRule> build() {
        List<TimexRule> r = new ArrayList<>();
        r.add(TimexRule.of("day-month", START + "(?:" + WEEKDAY + ",?\\s+)?(?:the\\s+)?" + DAY + "(?:\\s+of)?\\s+"
                + MONTH + "(?:,?\\s+" + YEAR + ")?" + END, TimexGrammar::dayOfMonth));
        r.add(TimexRule.of("month-day", START + "(?:" + WEEKDAY + ",?\\s+)?" + MONTH + "\\s+" + DAY
                + "(?:,?\\s+" + YEAR + ")?(?!\\w|:\\d)", TimexGrammar::dayOfMonth));
        r.add(TimexRule.of("month-year", START + MOD + MONTH + ",?\\s+(?:of\\s+)?" + YEAR + END,
                (g, s) -> Normalised.date(Dates.month(Integer.parseInt(g.get("year")),
                        Dates.monthNumber(g.get("month"))))));
        r.add(TimexRule.of("month", START + "(?:(?<rel>last|next|this|coming|past)\\s+|(?!(?-i:May)\\b))" + MOD
                + MONTH + END, TimexGrammar::month));
        r.add(TimexRule.of("month-relative-year", START + MOD + MONTH + "\\s+(?:of\\s+)?(?<rel>this|last|next)\\s+year"
                + END, TimexGrammar::monthOfRelativeYear));
        // "May" alone is a month only where a preposition or determiner announces one.
        r.add(TimexRule.of("may", "(?<=\\b(?:in|since|until|till|by|of|from|through|before|after|during|last|next"
                + "|this|early|late|mid-)\\s{1,3})(?<month>(?-i:May))" + END, TimexGrammar::month));
        r.addAll(numericDates(true));
        r.add(TimexRule.of("clock", "(?<![\\w:.])(?<h>\\d{1,2})(?::(?<mi>\\d{2}))?\\s*(?<ap>[ap]\\.m\\.?|[ap]m"
                + END + ")(?:\\s+(?-i:EST|EDT|CST|CDT|PST|PDT|GMT|UTC|ET))?", TimexGrammar::clock));
        r.add(TimexRule.of("noon", START + "(?<nm>noon|midnight)" + END, TimexGrammar::clock));
        r.add(TimexRule.of("year", "(?<![\\w$.,/-])" + MOD + "(?:(?<fiscal>fiscal|calendar)\\s+)?" + YEAR
                + "(?!\\w|,\\d|\\.\\d|-\\d|\\s+(?:percent|per\\b))",
                (g, s) -> Normalised.date(g.get("year"))));
        // Years read aloud in broadcast transcripts: "nineteen ninety-six".
        r.add(TimexRule.of("spoken-year", START + "(?:the\\s+year\\s+)?(?<c>nineteen|two\\s+thousand)(?:\\s+and)?[\\s-]+"
                + "(?<rest>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-](?:one|two|three|four|five"
                + "|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
                + "|nineteen|one|two|three|four|five|six|seven|eight|nine)" + END, (g, s) -> {
                    java.math.BigDecimal rest = NumberWords.parse(g.get("rest"));
                    int century = g.get("c").toLowerCase(Locale.ROOT).startsWith("nineteen") ? 1900 : 2000;
                    return rest == null ? null : Normalised.date(Dates.year(century + rest.intValue()));
                }));
        r.add(TimexRule.of("year-two-thousand", START + "the\\s+year\\s+two\\s+thousand" + END,
                (g, s) -> Normalised.date("2000")));
        r.add(TimexRule.of("decade", "(?<![\\w$])(?:the\\s+)?" + MOD + "(?<dec>(?:1[5-9]|20)\\d)0'?s" + END,
                (g, s) -> Normalised.date(g.get("dec"))));
        r.add(TimexRule.of("word", START + "(?<w>today|tonight|yesterday|tomorrow|now|currently|current|nowadays|presently"
                + "|recently|lately|the\\s+past|the\\s+future|the\\s+near\\s+future|the\\s+present"
                + "|(?:this|yesterday|tomorrow)\\s+(?:morning|afternoon|evening)|last\\s+night"
                + "|recent\\s+(?:years|months|weeks|days|decades))" + END, TimexGrammar::word));
        r.add(TimexRule.of("relative-unit", START + "(?:(?<mod>early|late|earlier|later|(?:the\\s+)?(?:end|beginning"
                + "|start|middle)\\s+of)\\s+)?(?<rel>this|last|next|past|coming|previous|following|current"
                + "|the\\s+(?:last|past|next|coming|previous|following|current|latest))\\s+"
                + "(?<unit>week|weekend|month|year|quarter|decade|century|spring|summer|fall|autumn|winter)" + END,
                TimexGrammar::relativeUnit));
        r.add(TimexRule.of("unit-of", START + "(?:the\\s+)?(?<mod>end|beginning|start|middle|turn)\\s+of\\s+"
                + "(?<rel>the|this|next|last)\\s+(?<unit>week|month|year|quarter|decade|century)" + END,
                TimexGrammar::relativeUnit));
        r.add(TimexRule.of("weekend", START + "the\\s+weekend" + END, (g, s) -> {
            if (s.anchor() == null) {
                return Normalised.date(null);
            }
            LocalDate saturday = Dates.weekday(DayOfWeek.SATURDAY, s.anchor(), s.tense() == Tense.UNKNOWN
                    ? Tense.PAST : s.tense());
            return Normalised.date(Dates.week(saturday) + "-WE");
        }));
        r.add(TimexRule.of("relative-weekday", START + "(?<rel>last|next|this|coming|past)\\s+" + WEEKDAY + PART + END,
                TimexGrammar::weekday));
        r.add(TimexRule.of("weekday", START + "(?:(?<mod>early|late)\\s+)?" + WEEKDAY + PART + END,
                TimexGrammar::weekday));
        r.add(TimexRule.of("ago", START + APPROX + NUM + "[\\s-]+" + UNIT + "s?\\s+(?<dir>ago|earlier|later"
                + "|from\\s+now|hence)" + END, TimexGrammar::ago));
        r.add(TimexRule.of("duration", "(?<!\\w)(?<!(?:times|once|twice|per)\\s)" + APPROX
                + "(?:the\\s+)?(?:(?<rel>past|last|next|first|coming|previous|following|final|latest|initial"
                + "|remaining|additional|further|other)\\s+)?" + NUM + "(?:\\s+|-)(?:(?<more>more|additional"
                + "|straight|consecutive|full)\\s+)?" + UNIT + "s?(?<half>\\s+and\\s+a\\s+half)?(?!\\w|-old|\\s+old)",
                TimexGrammar::duration));
        r.add(TimexRule.of("bare-plural", "(?<=\\b(?:for|over|in|within|take|takes|took|taking|last|lasted)\\s)"
                + "(?<unit>years|months|weeks|days|decades|hours|minutes)" + END,
                (g, s) -> new Normalised("DURATION", durationValue("X", unitCode(g.get("unit"))))));
        r.add(TimexRule.of("quarter", START + "(?:(?<det>the|this|last|next|the\\s+latest|the\\s+current"
                + "|the\\s+previous|(?:this|last|next)\\s+year's)\\s+)?(?:(?<fiscal>fiscal)\\s+)?(?:(?<y1>(?:19|20)\\d\\d)(?:'s)?\\s+)?"
                + "(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)(?:\\s+|-)(?:fiscal\\s+)?(?<q>quarter|half)"
                + "(?:\\s+of\\s+(?:fiscal\\s+)?(?<y2>(?:19|20)\\d\\d)|\\s+(?<y3>(?:19|20)\\d\\d))?" + END,
                TimexGrammar::quarter));
        r.add(TimexRule.of("the-quarter", START + "(?<det>the|this|last|next|the\\s+latest|the\\s+current"
                + "|the\\s+previous|the\\s+year-ago|the\\s+year-earlier|the\\s+same)\\s+(?:fiscal\\s+)?"
                + "(?<p>quarter)" + END, TimexGrammar::theQuarter));
        r.add(TimexRule.of("year-ago-period", START + "(?:the\\s+)?(?<det>year-ago|year-earlier)(?:\\s+(?<p>period"
                + "|quarter))?" + END, TimexGrammar::theQuarter));
        r.add(TimexRule.of("year-period", START + "the\\s+" + YEAR + "\\s+(?:fiscal\\s+)?(?<p>quarter|period)" + END,
                (g, s) -> Normalised.date(s.lastQuarter() == null ? g.get("year")
                        : g.get("year") + s.lastQuarter().substring(4))));
        r.add(TimexRule.of("season-year", START + MOD + "(?:the\\s+)?(?<season>spring|summer|fall|autumn|winter)"
                + "(?:\\s+of)?\\s+" + YEAR + END, (g, s) -> Normalised.date(g.get("year") + "-"
                        + seasonCode(g.get("season")))));
        r.add(TimexRule.of("the-season", "(?<=\\b(?:in|during|by|until|through|since|over|this|that)\\s)"
                + "(?:(?<mod>early|late)\\s+)?(?:the\\s+)?(?<season>spring|summer|fall|autumn|winter)(?!\\w|\\s+of\\b)",
                TimexGrammar::season));
        r.add(TimexRule.of("set-adverb", START + "(?<w>daily|weekly|monthly|yearly|hourly|nightly|biweekly)" + END, (g, s) -> new Normalised("SET", setValue(g.get("w")))));
        r.add(TimexRule.of("set-every", START + "(?:every|each|per)\\s+(?:(?<num>\\d+|" + NumberWords.WORD + ")\\s+)?"
                + "(?<unit>second|minute|hour|day|week|month|year|decade|quarter|morning|evening|night"
                + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?" + END, TimexGrammar::every));
        r.add(TimexRule.of("relative-day", START + "(?<w>the\\s+(?:day|night|week|month|year)\\s+(?:before|after)"
                + "(?!\\s+(?:the|a|an|his|her|their|its)\\b)|the\\s+(?:next|following|previous|same)\\s+(?:day|morning"
                + "|evening|night)|(?:earlier|later)\\s+that\\s+(?:day|morning|evening|night)|that\\s+(?:morning"
                + "|evening|night)|the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow)" + END,
                TimexGrammar::relativeDay));
        r.add(TimexRule.of("holiday", START + "(?<h>(?-i:Christmas(?:\\s+Day|\\s+Eve)?|New\\s+Year's(?:\\s+Day"
                + "|\\s+Eve)|Thanksgiving(?:\\s+Day)?|Independence\\s+Day|Labor\\s+Day|Memorial\\s+Day))" + END,
                TimexGrammar::holiday));
        return List.copyOf(r);
    }

    /**
     * Dates in digits, which read the same in every language: 2024-03-05, 05.03.2024, and 5/3/2024,
     * month first when {@code monthFirst} (as American English writes it, unless the first number
     * cannot be a month), else day first. An optional clock time ("05.03.2024, 14:30") makes a TIME.
     */
    static List<TimexRule> numericDates(boolean monthFirst) {
        List<TimexRule> r = new ArrayList<>();
        String clock = "(?:,?\\s+(?<h>\\d{1,2}):(?<mi>\\d{2})(?:\\s*(?<ap>[ap]\\.m\\.?|[ap]m" + END + "))?)?";
        r.add(TimexRule.of("d.m.y", "(?<![\\w.])(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<y>\\d{4})(?!\\d)" + clock,
                (g, s) -> numeric(g, Integer.parseInt(g.get("d")), Integer.parseInt(g.get("m")))));
        r.add(TimexRule.of("m/d/y", "(?<![\\w/])(?<m>\\d{1,2})/(?<d>\\d{1,2})/(?<y>\\d{4}|\\d{2})(?![\\w/])" + clock,
                (g, s) -> {
                    int a = Integer.parseInt(g.get("m"));
                    int b = Integer.parseInt(g.get("d"));
                    boolean firstIsMonth = monthFirst ? a <= 12 : b > 12 && a <= 12;
                    return firstIsMonth ? numeric(g, b, a) : numeric(g, a, b);
                }));
        r.add(TimexRule.of("iso", "(?<![\\w-])(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?![\\w-])" + clock,
                (g, s) -> numeric(g, Integer.parseInt(g.get("d")), Integer.parseInt(g.get("m")))));
        return List.copyOf(r);
    }

    /**
     * A time of day on the 24-hour clock, as most languages write it: "16:08", "16:08 UTC" (a TIME
     * of the publication day, "Z" for UTC or GMT).
     */
    static TimexRule clock24() {
        return TimexRule.of("clock24", "(?<![\\p{L}\\p{N}:.,])(?<h>[01]?\\d|2[0-4]):(?<mi>[0-5]\\d)(?![\\p{N}:])"
                + "(?:\\s+(?<z>(?-i:UTC|GMT)))?(?![\\p{L}\\p{N}])", (g, s) -> new Normalised("TIME", s.anchor() == null
                        ? null : Dates.day(s.anchor()) + "T" + String.format(Locale.ROOT, "%02d:%s",
                                Integer.parseInt(g.get("h")), g.get("mi")) + (g.has("z") ? "Z" : "")));
    }

    // ---- normalisers -------------------------------------------------------------------------

    static Normalised dayOfMonth(Groups g, Situation s) {
        int month = Dates.monthNumber(g.get("month"));
        int day = Integer.parseInt(g.get("day"));
        if (g.has("year")) {
            LocalDate d = Dates.safeDate(Integer.parseInt(g.get("year")), month, day);
            return d == null ? null : Normalised.date(Dates.day(d));
        }
        DayOfWeek weekday = g.has("wd") ? Dates.weekday(g.get("wd")) : null;
        if (s.anchor() == null) {
            // Undated: only a weekday lets the year the text implies (or one beside it) place the day.
            LocalDate d = weekday == null || s.textYear() == null ? null
                    : Dates.fitWeekday(weekday, month, day, s.textYear(), LocalDate.of(s.textYear(), 7, 1));
            return d == null || d.getDayOfWeek() != weekday ? Normalised.date(null) : Normalised.date(Dates.day(d));
        }
        // The nearest such day: tense around a bare date proved a worse guide than distance on news.
        int year = Dates.yearOfNamedMonth(month, s.anchor(), s.tense());
        LocalDate d = Dates.safeDate(year, month, day);
        if (weekday != null && (d == null || d.getDayOfWeek() != weekday)) {
            LocalDate fitting = Dates.fitWeekday(weekday, month, day, s.anchor().getYear(), s.anchor());
            if (fitting != null && fitting.getDayOfWeek() == weekday) {
                d = fitting;
            }
        }
        return d == null ? null : Normalised.date(Dates.day(d));
    }

    private static Normalised numeric(Groups g, int day, int month) {
        int year = Integer.parseInt(g.get("y"));
        if (year < 100) {
            year += year < 50 ? 2000 : 1900;
        }
        LocalDate d = Dates.safeDate(year, month, day);
        if (d == null) {
            return null;
        }
        if (g.has("h")) {
            int h = Integer.parseInt(g.get("h"));
            String ap = g.get("ap");
            h = hour24(h, ap);
            if (h < 0) {
                return null;
            }
            return new Normalised("TIME", Dates.day(d) + String.format(Locale.ROOT, "T%02d:%s", h, g.get("mi")));
        }
        return Normalised.date(Dates.day(d));
    }

    private static int hour24(int h, String ampm) {
        if (h > 24) {
            return -1;
        }
        if (ampm == null) {
            return h;
        }
        boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
        if (h > 12) {
            return -1;
        }
        if (h == 12) {
            return pm ? 12 : 0;
        }
        return pm ? h + 12 : h;
    }

    private static Normalised clock(Groups g, Situation s) {
        String time;
        if (g.has("nm")) {
            time = g.get("nm").toLowerCase(Locale.ROOT).equals("noon") ? "12:00" : "24:00";
        } else {
            int h = hour24(Integer.parseInt(g.get("h")), g.get("ap"));
            if (h < 0) {
                return null;
            }
            time = String.format(Locale.ROOT, "%02d:%s", h, g.has("mi") ? g.get("mi") : "00");
        }
        return new Normalised("TIME", s.anchor() == null ? null : Dates.day(s.anchor()) + "T" + time);
    }

    static Normalised month(Groups g, Situation s) {
        int month = Dates.monthNumber(g.get("month"));
        if (s.anchor() == null) {
            return Normalised.date(null);
        }
        String rel = lower(g.get("rel"));
        int anchorMonth = s.anchor().getMonthValue();
        int year = s.anchor().getYear();
        if (rel == null || rel.equals("this")) {
            year = Dates.yearOfNamedMonth(month, s.anchor(), s.tense());
        } else if (rel.equals("last") || rel.equals("past")) {
            year = month >= anchorMonth ? year - 1 : year;
        } else {
            year = month <= anchorMonth ? year + 1 : year;
        }
        return Normalised.date(Dates.month(year, month));
    }

    static Normalised word(Groups g, Situation s) {
        String w = lower(g.get("w")).replaceAll("\\s+", " ");
        LocalDate a = s.anchor();
        if (w.startsWith("recent")) {
            return Normalised.date("PAST_REF");
        }
        switch (w) {
            case "now", "currently", "current", "nowadays", "presently", "the present":
                return Normalised.date("PRESENT_REF");
            case "recently", "lately", "the past":
                return Normalised.date("PAST_REF");
            case "the future", "the near future":
                return Normalised.date("FUTURE_REF");
            default:
                break;
        }
        if (a == null) {
            return w.contains("morning") || w.contains("afternoon") || w.contains("evening") || w.contains("night")
                    ? new Normalised("TIME", null) : Normalised.date(null);
        }
        LocalDate day = w.startsWith("yesterday") || w.equals("last night") ? a.minusDays(1)
                : w.startsWith("tomorrow") ? a.plusDays(1) : a;
        String part = w.endsWith("morning") ? "MO" : w.endsWith("afternoon") ? "AF" : w.endsWith("evening") ? "EV"
                : w.endsWith("night") && !w.equals("tonight") ? "NI" : null;
        return part == null ? Normalised.date(Dates.day(day)) : new Normalised("TIME", Dates.day(day) + "T" + part);
    }

    static Normalised relativeUnit(Groups g, Situation s) {
        String rel = lower(g.get("rel")).replaceAll("\\s+", " ");
        String unit = lower(g.get("unit"));
        boolean span = rel.equals("the past") || rel.equals("the last") || rel.equals("past");
        if (span && !unit.equals("weekend") && !isSeason(unit) && !g.has("mod")) {
            return new Normalised("DURATION", durationValue("1", unitCode(unit)));
        }
        LocalDate a = s.anchor();
        if (a == null) {
            return Normalised.date(null);
        }
        int shift = switch (rel) {
            case "last", "past", "previous", "the last", "the past", "the previous" -> -1;
            case "next", "coming", "following", "the next", "the coming", "the following" -> 1;
            default -> 0;
        };
        if (isSeason(unit)) {
            String code = seasonCode(unit);
            int start = Dates.seasonStart(code);
            int year = a.getYear();
            if (shift < 0 && start >= a.getMonthValue()) {
                year--;
            } else if (shift > 0 && start <= a.getMonthValue()) {
                year++;
            }
            return Normalised.date(year + "-" + code);
        }
        return switch (unit) {
            case "week" -> Normalised.date(Dates.week(a.plusWeeks(shift)));
            case "weekend" -> Normalised.date(Dates.week(a.plusWeeks(shift)) + "-WE");
            case "month" -> Normalised.date(Dates.month(a.plusMonths(shift)));
            case "quarter" -> {
                LocalDate q = a.plusMonths(3L * shift);
                yield Normalised.date(q.getYear() + "-Q" + Dates.quarter(q));
            }
            case "decade" -> Normalised.date((a.getYear() / 10 + shift) + "X");
            case "century" -> Normalised.date(String.format(Locale.ROOT, "%02d", a.getYear() / 100 + shift));
            default -> Normalised.date(Dates.year(a.getYear() + shift));
        };
    }

    private static Normalised monthOfRelativeYear(Groups g, Situation s) {
        if (s.anchor() == null) {
            return Normalised.date(null);
        }
        String rel = lower(g.get("rel"));
        int year = s.anchor().getYear() + (rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0);
        return Normalised.date(Dates.month(year, Dates.monthNumber(g.get("month"))));
    }

    static Normalised weekday(Groups g, Situation s) {
        if (s.anchor() == null) {
            return Normalised.date(null);
        }
        DayOfWeek day = Dates.weekday(g.get("wd"));
        String rel = lower(g.get("rel"));
        LocalDate a = s.anchor();
        LocalDate d;
        if (rel == null || rel.equals("this")) {
            d = Dates.weekday(day, a, s.tense());
        } else if (rel.equals("last") || rel.equals("past")) {
            d = a.with(TemporalAdjusters.previous(day));
        } else {
            d = a.with(TemporalAdjusters.next(day));
        }
        String part = lower(g.get("part"));
        if (part != null) {
            return Normalised.date(Dates.day(d) + "T" + switch (part) {
                case "morning" -> "MO";
                case "afternoon" -> "AF";
                case "evening" -> "EV";
                default -> "NI";
            });
        }
        return Normalised.date(Dates.day(d));
    }

    static Normalised ago(Groups g, Situation s) {
        BigDecimal n = NumberWords.parse(g.get("num"));
        String unit = unitCode(g.get("unit"));
        String dir = lower(g.get("dir"));
        boolean back = dir.equals("ago") || dir.equals("earlier");
        LocalDate a = s.anchor();
        if (n == null) {
            return Normalised.date(back ? "PAST_REF" : "FUTURE_REF");
        }
        if (a == null) {
            return Normalised.date(null);
        }
        long k = n.setScale(0, java.math.RoundingMode.HALF_UP).longValue() * (back ? -1 : 1);
        if (unit.equals("Y") && Math.abs(k) == 1 && s.lastQuarter() != null && !dir.contains("now")) {
            // "a year earlier" beside a quarter means the same quarter a year before (earnings reports).
            return Normalised.date(shiftYear(s.lastQuarter(), (int) k));
        }
        return switch (unit) {
            case "D" -> Normalised.date(Dates.day(a.plusDays(k)));
            case "W" -> Normalised.date(Dates.week(a.plusWeeks(k)));
            case "M" -> Normalised.date(Dates.month(a.plusMonths(k)));
            case "Q" -> {
                LocalDate q = a.plusMonths(3 * k);
                yield Normalised.date(q.getYear() + "-Q" + Dates.quarter(q));
            }
            case "DE" -> Normalised.date(Dates.year(a.getYear() + (int) (10 * k)));
            case "CE" -> Normalised.date(Dates.year(a.getYear() + (int) (100 * k)));
            case "Y" -> Normalised.date(Dates.year(a.getYear() + (int) k));
            default -> new Normalised("TIME", null);
        };
    }

    static Normalised duration(Groups g, Situation s) {
        String num = lower(g.get("num")).replaceAll("\\s+", " ");
        String unit = lower(g.get("unit"));
        if ((num.equals("a") || num.equals("an")) && (unit.equals("quarter") || unit.equals("second"))) {
            return null; // "a quarter of", "a second term"
        }
        BigDecimal n = num.startsWith("a couple") ? BigDecimal.valueOf(2) : NumberWords.parse(num);
        String amount;
        if (n == null) {
            amount = "X";
        } else {
            if (g.has("half")) {
                n = n.add(new BigDecimal("0.5"));
            }
            amount = NumberWords.format(n);
        }
        return new Normalised("DURATION", durationValue(amount, unitCode(unit)));
    }

    private static Normalised quarter(Groups g, Situation s) {
        int ord = ordinal(lower(g.get("ord")));
        boolean half = lower(g.get("q")).equals("half");
        String y = g.has("y1") ? g.get("y1") : g.has("y2") ? g.get("y2") : g.get("y3");
        String det = g.has("det") ? lower(g.get("det")).replaceAll("\\s+", " ") : null;
        int year;
        if (y != null) {
            year = Integer.parseInt(y);
        } else if (s.anchor() == null) {
            return Normalised.date(null);
        } else {
            LocalDate a = s.anchor();
            int current = half ? (a.getMonthValue() <= 6 ? 1 : 2) : Dates.quarter(a);
            year = a.getYear();
            if ("last".equals(det) || (det != null && det.startsWith("last "))) {
                year--;
            } else if ("next".equals(det) || (det != null && det.startsWith("next "))) {
                year++;
            } else if (s.tense() == Tense.PAST && ord > current) {
                // Only the past moves a quarter: results of a past quarter are "expected" in the future too.
                year--;
            }
        }
        return Normalised.date(year + (half ? "-H" : "-Q") + ord);
    }

    private static Normalised theQuarter(Groups g, Situation s) {
        String det = lower(g.get("det")).replaceAll("\\s+", " ");
        LocalDate a = s.anchor();
        boolean yearAgo = det.contains("year-");
        if (yearAgo) {
            if (s.lastQuarter() != null) {
                return Normalised.date(shiftYear(s.lastQuarter(), -1));
            }
            return a == null ? Normalised.date(null) : Normalised.date(Dates.year(a.getYear() - 1));
        }
        if (a == null) {
            return Normalised.date(null);
        }
        LocalDate current = a;
        LocalDate previous = a.minusMonths(3);
        String q = switch (det) {
            case "this", "the current" -> current.getYear() + "-Q" + Dates.quarter(current);
            case "last", "the previous" -> previous.getYear() + "-Q" + Dates.quarter(previous);
            case "next" -> a.plusMonths(3).getYear() + "-Q" + Dates.quarter(a.plusMonths(3));
            case "the latest" -> previous.getYear() + "-Q" + Dates.quarter(previous);
            default -> s.lastQuarter() != null ? s.lastQuarter()
                    : previous.getYear() + "-Q" + Dates.quarter(previous);
        };
        return Normalised.date(q);
    }

    private static Normalised season(Groups g, Situation s) {
        if (s.anchor() == null) {
            return Normalised.date(null);
        }
        String code = seasonCode(g.get("season"));
        int year = s.anchor().getYear();
        int start = Dates.seasonStart(code);
        int month = s.anchor().getMonthValue();
        if (s.tense() == Tense.PAST && start > month) {
            year--;
        } else if (s.tense() == Tense.FUTURE && start + 2 < month) {
            year++;
        }
        return Normalised.date(year + "-" + code);
    }

    private static Normalised every(Groups g, Situation s) {
        String unit = lower(g.get("unit"));
        String n = g.has("num") ? NumberWords.format(NumberWords.parse(g.get("num"))) : "1";
        return switch (unit) {
            case "morning", "evening", "night" -> new Normalised("SET", "XXXX-XX-XXT" + unit.substring(0, 2)
                    .toUpperCase(Locale.ROOT));
            case "second", "minute", "hour", "day", "week", "month", "year", "decade", "quarter" ->
                    new Normalised("SET", durationValue(n, unitCode(unit)));
            default -> new Normalised("SET", "XXXX-WXX-" + Dates.weekday(unit).getValue());
        };
    }

    static Normalised relativeDay(Groups g, Situation s) {
        String w = lower(g.get("w")).replaceAll("\\s+", " ");
        LocalDate ref = s.lastDay() != null ? s.lastDay() : s.anchor();
        if (ref == null) {
            return Normalised.date(null);
        }
        if (w.equals("the day before yesterday")) {
            return Normalised.date(Dates.day(s.anchor() == null ? ref.minusDays(2) : s.anchor().minusDays(2)));
        }
        if (w.equals("the day after tomorrow")) {
            return Normalised.date(Dates.day(s.anchor() == null ? ref.plusDays(2) : s.anchor().plusDays(2)));
        }
        int shift = w.contains("before") || w.contains("previous") ? -1
                : w.contains("after") || w.contains("next") || w.contains("following") ? 1 : 0;
        if (w.startsWith("the week")) {
            return Normalised.date(Dates.week(ref.plusWeeks(shift)));
        }
        if (w.startsWith("the month")) {
            return Normalised.date(Dates.month(ref.plusMonths(shift)));
        }
        if (w.startsWith("the year")) {
            return Normalised.date(Dates.year(ref.getYear() + shift));
        }
        return Normalised.date(Dates.day(ref.plusDays(shift)));
    }

    private static Normalised holiday(Groups g, Situation s) {
        if (s.anchor() == null) {
            return Normalised.date(null);
        }
        String h = g.get("h").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        int year = s.anchor().getYear();
        LocalDate d = holidayIn(h, year);
        if (s.tense() == Tense.PAST && d.isAfter(s.anchor())) {
            d = holidayIn(h, year - 1);
        } else if (s.tense() == Tense.FUTURE && d.isBefore(s.anchor())) {
            d = holidayIn(h, year + 1);
        }
        return Normalised.date(Dates.day(d));
    }

    private static LocalDate holidayIn(String h, int year) {
        if (h.startsWith("christmas")) {
            return LocalDate.of(year, 12, h.endsWith("eve") ? 24 : 25);
        }
        if (h.startsWith("new year")) {
            return h.endsWith("eve") ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
        }
        if (h.startsWith("thanksgiving")) {
            return LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
        }
        if (h.startsWith("independence")) {
            return LocalDate.of(year, 7, 4);
        }
        if (h.startsWith("labor")) {
            return LocalDate.of(year, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        }
        return LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static boolean isSeason(String unit) {
        return switch (unit) {
            case "spring", "summer", "fall", "autumn", "winter" -> true;
            default -> false;
        };
    }

    private static String seasonCode(String season) {
        return switch (season.toLowerCase(Locale.ROOT)) {
            case "spring" -> "SP";
            case "summer" -> "SU";
            case "fall", "autumn" -> "FA";
            default -> "WI";
        };
    }

    private static int ordinal(String ord) {
        return switch (ord) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            default -> 4;
        };
    }

    /** TimeML unit letter of a unit word: Y, M, W, D, H, MIN, S, DE, CE, Q. */
    static String unitCode(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("year")) {
            return "Y";
        }
        if (u.startsWith("month")) {
            return "M";
        }
        if (u.startsWith("week")) {
            return "W";
        }
        if (u.startsWith("fortnight")) {
            return "2W";
        }
        if (u.startsWith("day")) {
            return "D";
        }
        if (u.startsWith("hour")) {
            return "H";
        }
        if (u.startsWith("minute")) {
            return "MIN";
        }
        if (u.startsWith("second")) {
            return "S";
        }
        if (u.startsWith("decade")) {
            return "DE";
        }
        if (u.startsWith("quarter")) {
            return "Q";
        }
        return "CE";
    }

    /** A TimeML duration: P2Y, P10Y for two decades' unit DE, PT5H, P1.5Y, PXY. */
    static String durationValue(String amount, String unit) {
        String a = amount;
        String u = unit;
        if (u.equals("2W")) {
            a = a.equals("X") ? "X" : NumberWords.format(new BigDecimal(a).multiply(BigDecimal.valueOf(2)));
            u = "W";
        } else if (u.equals("DE") || u.equals("CE")) {
            int factor = u.equals("DE") ? 10 : 100;
            a = a.equals("X") ? "X" : NumberWords.format(new BigDecimal(a).multiply(BigDecimal.valueOf(factor)));
            u = a.equals("X") ? (factor == 10 ? "DE" : "CE") : "Y";
        } else if (u.equals("Q")) {
            u = "Q";
        }
        if (a.endsWith(".5")) {
            // Half units in the next smaller unit, as TimeML writes them: P2Y6M, PT1M30S.
            String whole = a.substring(0, a.length() - 2);
            switch (u) {
                case "Y":
                    return "P" + whole + "Y6M";
                case "D":
                    return "P" + whole + "DT12H";
                case "H":
                    return "PT" + whole + "H30M";
                case "MIN":
                    return "PT" + whole + "M30S";
                default:
                    break;
            }
        }
        return switch (u) {
            case "H" -> "PT" + a + "H";
            case "MIN" -> "PT" + a + "M";
            case "S" -> "PT" + a + "S";
            default -> "P" + a + u;
        };
    }

    private static String setValue(String adverb) {
        return switch (adverb.toLowerCase(Locale.ROOT)) {
            case "daily", "nightly" -> "P1D";
            case "weekly" -> "P1W";
            case "biweekly" -> "P2W";
            case "monthly" -> "P1M";
            case "quarterly" -> "P1Q";
            case "hourly" -> "PT1H";
            default -> "P1Y";
        };
    }

    private static String shiftYear(String quarterValue, int years) {
        int year = Integer.parseInt(quarterValue.substring(0, 4));
        return Dates.year(year + years) + quarterValue.substring(4);
    }
}
