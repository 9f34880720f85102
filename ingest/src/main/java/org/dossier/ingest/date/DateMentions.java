package org.dossier.ingest.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds full calendar dates (day, month and year) written in a line of news text: ISO
 * ({@code 2020-06-04}), day-first with dots ({@code 04.06.2020}), slashes ({@code 06/28/2021}),
 * and month names in English, German, French, Spanish, Italian, Portuguese, Dutch, Russian and
 * Polish ({@code June 4, 2020}, {@code 4 June 2020}, {@code 4. Juni 2020}, {@code 4 de junio de 2020}).
 * A time of day right after the date ({@code 4:30 a.m.}, {@code 16:30}, {@code 16.30 Uhr}) is kept.
 * Stateless and thread-safe.
 *
 * <p>Slashed dates are read month-first (US style) unless the first number exceeds 12: the
 * product reads English and machine-translated text, where translation rewrites day-first dates
 * into the US order ({@code Stand: 28.06.2021} becomes {@code Status: 06/28/2021}).
 */
public final class DateMentions {

    private static final Map<String, Integer> MONTHS = months();

    private static final String MONTH = MONTHS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .collect(Collectors.joining("|", "(?<month>", ")"));

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d.-])(?<year>\\d{4})-(?<mon>\\d{1,2})-(?<day>\\d{1,2})(?:[T ](?<hh>\\d{2}):(?<mm>\\d{2}))?(?![\\d])");
    private static final Pattern DOTTED = Pattern.compile(
            "(?<![\\d.])(?<day>\\d{1,2})\\.(?<mon>\\d{1,2})\\.(?<year>\\d{4})(?!\\d)");
    private static final Pattern SLASHED = Pattern.compile(
            "(?<![\\d/])(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<year>\\d{4})(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\d\\p{L}])(?<day>\\d{1,2})(?:\\.|st|nd|rd|th|er|º)?\\s+(?:de\\s+)?" + MONTH
                    + "\\.?,?\\s+(?:de\\s+|del\\s+)?(?<year>\\d{4})(?!\\d)", FLAGS);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<!\\p{L})" + MONTH + "\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})(?!\\d)", FLAGS);
    private static final Pattern TIME = Pattern.compile(
            ",?\\s*(?:-|–|at|um|à|a las|às|alle|om|в)?\\s*(?<hh>\\d{1,2})(?:(?::(?<mm>\\d{2})(?::\\d{2})?\\s*"
                    + "(?<ampm>[ap]\\.?\\s?m\\.?(?!\\p{L}))?)|(?:[.h](?<mm2>\\d{2})\\s*(?:uhr|h)(?!\\p{L})))", FLAGS);

    private DateMentions() {
    }

    /** Every date mention in {@code line}, in order of position. */
    public static List<DateMention> in(String line) {
        List<DateMention> found = new ArrayList<>();
        collect(ISO, line, found);
        collect(DOTTED, line, found);
        collect(SLASHED, line, found);
        collect(DAY_MONTH_YEAR, line, found);
        collect(MONTH_DAY_YEAR, line, found);
        found.sort(Comparator.comparingInt(DateMention::start));
        return List.copyOf(removeOverlaps(found));
    }

    private static void collect(Pattern pattern, String line, List<DateMention> found) {
        Matcher m = pattern.matcher(line);
        while (m.find()) {
            LocalDate date = dateOf(pattern, m);
            if (date == null) {
                continue;
            }
            LocalDateTime time = null;
            int end = m.end();
            if (pattern == ISO && m.group("hh") != null) {
                time = at(date, Integer.parseInt(m.group("hh")), Integer.parseInt(m.group("mm")), null);
            } else {
                Matcher t = TIME.matcher(line).region(m.end(), line.length());
                if (t.lookingAt()) {
                    String minutes = t.group("mm") != null ? t.group("mm") : t.group("mm2");
                    time = at(date, Integer.parseInt(t.group("hh")), Integer.parseInt(minutes), t.group("ampm"));
                    if (time != null) {
                        end = t.end();
                    }
                }
            }
            found.add(new DateMention(date, time, m.start(), end));
        }
    }

    private static LocalDate dateOf(Pattern pattern, Matcher m) {
        int year = Integer.parseInt(m.group("year"));
        int month;
        int day;
        if (pattern == SLASHED) {
            int a = Integer.parseInt(m.group("a"));
            int b = Integer.parseInt(m.group("b"));
            month = a > 12 ? b : a;
            day = a > 12 ? a : b;
        } else if (pattern == DAY_MONTH_YEAR || pattern == MONTH_DAY_YEAR) {
            month = MONTHS.get(m.group("month").toLowerCase(Locale.ROOT));
            day = Integer.parseInt(m.group("day"));
        } else {
            month = Integer.parseInt(m.group("mon"));
            day = Integer.parseInt(m.group("day"));
        }
        if (year < 1900 || year > 2199) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDateTime at(LocalDate date, int hour, int minute, String ampm) {
        int h = hour;
        if (ampm != null) {
            boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
            if (h < 1 || h > 12) {
                return null;
            }
            h = (h % 12) + (pm ? 12 : 0);
        }
        if (h > 23 || minute > 59) {
            return null;
        }
        return LocalDateTime.of(date, LocalTime.of(h, minute));
    }

    private static List<DateMention> removeOverlaps(List<DateMention> sorted) {
        List<DateMention> kept = new ArrayList<>();
        for (DateMention mention : sorted) {
            DateMention last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last != null && mention.start() < last.end()) {
                if (mention.end() - mention.start() > last.end() - last.start()) {
                    kept.set(kept.size() - 1, mention);
                }
                continue;
            }
            kept.add(mention);
        }
        return kept;
    }

    private static Map<String, Integer> months() {
        String[][] names = {
            // English, with abbreviations
            {"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"},
            {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"},
            {"october", "oct"}, {"november", "nov"}, {"december", "dec"},
        };
        String[][] more = {
            // German, French, Spanish, Italian, Portuguese, Dutch, Russian and Polish (genitive)
            {"januar", "jänner", "janvier", "enero", "gennaio", "janeiro", "januari", "января", "stycznia"},
            {"februar", "février", "fevrier", "febrero", "febbraio", "fevereiro", "februari", "февраля", "lutego"},
            {"märz", "mär", "mars", "marzo", "março", "maart", "марта", "marca"},
            {"avril", "abril", "aprile", "апреля", "kwietnia"},
            {"mai", "mayo", "maggio", "maio", "mei", "мая", "maja"},
            {"juni", "juin", "junio", "giugno", "junho", "июня", "czerwca"},
            {"juli", "juillet", "julio", "luglio", "julho", "июля", "lipca"},
            {"août", "aout", "agosto", "augustus", "августа", "sierpnia"},
            {"septembre", "septiembre", "setiembre", "settembre", "setembro", "сентября", "września"},
            {"oktober", "okt", "octobre", "octubre", "ottobre", "outubro", "октября", "października"},
            {"novembre", "noviembre", "novembro", "ноября", "listopada"},
            {"dezember", "dez", "décembre", "decembre", "diciembre", "dicembre", "dezembro", "декабря", "grudnia"},
        };
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            for (String name : names[i]) {
                map.put(name, i + 1);
            }
            for (String name : more[i]) {
                map.put(name, i + 1);
            }
        }
        return Map.copyOf(map);
    }
}
