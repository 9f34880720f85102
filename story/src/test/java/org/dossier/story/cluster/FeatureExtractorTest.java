package org.dossier.story.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Evidence;
import org.dossier.model.TimeExpression;
import org.dossier.story.AnalyzedArticle;
import org.junit.jupiter.api.Test;

class FeatureExtractorTest {

    private final FeatureExtractor extractor = new FeatureExtractor();

    // ECB+ 1_1ecbplus: its first line is a headline, which a build keeps as the article's title.
    private static final String TITLE = "Lindsay Lohan Leaves Betty Ford, Checks Into Malibu Rehab";
    private static final String LEAD = "Lindsay Lohan has left the Betty Ford Center and is moving to a rehab "
            + "facility in Malibu, Calif., Access Hollywood has confirmed. The actress checked in on May 3. "
            + "Her lawyer spoke to reporters on Thursday. ";
    private static final String BODY = "Years ago, in 2007, the actress had been arrested for drunk driving "
            + "near Beverly Hills, police said.";

    private static AnalyzedArticle article(String title, String published, ArticleAnalysis analysis) {
        Article a = new Article("a-1", null, null, null, title, "en", published, null, LEAD + BODY, null);
        return new AnalyzedArticle(a, analysis == null ? ArticleAnalysis.empty("a-1") : analysis);
    }

    private static List<String> keys(Terms t) {
        return List.of(t.keys);
    }

    @Test
    void theLeadIsTheHeadlineAndTheFirstThreeSentencesAndTheBodyIsEverything() {
        EventSketch s = extractor.extract(article(TITLE, "2013-05-06", null));

        assertThat(keys(s.title())).contains("lohan", "checks", "rehab").doesNotContain("into");
        assertThat(keys(s.lead())).contains("lohan", "facility", "lawyer").doesNotContain("arrested", "drunk");
        assertThat(keys(s.body())).contains("arrested", "drunk", "facility");
        // Function words are left out everywhere.
        assertThat(keys(s.lead())).doesNotContain("the", "has", "and", "in");
        assertThat(s.day()).isEqualTo(LocalDate.parse("2013-05-06").toEpochDay());
        assertThat(s.language()).isEqualTo("en");
    }

    @Test
    void withoutAnalysisTheNamesAreCapitalisedWordsInsideASentence() {
        EventSketch s = extractor.extract(article(null, null, null));

        assertThat(keys(s.names())).contains("ford", "malibu", "hollywood", "beverly")
                .doesNotContain("lindsay", "the", "years");
        assertThat(keys(s.leadNames())).contains("malibu", "hollywood").doesNotContain("beverly");
        assertThat(s.dated()).isFalse();
    }

    @Test
    void numbersAndYearsOfTheLeadAreKeptApart() {
        EventSketch s = extractor.extract(article(null, null, null));

        assertThat(keys(s.numbers())).containsExactly("3");
        assertThat(keys(s.years())).isEmpty();
        Article a = new Article("a-2", null, null, null, "Quake of 2013 kills 12", "en", "2013-08-06", null,
                "The magnitude 6.1 quake struck on Tuesday.", null);
        EventSketch quake = extractor.extract(new AnalyzedArticle(a, ArticleAnalysis.empty("a-2")));
        assertThat(keys(quake.years())).containsExactly("2013");
        assertThat(keys(quake.numbers())).contains("12", "6");
    }

    @Test
    void entitiesOfTheAnalysisGiveNamesLeadNamesPlacesAndDatesOfTheLeadGiveEventDays() {
        int malibu = LEAD.indexOf("Malibu");
        int beverly = (LEAD + BODY).indexOf("Beverly Hills");
        int may = LEAD.indexOf("May 3");
        ArticleAnalysis analysis = new ArticleAnalysis("a-1",
                List.of(new Entity("e-1", "Malibu", EntityType.LOCATION, List.of(), List.of(),
                                List.of(new Evidence("a-1", malibu, malibu + 6))),
                        new Entity("e-2", "Beverly Hills", EntityType.LOCATION, List.of(), List.of(),
                                List.of(new Evidence("a-1", beverly, beverly + 13)))),
                List.of(new TimeExpression("May 3", "DATE", "2013-05-03", new Evidence("a-1", may, may + 5))),
                List.of(), List.of());
        EventSketch s = extractor.extract(article(TITLE, "2013-05-06", analysis));

        assertThat(keys(s.names())).containsExactlyInAnyOrder("malibu", "beverly", "hills");
        assertThat(keys(s.leadNames())).containsExactly("malibu");
        assertThat(keys(s.places())).containsExactly("malibu");
        assertThat(s.leadDays()).containsExactly(LocalDate.parse("2013-05-03").toEpochDay());
    }

    @Test
    void daysOfTheBodyAreTextDaysAndAnUndatedReportTakesTheLatestDayOfItsLead() {
        int may = LEAD.indexOf("May 3");
        int years = (LEAD + BODY).indexOf("Years ago");
        ArticleAnalysis analysis = new ArticleAnalysis("a-1", List.of(),
                List.of(new TimeExpression("May 3", "DATE", "2013-05-03", new Evidence("a-1", may, may + 5)),
                        new TimeExpression("Years ago", "DATE", "2007-06-01", new Evidence("a-1", years, years + 9))),
                List.of(), List.of());
        EventSketch dated = extractor.extract(article(TITLE, "2013-05-06", analysis));
        EventSketch undated = extractor.extract(article(TITLE, null, analysis));

        assertThat(dated.leadDays()).containsExactly(LocalDate.parse("2013-05-03").toEpochDay());
        assertThat(dated.textDays()).containsExactly(LocalDate.parse("2007-06-01").toEpochDay(),
                LocalDate.parse("2013-05-03").toEpochDay());
        assertThat(dated.day()).isEqualTo(LocalDate.parse("2013-05-06").toEpochDay());
        assertThat(undated.day()).isEqualTo(LocalDate.parse("2013-05-03").toEpochDay());
        assertThat(extractor.extract(article(TITLE, null, null)).dated()).isFalse();
    }

    @Test
    void theKindsOfHappeningComeFromTheLanguagesList() {
        Article a = new Article("a-3", null, null, null, "Senate vote on the budget after the debate", "en", null,
                null, "Senators met on Monday.", null);
        EventSketch s = extractor.extract(new AnalyzedArticle(a, ArticleAnalysis.empty("a-3")));
        assertThat(keys(s.kinds())).contains("vote", "debate");
    }

    @Test
    void aVeryLongRunOfLettersIsNoWord() {
        String blob = "x".repeat(50_000);
        Article a = new Article("a-4", null, null, null, null, "en", null, null,
                "Officials met in Geneva " + blob + " and agreed.", null);
        EventSketch s = extractor.extract(new AnalyzedArticle(a, ArticleAnalysis.empty("a-4")));
        assertThat(keys(s.body())).contains("officials", "geneva", "agreed")
                .allMatch(w -> w.length() <= FeatureExtractor.MAX_TOKEN);
    }
}
