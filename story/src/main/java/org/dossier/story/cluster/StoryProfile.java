package org.dossier.story.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the clusterer remembers of one story: its members, the sum of its articles' unit word
 * vectors cut to the strongest {@link ClusterSettings#profileTerms()} features, the same for their
 * identity vectors (a fifth as many), their languages, the span of its publication days, the
 * event days its articles mention, and which of its members are near-duplicates of which. Mutable, owned by one
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
    /** The sum of its articles' unit identity vectors (names, numbers, dates), cut to the strongest. */
    final Map<String, Float> identitySum = new HashMap<>();
    /** The languages of its articles. */
    final Set<String> languages = new TreeSet<>();
    /** Near-duplicate member to the member it copies. */
    final Map<String, String> copies = new LinkedHashMap<>();

    StoryProfile(String id) {
        this.id = id;
    }

    boolean dated() {
        return firstDay != NO_DAY;
    }

    /** Adds one article's vectors, language and dates (the caller keeps {@link #members}). */
    void absorb(Sketch sketch, int maxTerms, int maxDays) {
        sketch.words().forEach((k, v) -> sum.merge(k, v, Float::sum));
        sketch.identity().forEach((k, v) -> identitySum.merge(k, v, Float::sum));
        if (sketch.language() != null) {
            languages.add(sketch.language());
        }
        weighted++;
        if (sketch.day() != NO_DAY) {
            widen(sketch.day(), sketch.day());
        }
        eventDays.addAll(sketch.eventDays());
        trim(maxTerms, maxDays);
    }

    /** Records that near-duplicate {@code copy} of {@code original} is a member: it follows its original. */
    void addCopy(String copy, String original) {
        members.add(copy);
        copies.put(copy, original);
    }

    /** Takes over every member and signal of {@code other}. */
    void absorb(StoryProfile other, int maxTerms, int maxDays) {
        members.addAll(other.members);
        other.sum.forEach((k, v) -> sum.merge(k, v, Float::sum));
        other.identitySum.forEach((k, v) -> identitySum.merge(k, v, Float::sum));
        languages.addAll(other.languages);
        weighted += other.weighted;
        if (other.dated()) {
            widen(other.firstDay, other.lastDay);
        }
        eventDays.addAll(other.eventDays);
        copies.putAll(other.copies);
        trim(maxTerms, maxDays);
    }

    private void widen(long first, long last) {
        firstDay = dated() ? Math.min(firstDay, first) : first;
        lastDay = lastDay == NO_DAY ? last : Math.max(lastDay, last);
    }

    /** Keeps the strongest features (ties by key, so the result is deterministic). */
    private void trim(int maxTerms, int maxDays) {
        strongest(sum, maxTerms);
        strongest(identitySum, Math.max(1, maxTerms / 5));
        while (eventDays.size() > maxDays) {
            eventDays.remove(((TreeSet<String>) eventDays).first());
        }
    }

    private static void strongest(Map<String, Float> vector, int max) {
        // Cut only when well over the limit, so that the cost is amortised over many additions.
        if (vector.size() > max * 3 / 2) {
            List<Map.Entry<String, Float>> entries = new ArrayList<>(vector.entrySet());
            entries.sort(Map.Entry.<String, Float>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey()));
            for (Map.Entry<String, Float> e : entries.subList(max, entries.size())) {
                vector.remove(e.getKey());
            }
        }
    }
}
