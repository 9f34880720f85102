package org.dossier.model;

import java.util.Objects;

/**
 * The dateline that opens a report: where it was filed, and the agency and date when the line
 * names them ({@code WASHINGTON (Reuters) -}, {@code PARIS, June 3 (AP) —}, {@code ROME 1996-12-06}).
 *
 * @param place    the place as a name, capitals normalised ("WASHINGTON" is "Washington"), with the
 *                 region when the line gives one ("Hempstead, N.Y."); never blank
 * @param agency   the news agency named in parentheses as written ("AP", "Reuters"), or null
 * @param dateText the date as written in the line ("June 3", "1996-12-06"), or null; not resolved
 * @param span     the whole dateline in the cleaned text, from the place to its closing dash or
 *                 date, so that {@code span.of(text)} is the line as written
 * @param knownAs  the name the alias table knows the place by, when it is another ("Porto" for a
 *                 Spanish "OPORTO.", "Rome" for an Italian "ROMA"), or null: what reports in other
 *                 languages call the same place
 */
public record Dateline(String place, String agency, String dateText, Span span, String knownAs) {

    /** A dateline whose place has no other known name. */
    public Dateline(String place, String agency, String dateText, Span span) {
        this(place, agency, dateText, span, null);
    }

    public Dateline {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(span, "span");
        if (place.isBlank()) {
            throw new IllegalArgumentException("blank dateline place at " + span);
        }
        if (agency != null && agency.isBlank() || dateText != null && dateText.isBlank()) {
            throw new IllegalArgumentException("blank agency or date in dateline: agency=" + agency + ", dateText=" + dateText);
        }
        if (knownAs != null && (knownAs.isBlank() || knownAs.equals(place))) {
            knownAs = null;
        }
    }

    /** The place without the region the line may add ("Hempstead" of "Hempstead, N.Y."). */
    public String town() {
        int comma = place.indexOf(',');
        return comma < 0 ? place : place.substring(0, comma).strip();
    }

    /** The place as other reports name it: {@link #knownAs} when there is one, else {@link #town}. */
    public String commonPlace() {
        return knownAs != null ? knownAs : town();
    }
}
