/**
 * Language of an article: ISO 639-1 codes from metadata, normalised, or detected from the text
 * with Lingua over a fixed set of news languages loaded once per process.
 */
package org.dossier.ingest.lang;
