/**
 * Publication dates: normalising dates given as metadata to ISO 8601, and finding the date an
 * article states about itself in its head (stamps, datelines), never a date its body merely mentions.
 */
package org.dossier.ingest.date;
