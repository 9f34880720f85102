package org.dossier.ingest.source;

/**
 * What an input states about an article besides its text. Every field may be null; values are
 * as given (trimmed), not yet normalised.
 */
public record Metadata(String url, String outlet, String title, String published, String language) {

    /** No metadata. */
    public static final Metadata NONE = new Metadata(null, null, null, null, null);

    public Metadata {
        url = clean(url);
        outlet = clean(outlet);
        title = clean(title);
        published = clean(published);
        language = clean(language);
    }

    /** These values with {@code published} instead of this one. */
    public Metadata withPublished(String published) {
        return new Metadata(url, outlet, title, published, language);
    }

    /** These values, with each missing one taken from {@code fallback}. */
    public Metadata or(Metadata fallback) {
        return new Metadata(
                url != null ? url : fallback.url,
                outlet != null ? outlet : fallback.outlet,
                title != null ? title : fallback.title,
                published != null ? published : fallback.published,
                language != null ? language : fallback.language);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
