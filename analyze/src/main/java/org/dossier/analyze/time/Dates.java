package org.dossier.analyze.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** Calendar arithmetic and TimeML value formatting for the normaliser. */
final class Dates {

    /** How many years either side of the implied year a weekday may move a date. */
    static final int WEEKDAY_WINDOW = 1;

    private Dates() {
    }

    static String day(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    static String month(int year, int month) {
        return String.format(Locale.ROOT, "%04d-%02d", year, month);
    }

    static String month(LocalDate d) {
        return month(d.getYear(), d.getMonthValue());
    }

    static String year(int year) {
        return String.format(Locale.ROOT, "%04d", year);
    }

    static String week(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
                d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static int quarter(LocalDate d) {
        return (d.getMonthValue() - 1) / 3 + 1;
    }

    /** The TimeML season code of a month: SP, SU, FA or WI. */
    static String season(int month) {
        return switch (month) {
            case 3, 4, 5 -> "SP";
            case 6, 7, 8 -> "SU";
            case 9, 10, 11 -> "FA";
            default -> "WI";
        };
    }

    /** The first month of a season code. */
    static int seasonStart(String season) {
        return switch (season) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
    }

    /** Month number of a month name or abbreviation ("Sept." -> 9), or 0. */
    static int monthNumber(String name) {
        String s = name.toLowerCase(Locale.ROOT);
        if (s.length() < 3) {
            return 0;
        }
        return switch (s.substring(0, 3)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> 0;
        };
    }

    static DayOfWeek weekday(String name) {
        return switch (name.toLowerCase(Locale.ROOT).substring(0, 3)) {
            case "mon" -> DayOfWeek.MONDAY;
            case "tue" -> DayOfWeek.TUESDAY;
            case "wed" -> DayOfWeek.WEDNESDAY;
            case "thu" -> DayOfWeek.THURSDAY;
            case "fri" -> DayOfWeek.FRIDAY;
            case "sat" -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        };
    }

    /**
     * The year of a month named without one: past tense looks back from the anchor, future tense
     * forward, otherwise the anchor's year.
     */
    static int yearOfMonth(int month, LocalDate anchor, Tense tense) {
        int year = anchor.getYear();
        if (tense != Tense.PAST && tense != Tense.FUTURE) {
            // The nearest such month: "December" in a January article is last year's.
            int diff = month - anchor.getMonthValue();
            return diff > 6 ? year - 1 : diff < -6 ? year + 1 : year;
        }
        if (tense == Tense.PAST && month > anchor.getMonthValue()) {
            return year - 1;
        }
        if (tense == Tense.FUTURE && month < anchor.getMonthValue()) {
            return year + 1;
        }
        return year;
    }

    /**
     * A month named without a year in news: the nearest such month, unless the tense clearly points the
     * other way (a past-tense month more than two months ahead is last year's, and vice versa).
     */
    static int yearOfNamedMonth(int month, LocalDate anchor, Tense tense) {
        int year = yearOfMonth(month, anchor, Tense.UNKNOWN);
        long ahead = (year - anchor.getYear()) * 12L + month - anchor.getMonthValue();
        if (tense == Tense.PAST && ahead > 2) {
            return year - 1;
        }
        if (tense == Tense.FUTURE && ahead < -2) {
            return year + 1;
        }
        return year;
    }

    /**
     * A weekday named alone: the anchor itself if it is that day, else the nearest such day within
     * the week, backwards in the past tense and forwards in the future tense.
     */
    static LocalDate weekday(DayOfWeek day, LocalDate anchor, Tense tense) {
        int back = (anchor.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
        int ahead = (day.getValue() - anchor.getDayOfWeek().getValue() + 7) % 7;
        return switch (tense) {
            case FUTURE -> anchor.plusDays(ahead);
            case PRESENT -> ahead <= 3 && ahead < back ? anchor.plusDays(ahead) : anchor.minusDays(back);
            default -> anchor.minusDays(back);
        };
    }

    /**
     * The day and month in the year, or in one beside it, where they fall on {@code weekday}: "Monday
     * 28 June" around 2020 is 2021's. Of several, the nearest {@code near}; null when none of the
     * three years fits (a misprinted weekday says nothing about the year).
     */
    static LocalDate fitWeekday(DayOfWeek weekday, int month, int day, int year, LocalDate near) {
        LocalDate best = null;
        for (int y = year - WEEKDAY_WINDOW; y <= year + WEEKDAY_WINDOW; y++) {
            LocalDate d = safeDate(y, month, day);
            if (d != null && d.getDayOfWeek() == weekday && (best == null
                    || Math.abs(d.toEpochDay() - near.toEpochDay()) < Math.abs(best.toEpochDay() - near.toEpochDay()))) {
                best = d;
            }
        }
        return best;
    }

    static LocalDate safeDate(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
