package org.dossier.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * One news article after ingestion.
 *
 * @param id              stable: the same input bytes give the same id ({@code a-} and a hash)
 * @param file            the path it was read from, or null
 * @param published       ISO date or date-time ({@code 2021-06-28}, {@code 2021-06-28T04:30:00+02:00}), or null
 * @param publishedSource where {@code published} came from; null when it is null
 * @param language        ISO 639-1 code, detected
 * @param text            the cleaned body; every {@link Evidence} offset points into it
 * @param duplicateOf     the id of an earlier near-identical article, or null
 */
public record Article(
        String id,
        String file,
        String url,
        String outlet,
        String title,
        String language,
        String published,
        PublishedSource publishedSource,
        String text,
        String duplicateOf) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
    }

    /** The day of {@code published} (its first ten characters as an ISO date), or null if absent or unreadable. */
    @JsonIgnore
    public LocalDate publishedDay() {
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public Article withDuplicateOf(String original) {
        return new Article(id, file, url, outlet, title, language, published, publishedSource, text, original);
    }
}
