/**
 * Datelines: the place, agency and date that open a report ("WASHINGTON (Reuters) -"), read by
 * shape with per-language word lists kept as resources.
 */
package org.dossier.analyze.dateline;
