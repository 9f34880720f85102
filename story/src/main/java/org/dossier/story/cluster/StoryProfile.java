package org.dossier.story.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the clusterer remembers of one story: its members, the sum of its articles' unit feature
 * vectors cut to the strongest {@link ClusterSettings#profileTerms()} features, the span of its
 * publication days and the event days its articles mention. Mutable, owned by one
 * {@link ClusterState}.
 */
final class StoryProfile {

    /** No publication day known. */
    static final long NO_DAY = Long.MIN_VALUE;

    final String id;
    final List<String> members = new ArrayList<>();
    /** Articles whose vectors are in {@link #sum}; near-duplicates are members but not counted. */
    int weighted;
    final Map<String, Float> sum = new HashMap<>();
    long firstDay = NO_DAY;
    long lastDay = NO_DAY;
    final Set<String> eventDays = new TreeSet<>();

    StoryProfile(String id) {
        this.id = id;
    }

    boolean dated() {
        return firstDay != NO_DAY;
    }

    /** Adds one article's unit vector and dates. */
    void absorb(Map<String, Float> unit, ArticleFeatures features, int maxTerms, int maxDays) {
        unit.forEach((k, v) -> sum.merge(k, v, Float::sum));
        weighted++;
        if (features.published() != null) {
            widen(features.published().toEpochDay(), features.published().toEpochDay());
        }
        eventDays.addAll(features.eventDays());
        trim(maxTerms, maxDays);
    }

    /** Takes over every member and signal of {@code other}. */
    void absorb(StoryProfile other, int maxTerms, int maxDays) {
        members.addAll(other.members);
        other.sum.forEach((k, v) -> sum.merge(k, v, Float::sum));
        weighted += other.weighted;
        if (other.dated()) {
            widen(other.firstDay, other.lastDay);
        }
        eventDays.addAll(other.eventDays);
        trim(maxTerms, maxDays);
    }

    private void widen(long first, long last) {
        firstDay = dated() ? Math.min(firstDay, first) : first;
        lastDay = lastDay == NO_DAY ? last : Math.max(lastDay, last);
    }

    /** Keeps the strongest features (ties by key, so the result is deterministic). */
    private void trim(int maxTerms, int maxDays) {
        // Cut only when well over the limit, so that the cost is amortised over many additions.
        if (sum.size() > maxTerms * 3 / 2) {
            List<Map.Entry<String, Float>> entries = new ArrayList<>(sum.entrySet());
            entries.sort(Map.Entry.<String, Float>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey()));
            for (Map.Entry<String, Float> e : entries.subList(maxTerms, entries.size())) {
                sum.remove(e.getKey());
            }
        }
        while (eventDays.size() > maxDays) {
            eventDays.remove(((TreeSet<String>) eventDays).first());
        }
    }
}
