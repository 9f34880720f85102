package org.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * A dated event on a story's timeline.
 *
 * @param date     ISO at the precision known: {@code 2021-06-28}, {@code 2021-06} or {@code 2021}
 * @param what     one line saying what happened
 * @param evidence the sentences that date it
 */
public record TimelineEntry(String date, String what, List<Evidence> evidence) {

    public TimelineEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(what, "what");
        evidence = List.copyOf(evidence);
    }
}
