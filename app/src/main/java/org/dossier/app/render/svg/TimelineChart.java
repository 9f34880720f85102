package org.dossier.app.render.svg;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dossier.model.TimelineEntry;

/**
 * A story's timeline on a linear time axis: one mark per dated entry, in the entry's own row. A
 * day is a dot; a month, a year or a range ({@code 2021-06-28/2021-06-30}) is a bar spanning
 * the whole period, so a month-precision date never pretends to be its first day. Entries whose
 * date cannot be read are left out of the picture (the list beside it still shows them).
 *
 * @param width   of the drawing, in SVG user units
 * @param height  of the drawing
 * @param axisY   where the axis line runs
 * @param label   what the picture shows, for assistive technology
 * @param marks   one per drawable entry, in timeline order
 * @param ticks   labelled positions on the axis, left to right
 */
public record TimelineChart(int width, int height, int axisY, String label, List<Mark> marks, List<Tick> ticks) {

    static final int WIDTH = 640;
    static final int LEFT = 16;
    static final int RIGHT = 16;
    static final int ROW = 22;
    static final int TOP = 12;

    public TimelineChart {
        Objects.requireNonNull(label, "label");
        marks = List.copyOf(marks);
        ticks = List.copyOf(ticks);
    }

    /**
     * One entry: a dot at {@code x} when {@code span} is zero, else a bar from {@code x} to
     * {@code x + span}. {@code text} is the label beside it, {@code anchor} says on which side
     * ("start": right of the mark, "end": left of it), {@code textX} where it starts.
     */
    public record Mark(double x, double span, int y, String date, String what, String text, int textX,
                       String anchor) {

        public boolean dot() {
            return span == 0;
        }

        public double cx() {
            return x + span / 2;
        }
    }

    /** A position on the axis and its label. */
    public record Tick(double x, String label) {
    }

    /** A period of days, {@code first} to {@code last} inclusive. */
    record Period(LocalDate first, LocalDate last) {
    }

    public boolean isEmpty() {
        return marks.isEmpty();
    }

    public static TimelineChart of(List<TimelineEntry> timeline) {
        List<TimelineEntry> drawn = new ArrayList<>();
        List<Period> periods = new ArrayList<>();
        for (TimelineEntry t : timeline) {
            Period p = period(t.date());
            if (p != null) {
                drawn.add(t);
                periods.add(p);
            }
        }
        int axisY = TOP + Math.max(1, drawn.size()) * ROW + 4;
        String label = "Timeline of " + drawn.size() + (drawn.size() == 1 ? " dated event" : " dated events");
        if (drawn.isEmpty()) {
            return new TimelineChart(WIDTH, axisY + 24, axisY, label, List.of(), List.of());
        }
        LocalDate min = periods.stream().map(Period::first).min(LocalDate::compareTo).orElseThrow();
        LocalDate max = periods.stream().map(Period::last).max(LocalDate::compareTo).orElseThrow();
        // One day of margin each side keeps a lone dot off the frame.
        LocalDate from = min.minusDays(1);
        long days = Math.max(2, ChronoUnit.DAYS.between(from, max.plusDays(1)));
        double perDay = (WIDTH - LEFT - RIGHT) / (double) days;
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            Period p = periods.get(i);
            double x = LEFT + ChronoUnit.DAYS.between(from, p.first()) * perDay;
            double span = p.first().equals(p.last()) ? 0
                    : Math.max(3, (ChronoUnit.DAYS.between(p.first(), p.last()) + 1) * perDay);
            int y = TOP + i * ROW + ROW / 2;
            TimelineEntry t = drawn.get(i);
            // The label goes on the side of the mark with more room, so a long bar never pushes it off the
            // edge, and is cut to that room (about 6.5 units a character at the chart's font size).
            boolean right = WIDTH - (x + span) >= x;
            double room = (right ? WIDTH - (x + span) : x) - 10;
            String text = shorten(t.date() + " " + t.what(), Math.max(12, (int) (room / 6.5)));
            int textX = (int) Math.round(right ? x + span + 8 : x - 8);
            marks.add(new Mark(round(x), round(span), y, t.date(), t.what(), text, textX, right ? "start" : "end"));
        }
        return new TimelineChart(WIDTH, axisY + 24, axisY, label, marks, ticks(from, days, perDay));
    }

    /** Ticks at month starts for a span up to two years, else at year starts; at most about eight. */
    private static List<Tick> ticks(LocalDate from, long days, double perDay) {
        LocalDate end = from.plusDays(days);
        boolean years = days > 730;
        List<LocalDate> starts = new ArrayList<>();
        LocalDate d = years ? LocalDate.of(from.getYear() + 1, 1, 1) : from.withDayOfMonth(1).plusMonths(1);
        while (!d.isAfter(end)) {
            starts.add(d);
            d = years ? d.plusYears(1) : d.plusMonths(1);
        }
        List<Tick> ticks = new ArrayList<>();
        if (starts.isEmpty()) {
            ticks.add(new Tick(LEFT, from.plusDays(1).toString()));
            return ticks;
        }
        int step = Math.max(1, (starts.size() + 7) / 8);
        for (int i = 0; i < starts.size(); i += step) {
            LocalDate s = starts.get(i);
            ticks.add(new Tick(round(LEFT + ChronoUnit.DAYS.between(from, s) * perDay),
                    years ? Integer.toString(s.getYear()) : s.toString().substring(0, 7)));
        }
        return ticks;
    }

    /**
     * The days a timeline date stands for: {@code 2021-06-28} one day, {@code 2021-06} the month,
     * {@code 2021} the year, {@code A/B} or {@code A..B} from A's first day to B's last; null when
     * unreadable.
     */
    static Period period(String date) {
        String d = date.strip();
        for (String sep : List.of("/", "..")) {
            int at = d.indexOf(sep);
            if (at > 0) {
                Period a = period(d.substring(0, at));
                Period b = period(d.substring(at + sep.length()));
                return a == null || b == null || b.last().isBefore(a.first()) ? null : new Period(a.first(), b.last());
            }
        }
        try {
            if (d.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate day = LocalDate.parse(d);
                return new Period(day, day);
            }
            if (d.matches("\\d{4}-\\d{2}")) {
                LocalDate first = LocalDate.parse(d + "-01");
                return new Period(first, first.plusMonths(1).minusDays(1));
            }
            if (d.matches("\\d{4}")) {
                LocalDate first = LocalDate.of(Integer.parseInt(d), 1, 1);
                return new Period(first, first.plusYears(1).minusDays(1));
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    static String shorten(String text, int max) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.codePointCount(0, t.length()) <= max ? t
                : t.substring(0, t.offsetByCodePoints(0, max - 1)).strip() + "…";
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
