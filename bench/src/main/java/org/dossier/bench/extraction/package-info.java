/**
 * Scoring main-text extraction: the Zyte benchmark's 4-word-shingle metric, the multilingual
 * set's must/must-not snippet metric, and runners that read the shared bench sets in place.
 */
package org.dossier.bench.extraction;
