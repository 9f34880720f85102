package org.dossier.ingest.html;

/** Main-text and metadata extraction from a saved web page (jsoup). Thread-safe. */
public final class HtmlExtractor {

    /** Extracts from raw bytes, honouring the charset the page declares (UTF-8 otherwise). */
    public ExtractedPage extract(byte[] html, String baseUrl) {
        throw new UnsupportedOperationException("html extraction not built yet");
    }

    /** Extracts from already-decoded HTML. */
    public ExtractedPage extract(String html, String baseUrl) {
        throw new UnsupportedOperationException("html extraction not built yet");
    }
}
