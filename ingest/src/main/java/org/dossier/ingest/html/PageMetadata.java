package org.dossier.ingest.html;

/**
 * Metadata read from a page's head and structured data. Every field may be null.
 *
 * @param articleBody the JSON-LD {@code articleBody}, used as a hint for the main text
 */
record PageMetadata(String title, String published, String author, String outlet, String url, String language,
                    String articleBody) {
}
