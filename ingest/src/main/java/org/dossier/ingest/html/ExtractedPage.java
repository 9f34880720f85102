package org.dossier.ingest.html;

import java.util.List;

/**
 * What a saved web page yields: its main text and the metadata found in it. Every field but
 * {@code text} may be null.
 *
 * @param text      the main content, paragraphs separated by blank lines, boilerplate removed
 * @param published ISO date or date-time as found in the page's metadata
 * @param language  ISO 639-1 code declared by the page ({@code <html lang>}, og:locale), if any
 * @param warnings  what was ignored in the page's metadata and why, for the user (a stated
 *                  publication date that is no date); never null
 */
public record ExtractedPage(String title, String text, String published, String author, String outlet,
                            String url, String language, List<String> warnings) {

    public ExtractedPage {
        warnings = List.copyOf(warnings);
    }
}
