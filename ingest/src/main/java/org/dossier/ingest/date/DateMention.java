package org.dossier.ingest.date;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A calendar date found in a line of text, with the time of day when one follows it.
 *
 * @param date  the date
 * @param time  the date and time when the text gives a time of day, else null
 * @param start UTF-16 offset of the first character of the mention in its line
 * @param end   offset just past the mention (the time included)
 */
public record DateMention(LocalDate date, LocalDateTime time, int start, int end) {

    public DateMention {
        Objects.requireNonNull(date, "date");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad mention bounds start=" + start + " end=" + end);
        }
    }

    /** ISO form at the precision known: {@code 2021-06-28} or {@code 2021-06-28T04:30}. */
    public String iso() {
        return time == null ? date.toString() : time.toString();
    }
}
