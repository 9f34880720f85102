package org.dossier.story.cluster;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What story clustering keeps of one article: what makes an event, with the headline and lead
 * apart from the body (long articles recall many earlier events).
 *
 * @param day        publication day (epoch day); with none, the latest event day the lead names;
 *                   else {@link #NO_DAY}
 * @param title      words of the headline alone (function words left out)
 * @param lead       words of the headline and the first sentences (function words left out)
 * @param body       the article's strongest words (at most {@link FeatureExtractor#BODY_TERMS})
 * @param leadNames  name words of the people, organisations and places the headline and lead name
 * @param names      name words of every named entity of the article
 * @param numbers    numbers of the headline and lead (not years)
 * @param years      years the headline and lead name
 * @param leadDays   event days (epoch days) the lead names, resolved against the publication date
 * @param places     places of the dateline and the lead
 * @param textDays   every day (epoch day) the text names, lead or body: a report names the day of
 *                   the event it anticipates or looks back on
 * @param kinds      kinds of happening the headline and lead name (meeting, vote, attack, ...)
 */
public record EventSketch(String id, String language, long day, Terms title, Terms lead, Terms body, Terms leadNames, Terms names,
                   Terms numbers, Terms years, long[] leadDays, Terms places, Terms kinds, long[] textDays) {

    static final long NO_DAY = Long.MIN_VALUE;

    public EventSketch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(leadNames, "leadNames");
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(numbers, "numbers");
        Objects.requireNonNull(years, "years");
        Objects.requireNonNull(places, "places");
        Objects.requireNonNull(kinds, "kinds");
        leadDays = leadDays.clone();
        Arrays.sort(leadDays);
        textDays = textDays.clone();
        Arrays.sort(textDays);
    }

    /** The keys the article adds to document frequencies: every word and name it keeps. */
    public Set<String> documentKeys() {
        Set<String> keys = new HashSet<>();
        for (Terms t : List.of(lead, body, names, leadNames)) {
            keys.addAll(List.of(t.keys));
        }
        return keys;
    }

    boolean dated() {
        return day != NO_DAY;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventSketch s && id.equals(s.id) && Objects.equals(language, s.language) && day == s.day
                && title.equals(s.title) && lead.equals(s.lead) && body.equals(s.body) && leadNames.equals(s.leadNames)
                && names.equals(s.names) && numbers.equals(s.numbers) && years.equals(s.years) && Arrays.equals(leadDays, s.leadDays)
                && Arrays.equals(textDays, s.textDays) && places.equals(s.places) && kinds.equals(s.kinds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, day, lead, body);
    }
}
