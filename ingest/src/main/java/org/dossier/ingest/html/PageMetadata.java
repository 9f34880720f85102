package org.dossier.ingest.html;

import java.util.List;

/**
 * Metadata read from a page's head and structured data. Every field may be null.
 *
 * @param articleBody  the JSON-LD {@code articleBody}, used as a hint for the main text
 * @param dateWarnings each stated publication date that is no date, for the user
 */
record PageMetadata(String title, String published, String author, String outlet, String url, String language,
                    String articleBody, List<String> dateWarnings) {

    PageMetadata {
        dateWarnings = List.copyOf(dateWarnings);
    }
}
