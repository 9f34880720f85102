package org.dossier.story.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.model.Evidence;
import org.dossier.model.PublishedSource;
import org.dossier.model.TimeExpression;
import org.dossier.model.TimelineEntry;
import org.dossier.story.AnalyzedArticle;
import org.junit.jupiter.api.Test;

class TimelineBuilderTest {

    private final TimelineBuilder builder = new TimelineBuilder();

    private static List<TimelineEntry> timeline(List<AnalyzedArticle> members) {
        return new TimelineBuilder().build(new StoryText(members));
    }

    private static AnalyzedArticle article(String id, String published, String text, String... dates) {
        Article a = new Article(id, null, null, "Outlet " + id, null, "en", published, PublishedSource.METADATA,
                text, null);
        List<TimeExpression> times = new java.util.ArrayList<>();
        for (int i = 0; i < dates.length; i += 2) {
            times.add(Seeds.date(a, dates[i], dates[i + 1]));
        }
        return new AnalyzedArticle(a, new ArticleAnalysis(id, List.of(), times, List.of(), List.of()));
    }

    private static List<String> articlesOf(TimelineEntry entry) {
        return entry.evidence().stream().map(Evidence::articleId).distinct().toList();
    }

    @Test
    void dayAndTheEndOfItsMonthFromTwoSourcesAreOneMeeting() {
        List<TimelineEntry> entries = timeline(SeedFacts.romeStory());

        List<TimelineEntry> march = entries.stream().filter(t -> t.date().startsWith("2021-03")).toList();
        assertThat(march).hasSize(1);
        assertThat(march.get(0).date()).isEqualTo("2021-03-30");
        assertThat(articlesOf(march.get(0))).containsExactlyInAnyOrder("a-000", "a-003");
        assertThat(entries).noneMatch(t -> t.date().equals("2021-03"));
    }

    @Test
    void mergedEntryKeepsTheEvidenceOfEverySentence() {
        AnalyzedArticle day = article("a-1", "2021-04-02", "On 30 March, the foreign ministers held a virtual "
                + "meeting on the coalition's plans.", "30 March", "2021-03-30");
        AnalyzedArticle month = article("a-2", "2021-04-05", "At the end of March, the foreign ministers held a "
                + "virtual meeting about Africa.", "the end of March", "2021-03");
        AnalyzedArticle again = article("a-3", "2021-04-06", "The foreign ministers' virtual meeting in March "
                + "agreed a plan for Africa.", "March", "2021-03");

        List<TimelineEntry> entries = timeline(List.of(day, month, again));

        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).date()).isEqualTo("2021-03-30");
        assertThat(articlesOf(entries.get(0))).containsExactlyInAnyOrder("a-1", "a-2", "a-3");
        assertThat(entries.get(0).evidence()).hasSize(3);
    }

    @Test
    void differentHappeningsInTheSameMonthStayApart() {
        AnalyzedArticle day = article("a-1", "2021-04-02", "On 30 March, the foreign ministers held a virtual "
                + "meeting on the coalition's plans.", "30 March", "2021-03-30");
        AnalyzedArticle month = article("a-2", "2021-04-05", "In March, floods destroyed three bridges in the "
                + "north of the country.", "March", "2021-03");

        List<TimelineEntry> entries = timeline(List.of(day, month));

        assertThat(entries).extracting(TimelineEntry::date).containsExactly("2021-03", "2021-03-30");
    }

    @Test
    void wordsSharedOnlyFarFromTheDateDoNotMakeOneEvent() {
        // Both sentences speak of the foreign ministers' coalition, but what is dated differs.
        AnalyzedArticle day = article("a-1", "2021-04-02", "On 30 March, floods destroyed three bridges, "
                + "the foreign ministers of the coalition said in a statement later.", "30 March", "2021-03-30");
        AnalyzedArticle month = article("a-2", "2021-04-05", "In March, the army closed the border crossings, "
                + "the foreign ministers of the coalition said in a statement later.", "March", "2021-03");

        List<TimelineEntry> entries = timeline(List.of(day, month));

        assertThat(entries).extracting(TimelineEntry::date).containsExactly("2021-03", "2021-03-30");
    }

    @Test
    void monthIsNotMergedIntoADayOfAnotherMonth() {
        AnalyzedArticle day = article("a-1", "2021-04-02", "On 30 March, the foreign ministers held a virtual "
                + "meeting on the coalition's plans.", "30 March", "2021-03-30");
        AnalyzedArticle month = article("a-2", "2021-04-05", "In February, the foreign ministers held a virtual "
                + "meeting on the coalition's plans.", "February", "2021-02");

        List<TimelineEntry> entries = timeline(List.of(day, month));

        assertThat(entries).extracting(TimelineEntry::date).containsExactly("2021-02", "2021-03-30");
    }

    @Test
    void builderIsReusable() {
        List<TimelineEntry> first = builder.build(new StoryText(SeedFacts.romeStory()));
        List<TimelineEntry> second = builder.build(new StoryText(SeedFacts.romeStory()));

        assertThat(second).isEqualTo(first);
    }
}
