package org.dossier.story.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.model.Claim;
import org.dossier.model.Conflict;
import org.dossier.story.AnalyzedArticle;
import org.junit.jupiter.api.Test;

class ClaimReconcilerTest {

    private static final String TEXT = "The alliance has 83 members. Others say it has more than 80 members, "
            + "or about 84. One outlet counts 79 members, and another 60 members.";
    private static final Article ARTICLE = new Article("a-1", null, null, null, null, "en", "2021-06-28", null,
            TEXT, null);

    private static List<Conflict> conflicts(Claim... claims) {
        AnalyzedArticle a = new AnalyzedArticle(ARTICLE, new ArticleAnalysis("a-1", List.of(), List.of(),
                List.of(), List.of(claims)));
        StoryText story = new StoryText(List.of(a));
        return new ClaimReconciler().reconcile(story, new EntityMerger().merge("s", story)).conflicts();
    }

    private static Claim claim(String value, String qualifier, String passage) {
        return Seeds.claim(ARTICLE, "alliance", "members", value, qualifier, passage);
    }

    @Test
    void exactValueInsideAQualifiedRangeIsNoConflict() {
        assertThat(conflicts(claim("83", null, "83 members"), claim("80", "more than", "more than 80 members"),
                claim("84", "about", "about 84"))).isEmpty();
    }

    @Test
    void differentExactValuesConflict() {
        List<Conflict> found = conflicts(claim("83", null, "83 members"), claim("79", null, "79 members"));

        assertThat(found).hasSize(1);
        assertThat(found.get(0).values()).extracting(Conflict.Value::value).containsExactlyInAnyOrder("83", "79");
        assertThat(found.get(0).note()).isNull(); // nothing in the text explains the difference
    }

    @Test
    void exactValueOutsideAQualifiedRangeConflicts() {
        List<Conflict> found = conflicts(claim("80", "more than", "more than 80 members"),
                claim("79", null, "79 members"));

        assertThat(found).hasSize(1);
        assertThat(found.get(0).values()).extracting(Conflict.Value::value).containsExactly("79", "more than 80");
    }

    @Test
    void approximateValuesAllowTenPercent() {
        assertThat(conflicts(claim("84", "about", "about 84"), claim("79", null, "79 members"))).isEmpty();
        assertThat(conflicts(claim("84", "about", "about 84"), claim("60", null, "60 members"))).hasSize(1);
    }

    @Test
    void qualifiersReadAsRanges() {
        assertThat(ClaimReconciler.kind("more than")).isEqualTo("above");
        assertThat(ClaimReconciler.kind("at least")).isEqualTo("atLeast");
        assertThat(ClaimReconciler.kind("up to")).isEqualTo("atMost");
        assertThat(ClaimReconciler.kind("nearly")).isEqualTo("nearly");
        assertThat(ClaimReconciler.kind("approximately")).isEqualTo("about");
        assertThat(ClaimReconciler.kind("")).isEqualTo("exact");
    }

    @Test
    void listedNewMembersAreCounted() {
        assertThat(ClaimReconciler.countListed("the Central African Republic, Congo, Mauritania and Yemen , "
                + "which will be added to the 79 states.", Cues.of("en"))).isEqualTo(4);
        assertThat(ClaimReconciler.countListed("Chad and Niger.", Cues.of("en"))).isEqualTo(2);
        assertThat(ClaimReconciler.countListed("several states", Cues.of("en"))).isZero();
    }

    @Test
    void explicitCountOfNewMembersExplainsTheDifference() {
        String text = "The group grew to 12 members. Two new members joined the 10 members of last year.";
        Article a = new Article("a-2", null, null, null, null, "en", null, null, text, null);
        List<Claim> claims = new ArrayList<>(List.of(Seeds.claim(a, "group", "members", "12", null, "12 members"),
                Seeds.claim(a, "group", "members", "10", null, "10 members")));
        StoryText story = new StoryText(List.of(new AnalyzedArticle(a, new ArticleAnalysis("a-2", List.of(),
                List.of(), List.of(), claims))));

        List<Conflict> found = new ClaimReconciler().reconcile(story, new EntityMerger().merge("s", story))
                .conflicts();

        assertThat(found).singleElement().extracting(Conflict::note).asString()
                .contains("10 is the count before 2 new members joined (10 + 2 = 12)");
    }

    @Test
    void attendanceCountsOfTheGatheringMeetAndAGapTheTextSetsApartIsExplained() {
        // From the examples' Fish Trade Weekly report: 45 registered, four observers, 41 voting.
        String text = "According to the council secretariat, 45 delegations registered for the meeting, but four "
                + "of them attended as observers without a vote. That left 41 voting delegations, of which 38 "
                + "approved the cut. The conference was attended by 45 delegations.";
        Article article = new Article("a-9", null, null, null, null, "en", "2031-05-15", null, text, null);
        List<Claim> claims = List.of(
                Seeds.claim(article, "meeting", "participants", "45", null, "45 delegations registered"),
                Seeds.claim(article, "delegation", "participants", "41", null, "41 voting delegations"),
                Seeds.claim(article, "conference", "participants", "45", null, "45 delegations."));
        StoryText story = new StoryText(List.of(new AnalyzedArticle(article,
                new ArticleAnalysis("a-9", List.of(), List.of(), List.of(), claims))));
        ClaimReconciler.Reconciled r = new ClaimReconciler().reconcile(story, new EntityMerger().merge("s", story));

        assertThat(r.claims()).extracting(Claim::subject).containsOnly("conference");
        assertThat(r.conflicts()).hasSize(1);
        Conflict conflict = r.conflicts().get(0);
        assertThat(conflict.values()).extracting(Conflict.Value::value).containsExactlyInAnyOrder("45", "41");
        assertThat(conflict.note()).isEqualTo("41 leaves out 4 of the 45 (45 - 4 = 41).");
    }

    @Test
    void countsForANamedEntityKeepTheirSubject() {
        List<Claim> claims = List.of(
                new Claim("e-1", "participants", "12", null, new org.dossier.model.Evidence("a-1", 0, 3)),
                new Claim("meeting", "participants", "45", null, new org.dossier.model.Evidence("a-1", 4, 8)),
                new Claim("talks", "participants", "45", null, new org.dossier.model.Evidence("a-1", 9, 12)));
        assertThat(ClaimReconciler.gatheringSubjects(claims)).extracting(Claim::subject)
                .containsExactly("e-1", "meeting", "meeting");
    }
}
