package org.dossier.story.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.model.PublishedSource;
import org.dossier.model.Story;
import org.dossier.model.SummarySentence;
import org.dossier.model.TimeExpression;
import org.dossier.model.TimelineEntry;
import org.dossier.story.AnalyzedArticle;
import org.junit.jupiter.api.Test;

/** Consolidation reads each article with the cues of its own language, never with English ones. */
class StoryLanguageTest {

    private static final String FIRST_TITLE = "EU sagt Milliarden für den Wiederaufbau zu";
    private static final String SECOND_TITLE = "Geberkonferenz berät über Hilfen für die Region";
    private static final String BILLIONS = "Die Europäische Union stellt für den Wiederaufbau der Region insgesamt "
            + "3 Mrd. Euro bereit, wie die Kommission am Montag mitteilte.";

    private static AnalyzedArticle article(String id, String language, String title, String text,
                                           TimeExpression... times) {
        Article a = new Article(id, null, null, "Outlet " + id, title, language, "2021-06-28",
                PublishedSource.METADATA, text, null);
        return new AnalyzedArticle(a, new ArticleAnalysis(id, List.of(), List.of(times), List.of(), List.of()));
    }

    private static Story germanStory(String language) {
        AnalyzedArticle first = article("a-1", language, FIRST_TITLE, BILLIONS + " Das Forum in Rom beriet zwei "
                + "Tage lang über die Verteilung der Mittel an die Gemeinden.");
        AnalyzedArticle second = article("a-2", language, SECOND_TITLE, "Auf dem Forum in Rom sagten die "
                + "Teilnehmer den betroffenen Gemeinden schnelle Hilfe beim Wiederaufbau zu. Die Kommission will "
                + "das Geld noch in diesem Jahr an die Gemeinden im Norden auszahlen.");
        return new StoryConsolidator().consolidate("s-de", List.of(first, second));
    }

    @Test
    void germanSummaryKeepsSentencesWholeAtGermanAbbreviations() {
        List<String> summary = germanStory("de").summary().stream().map(SummarySentence::text).toList();

        assertThat(summary).contains(BILLIONS);
        assertThat(summary).noneMatch(s -> s.endsWith("Mrd.") || s.startsWith("Euro"));
    }

    @Test
    void germanStoryGetsNoHeadlineBuiltFromEnglishEventNouns() {
        // English rules would build "Forum in Rom": "forum" is an English event noun, "in" its preposition.
        assertThat(germanStory("de").title()).isIn(FIRST_TITLE, SECOND_TITLE);
    }

    @Test
    void englishStoryStillGetsABuiltHeadline() {
        AnalyzedArticle first = article("a-1", "en", "Ministers pledge money for the reconstruction effort",
                "The forum in Rome discussed for two days how the money should reach the villages.");
        AnalyzedArticle second = article("a-2", "en", "Donors discuss aid for the region",
                "At the forum in Rome, the participants promised the villages quick help with rebuilding.");

        Story story = new StoryConsolidator().consolidate("s-en", List.of(first, second));

        assertThat(story.title()).isEqualTo("Forum in Rome");
    }

    private static List<TimelineEntry> timelineOfMarch(String language) {
        String text = "Anfang März trafen sich die Außenminister der Koalition zu einer virtuellen Sitzung.";
        Article a = new Article("a-1", null, null, "Outlet", null, language, "2021-04-02", PublishedSource.METADATA,
                text, null);
        TimeExpression march = Seeds.date(a, "Anfang März", "2021-03");
        AnalyzedArticle analyzed = new AnalyzedArticle(a, new ArticleAnalysis(a.id(), List.of(), List.of(march),
                List.of(), List.of()));
        return new TimelineBuilder().build(new StoryText(List.of(analyzed)));
    }

    @Test
    void germanMonthNameDatesAnEvent() {
        assertThat(timelineOfMarch("de")).extracting(TimelineEntry::date).containsExactly("2021-03");
    }

    @Test
    void monthNameOfALanguageWithoutCuesNamesNoDate() {
        // A month worked out from words the rules cannot read is vague, as "this month" is in English.
        assertThat(timelineOfMarch("xx")).isEmpty();
    }
}
