package org.dossier.analyze.time;

import java.time.LocalDate;

/**
 * What a relative expression is resolved against: the publication date, the tense around the
 * expression, the last explicit day and quarter mentioned before it in the same article, and, in an
 * undated article, the year the rest of the text implies.
 *
 * @param anchor      the publication date, or null (relative expressions then get no value)
 * @param lastDay     the last day-precise date mentioned earlier, or null
 * @param lastQuarter the last quarter mentioned earlier ("1989-Q3"), or null
 * @param textYear    when the anchor is null, the year of the nearest full date elsewhere in the
 *                    text, else of the nearest year named there; null when the text names none or
 *                    the anchor is known
 */
record Situation(LocalDate anchor, Tense tense, LocalDate lastDay, String lastQuarter, Integer textYear) {
}
