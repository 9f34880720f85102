package org.dossier.analyze.time;

import java.time.LocalDate;

/**
 * What a relative expression is resolved against: the publication date, the tense around the
 * expression, and the last explicit day and quarter mentioned before it in the same article.
 *
 * @param anchor      the publication date, or null (relative expressions then get no value)
 * @param lastDay     the last day-precise date mentioned earlier, or null
 * @param lastQuarter the last quarter mentioned earlier ("1989-Q3"), or null
 */
record Situation(LocalDate anchor, Tense tense, LocalDate lastDay, String lastQuarter) {
}
