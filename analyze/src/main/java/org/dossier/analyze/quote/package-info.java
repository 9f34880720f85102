/**
 * Quotations and their speakers, found by rules over quotation marks, speech verbs and the
 * article's people: direct quotes, statements set out without marks, and reported speech.
 */
package org.dossier.analyze.quote;
