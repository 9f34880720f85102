/**
 * Date and time expressions: finding them in text and normalising them to TimeML values against the
 * publication date, with news conventions for bare weekdays, months and seasons.
 */
package org.dossier.analyze.time;
