package org.dossier.story.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.model.Claim;
import org.dossier.model.Conflict;
import org.dossier.model.Evidence;
import org.dossier.model.TimeExpression;
import org.dossier.story.AnalyzedArticle;
import org.junit.jupiter.api.Test;

class DatedClaimsTest {

    private static ClaimReconciler.Reconciled reconcile(List<AnalyzedArticle> members) {
        StoryText story = new StoryText(members);
        return new ClaimReconciler().reconcile(story, new EntityMerger().merge("s", story));
    }

    private static List<Claim> dated(List<AnalyzedArticle> members) {
        return DatedClaims.find(new StoryText(members));
    }

    private static AnalyzedArticle article(String id, String text, String... dates) {
        Article a = new Article(id, null, null, "Outlet " + id, null, "en", "2021-06-28", null, text, null);
        List<TimeExpression> times = new ArrayList<>();
        for (int i = 0; i < dates.length; i += 2) {
            times.add(Seeds.date(a, dates[i], dates[i + 1]));
        }
        return new AnalyzedArticle(a, new ArticleAnalysis(id, List.of(), times, List.of(), List.of()));
    }

    private static String text(List<AnalyzedArticle> members, Evidence e) {
        return members.stream().filter(m -> m.article().id().equals(e.articleId())).findFirst().orElseThrow()
                .article().text().substring(e.start(), e.end());
    }

    private static List<Conflict> datedConflicts(List<Conflict> conflicts) {
        return conflicts.stream().filter(c -> c.property().equals(DatedClaims.PROPERTY)).toList();
    }

    @Test
    void romeSourcesDisagreeOnTheLastMeeting() {
        List<AnalyzedArticle> rome = SeedFacts.romeStory();

        List<Conflict> found = datedConflicts(reconcile(rome).conflicts());

        assertThat(found).hasSize(1);
        Conflict last = found.get(0);
        assertThat(last.subject()).isEqualTo("last meeting");
        assertThat(last.values()).extracting(Conflict.Value::value).containsExactly("2019-02", "planned 2020-03");
        assertThat(last.values().get(0).evidence()).singleElement()
                .satisfies(e -> assertThat(e.articleId()).isEqualTo("a-003"))
                .satisfies(e -> assertThat(text(rome, e)).isEqualTo("first face-to-face meeting since February 2019"));
        assertThat(last.values().get(1).evidence()).singleElement()
                .satisfies(e -> assertThat(e.articleId()).isEqualTo("a-002"))
                .satisfies(e -> assertThat(text(rome, e)).isEqualTo("last was to have been in March 2020"));
        assertThat(last.note()).contains("planned 2020-03").contains("planned, not as held");
    }

    @Test
    void romeStoryDatesNoOtherHappeningAsTheLastMeeting() {
        List<Claim> claims = dated(SeedFacts.romeStory());

        // "approved last February", "adopted in June 2020", "on 30 March" date nothing that came before.
        assertThat(claims).extracting(Claim::value).containsExactlyInAnyOrder("2020-03", "2019-02", "2021-03");
        // The virtual meeting at the end of March is another happening than the last one in person.
        assertThat(claims).filteredOn(c -> c.value().equals("2021-03")).singleElement()
                .extracting(Claim::subject).isEqualTo("last virtual meeting");
    }

    @Test
    void lastMeetingOfTheVirtualSeedIsDatedWithoutTheMeetingItPlanned() {
        List<Claim> claims = dated(List.of(SeedFacts.seed001()));

        // "The last meeting involving all Foreign Ministers took place in Washington, DC, in February 2019."
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.subject()).isEqualTo("last meeting");
            assertThat(c.value()).isEqualTo("2019-02");
            assertThat(c.qualifier()).isNull();
        });
        assertThat(reconcile(List.of(SeedFacts.seed001())).conflicts()).noneMatch(
                c -> c.property().equals(DatedClaims.PROPERTY));
    }

    @Test
    void lastAndPreviousMeetingOnDifferentDatesConflict() {
        List<AnalyzedArticle> members = List.of(
                article("a-1", "The last meeting of the ministers took place in Washington in February 2019.",
                        "February 2019", "2019-02"),
                article("a-2", "The previous ministerial meeting was held in Paris in March 2020.",
                        "March 2020", "2020-03"));

        List<Conflict> found = datedConflicts(reconcile(members).conflicts());

        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.subject()).isEqualTo("last meeting");
            assertThat(c.values()).extracting(Conflict.Value::value).containsExactlyInAnyOrder("2019-02", "2020-03");
            assertThat(c.note()).isNull();
        });
    }

    @Test
    void aDateAndTheYearHoldingItAgree() {
        List<AnalyzedArticle> members = List.of(
                article("a-1", "The last summit took place in Brussels in February 2019.", "February 2019", "2019-02"),
                article("a-2", "The previous summit was held in 2019, in Brussels.", "2019", "2019"));

        assertThat(dated(members)).hasSize(2);
        assertThat(datedConflicts(reconcile(members).conflicts())).isEmpty();
    }

    @Test
    void lastBeforeAMonthOrFarFromTheDateDatesNoHappening() {
        List<AnalyzedArticle> members = List.of(
                article("a-1", "The expansion of the mission was approved last February.", "February", "2021-02"),
                article("a-2", "At the last meeting the ministers agreed that a plan for the region would be ready "
                        + "in June 2022.", "June 2022", "2022-06"),
                article("a-3", "The meeting in Rome was the last one, ministers said in March 2021.", "March 2021",
                        "2021-03"));

        assertThat(dated(members)).isEmpty();
    }

    @Test
    void aLanguageWithoutTheseCuesHasNoDatedClaims() {
        Article a = new Article("a-1", null, null, null, null, "it", "2021-06-28", null,
                "The last meeting took place in February 2019.", null);
        AnalyzedArticle it = new AnalyzedArticle(a, new ArticleAnalysis("a-1", List.of(),
                List.of(Seeds.date(a, "February 2019", "2019-02")), List.of(), List.of()));

        assertThat(dated(List.of(it))).isEmpty();
    }
}
