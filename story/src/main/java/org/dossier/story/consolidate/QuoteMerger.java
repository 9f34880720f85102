package org.dossier.story.consolidate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.model.Entity;
import org.dossier.model.Evidence;
import org.dossier.model.Quote;
import org.dossier.model.Speaker;
import org.dossier.story.AnalyzedArticle;

/**
 * The quotations of a story: speakers resolved to story entities, the same quotation reported by
 * several outlets linked as one, grouped by speaker.
 *
 * <p>Two quotations are the same when their content words overlap strongly: Jaccard at least 0.6,
 * or, for the same speaker, Jaccard at least 0.3 or one contained in the other at 0.6 (translations
 * of one statement from different languages share names and key words but not wording). Within one
 * article only a close restatement by the same speaker (Jaccard 0.6: a subtitle paraphrasing the
 * quote) is linked. A direct quotation is kept over a paraphrase of it, else the one published
 * first (then the first in the text), with the others' evidence in {@link Quote#alsoReportedIn()}.
 * Reports that give the words to different people (different surnames) are never linked: a
 * quotation's speaker in the story is the one its own article names.
 *
 * <p>Order: by speaker name (quotations without a speaker last), then publication date, then
 * position. Stateless and thread-safe.
 */
final class QuoteMerger {

    static final double SAME_TEXT = 0.6;
    static final double SAME_SPEAKER_OVERLAP = 0.3;
    static final double SAME_SPEAKER_CONTAINMENT = 0.6;

    private record Found(Quote quote, String speakerKey, Set<String> stems, int rank) {
    }

    List<Quote> merge(StoryText story, EntityMerger.Merged entities) {
        List<Found> found = new ArrayList<>();
        for (AnalyzedArticle a : story.members()) {
            String articleId = a.article().id();
            for (Quote q : a.analysis().quotes()) {
                Quote resolved = q.withSpeaker(resolve(articleId, q.speaker(), entities));
                found.add(new Found(resolved, speakerKey(resolved.speaker()), Words.contentStemSet(q.text(),
                        Cues.of(a.article().language())),
                        story.rank(articleId)));
            }
        }
        found.sort(Comparator.comparingInt(Found::rank).thenComparingInt(f -> f.quote().evidence().start()));
        List<Found> kept = new ArrayList<>();
        List<List<Evidence>> others = new ArrayList<>();
        for (Found f : found) {
            int same = -1;
            for (int i = 0; i < kept.size() && same < 0; i++) {
                if (sameQuotation(kept.get(i), f, story)) {
                    same = i;
                }
            }
            if (same < 0) {
                kept.add(f);
                others.add(new ArrayList<>(f.quote().alsoReportedIn()));
            } else {
                List<Evidence> list = others.get(same);
                Found k = kept.get(same);
                if (!k.quote().direct() && f.quote().direct()) {
                    // The speaker's own words stand for the statement; a paraphrase becomes a report of it.
                    list.add(k.quote().evidence());
                    list.addAll(f.quote().alsoReportedIn());
                    Speaker speaker = f.quote().speaker() != null ? f.quote().speaker() : k.quote().speaker();
                    kept.set(same, new Found(f.quote().withSpeaker(speaker), speakerKey(speaker), f.stems(),
                            f.rank()));
                    continue;
                }
                list.add(f.quote().evidence());
                list.addAll(f.quote().alsoReportedIn());
                if (kept.get(same).quote().speaker() == null && f.quote().speaker() != null) {
                    kept.set(same, new Found(k.quote().withSpeaker(f.quote().speaker()), f.speakerKey(), k.stems(),
                            k.rank()));
                }
            }
        }
        List<Found> ordered = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Found k = kept.get(i);
            List<Evidence> also = new ArrayList<>(new LinkedHashSet<>(others.get(i)));
            also.remove(k.quote().evidence());
            also.sort(story.evidenceOrder());
            ordered.add(new Found(k.quote().withAlsoReportedIn(also), k.speakerKey(), k.stems(), k.rank()));
        }
        ordered.sort(Comparator.comparing((Found f) -> f.quote().speaker() == null ? 1 : 0)
                .thenComparing(f -> f.quote().speaker() == null ? "" : f.quote().speaker().name()
                        .toLowerCase(Locale.ROOT))
                .thenComparing(f -> f.speakerKey() == null ? "" : f.speakerKey())
                .thenComparingInt(Found::rank)
                .thenComparingInt(f -> f.quote().evidence().start()));
        return ordered.stream().map(Found::quote).toList();
    }

    private static boolean sameQuotation(Found a, Found b, StoryText story) {
        if (a.quote().evidence().equals(b.quote().evidence())) {
            return true;
        }
        if (differentPeople(a.quote().speaker(), b.quote().speaker())) {
            // Two outlets that give the words to different people report two quotations: each keeps
            // the speaker its own article names, and neither is overruled by the other.
            return false;
        }
        double jaccard = Words.jaccard(a.stems(), b.stems());
        boolean sameSpeaker = a.speakerKey() != null && a.speakerKey().equals(b.speakerKey());
        if (a.quote().evidence().articleId().equals(b.quote().evidence().articleId())) {
            // Within one article only a restatement (a headline paraphrasing the quote) is the same.
            return sameSpeaker && jaccard >= SAME_TEXT && Math.min(a.stems().size(), b.stems().size()) >= 3;
        }
        if (jaccard >= SAME_TEXT && Math.min(a.stems().size(), b.stems().size()) >= 3) {
            return true;
        }
        return sameSpeaker && (jaccard >= SAME_SPEAKER_OVERLAP
                || (Words.containment(a.stems(), b.stems()) >= SAME_SPEAKER_CONTAINMENT
                && Math.min(a.stems().size(), b.stems().size()) >= 4));
    }

    /** Both named, as different entities (or names) with different surnames. */
    static boolean differentPeople(Speaker a, Speaker b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.entityId() != null && a.entityId().equals(b.entityId())) {
            return false;
        }
        return !surname(a.name()).equals(surname(b.name()));
    }

    private static String surname(String name) {
        String key = Words.nameKey(name);
        int space = key.lastIndexOf(' ');
        return space < 0 ? key : key.substring(space + 1);
    }

    private static Speaker resolve(String articleId, Speaker speaker, EntityMerger.Merged entities) {
        if (speaker == null) {
            return null;
        }
        String id = speaker.entityId() == null ? null : entities.resolve(articleId, speaker.entityId());
        if (id == null) {
            id = entities.byName(speaker.name());
        }
        if (id == null) {
            return new Speaker(null, speaker.name());
        }
        Entity e = entities.get(id);
        return new Speaker(id, e == null ? speaker.name() : e.name());
    }

    private static String speakerKey(Speaker speaker) {
        if (speaker == null) {
            return null;
        }
        return speaker.entityId() != null ? speaker.entityId() : "name:" + Words.nameKey(speaker.name());
    }
}
