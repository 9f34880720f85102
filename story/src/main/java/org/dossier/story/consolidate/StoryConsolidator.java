package org.dossier.story.consolidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dossier.model.Entity;
import org.dossier.model.Quote;
import org.dossier.model.Story;
import org.dossier.model.SummarySentence;
import org.dossier.model.TimelineEntry;
import org.dossier.story.AnalyzedArticle;
import org.dossier.story.Consolidator;

/**
 * The standard consolidator: one dossier from a story's articles.
 *
 * <ul>
 *   <li>entities merged across articles with story-wide ids ({@link EntityMerger});</li>
 *   <li>quotations with story speakers, the same statement from several outlets linked as one,
 *       grouped by speaker ({@link QuoteMerger});</li>
 *   <li>claims on story subjects and the conflicts between sources, with notes where the text
 *       explains a difference ({@link ClaimReconciler});</li>
 *   <li>a timeline of the dated events the articles mention ({@link TimelineBuilder});</li>
 *   <li>an extractive, cited summary ({@link Summarizer}) and a headline ({@link StoryTitler}).</li>
 * </ul>
 * Near-duplicate members ({@code duplicateOf} set) count as one source with their original, but
 * their evidence is kept. Pure, deterministic (the order of {@code members} does not matter) and
 * thread-safe.
 */
public final class StoryConsolidator implements Consolidator {

    private final EntityMerger entityMerger = new EntityMerger();
    private final QuoteMerger quoteMerger = new QuoteMerger();
    private final ClaimReconciler claimReconciler = new ClaimReconciler();
    private final TimelineBuilder timelineBuilder = new TimelineBuilder();
    private final Summarizer summarizer = new Summarizer();
    private final StoryTitler titler = new StoryTitler();

    @Override
    public Story consolidate(String storyId, List<AnalyzedArticle> members) {
        Objects.requireNonNull(storyId, "storyId");
        if (members.isEmpty()) {
            throw new IllegalArgumentException("story " + storyId + " has no articles");
        }
        StoryText story = new StoryText(members);
        EntityMerger.Merged merged = entityMerger.merge(storyId, story);
        List<Entity> entities = merged.entities();
        List<Quote> quotes = quoteMerger.merge(story, merged);
        ClaimReconciler.Reconciled claims = claimReconciler.reconcile(story, merged);
        List<TimelineEntry> timeline = timelineBuilder.build(story);
        List<SummarySentence> summary = summarizer.summarize(story, entities, quotes);
        String title = titler.title(story, entities, timeline, summary);

        List<String> ids = new ArrayList<>();
        List<String> days = new ArrayList<>();
        for (AnalyzedArticle a : story.members()) {
            ids.add(a.article().id());
            String day = StoryText.day(a.article());
            if (day != null) {
                days.add(day);
            }
        }
        days.sort(null);
        return new Story(storyId, title, ids, days.isEmpty() ? null : days.get(0),
                days.isEmpty() ? null : days.get(days.size() - 1), summary, entities, quotes, timeline,
                claims.claims(), claims.conflicts());
    }
}
