package org.dossier.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.analyze.Analyzers;
import org.dossier.analyze.AnnotatorContract;
import org.dossier.analyze.Annotator;
import org.dossier.analyze.SeedArticles;
import org.dossier.model.Article;
import org.dossier.model.Evidence;
import org.dossier.model.TimeExpression;
import org.junit.jupiter.api.Test;

class TimeAnnotatorTest extends AnnotatorContract<TimeExpression> {

    private final TimeAnnotator annotator = new TimeAnnotator();

    @Override
    protected Annotator<TimeExpression> annotator() {
        return annotator;
    }

    @Override
    protected List<Evidence> evidenceOf(TimeExpression fact) {
        return List.of(fact.evidence());
    }

    @Override
    protected List<String> textsOf(TimeExpression fact) {
        return List.of(fact.text());
    }

    private List<TimeExpression> times(Article article) {
        return annotator.annotate(Analyzers.context(article));
    }

    private List<TimeExpression> seed(String stem) {
        return times(SeedArticles.seed(stem));
    }

    /** The values of every expression whose text is exactly {@code text}. */
    private static List<String> valuesOf(List<TimeExpression> found, String text) {
        return found.stream().filter(t -> t.text().equals(text)).map(TimeExpression::value).toList();
    }

    @Test
    void upcomingMondayInASundayArticleIsTheNextDay() {
        List<TimeExpression> found = seed("004_ec1c472087426295");
        assertThat(valuesOf(found, "Monday")).containsExactly("2021-06-28");
        assertThat(valuesOf(found, "this fall")).containsExactly("2021-FA");
        assertThat(valuesOf(found, "less than 10 years ago")).containsExactly("2011");
        assertThat(valuesOf(found, "forty years")).containsExactly("P40Y");
    }

    @Test
    void thisSundayInAMondayArticleIsTheDayBefore() {
        List<TimeExpression> found = seed("002_f9ca6fa413811794");
        assertThat(valuesOf(found, "this Sunday")).containsExactly("2021-06-27");
        assertThat(valuesOf(found, "this Monday")).containsExactly("2021-06-28");
        assertThat(valuesOf(found, "yesterday")).containsExactly("2021-06-27");
        assertThat(valuesOf(found, "almost two years")).containsExactly("P2Y");
        assertThat(valuesOf(found, "March 2020")).containsExactly("2020-03");
    }

    @Test
    void lastFebruaryIsThisYearsFebruaryInJune() {
        List<TimeExpression> found = seed("000_261515ad708b2a44");
        assertThat(valuesOf(found, "last February")).containsExactly("2021-02");
        assertThat(valuesOf(found, "Monday 28 June")).containsExactly("2021-06-28");
        assertThat(valuesOf(found, "30 March")).containsExactly("2021-03-30");
        assertThat(valuesOf(found, "June 2020")).containsExactly("2020-06");
        assertThat(valuesOf(found, "two years")).containsExactly("P2Y");
    }

    @Test
    void todayAndNumericDatesResolveInTheMorningArticle() {
        List<TimeExpression> found = seed("003_a2f742a56d34091d");
        assertThat(valuesOf(found, "Today")).containsExactly("2021-06-28");
        assertThat(valuesOf(found, "today")).containsOnly("2021-06-28");
        assertThat(valuesOf(found, "06/28/2021 4:30 a.m.")).containsExactly("2021-06-28T04:30");
        assertThat(valuesOf(found, "February 2019")).containsExactly("2019-02");
        assertThat(valuesOf(found, "Two weeks ago")).containsExactly("2021-W24");
        assertThat(valuesOf(found, "the end of March")).containsExactly("2021-03");
    }

    @Test
    void europeanDotDateAndYearsInTheOlderArticle() {
        List<TimeExpression> found = seed("001_3f2330664d5f2acb");
        assertThat(valuesOf(found, "04.06.2020")).containsExactly("2020-06-04");
        assertThat(valuesOf(found, "4 June")).containsExactly("2020-06-04");
        assertThat(valuesOf(found, "2014")).containsExactly("2014");
        assertThat(valuesOf(found, "the end of April")).containsExactly("2020-04");
    }

    @Test
    void bareWeekdayFollowsTheTense() {
        // 2021-06-30 is a Wednesday.
        List<TimeExpression> past = times(SeedArticles.article("a-past", "The ministers met on Monday.", "2021-06-30"));
        List<TimeExpression> future = times(SeedArticles.article("a-future", "The ministers will meet on Friday.",
                "2021-06-30"));
        assertThat(valuesOf(past, "Monday")).containsExactly("2021-06-28");
        assertThat(valuesOf(future, "Friday")).containsExactly("2021-07-02");
    }

    @Test
    void englishFutureCuesDoNotTurnTheWeekdayOfAnotherLanguage() {
        // 2021-06-30 is a Wednesday. Without cue words of its own language a bare weekday is the last one.
        Article english = SeedArticles.article("a-en", "The ministers will meet on Friday.", "2021-06-30");
        Article german = new Article("a-de", null, null, null, null, "de", english.published(),
                english.publishedSource(), "Die Minister will am Freitag reden.", null);

        assertThat(valuesOf(times(english), "Friday")).containsExactly("2021-07-02");
        assertThat(valuesOf(times(german), "Freitag")).containsExactly("2021-06-25");
    }

    @Test
    void englishWordsAreNotReadInALanguageWithoutWordLists() {
        Article english = SeedArticles.article("a-en", "The ministers will meet on Friday, 2021-07-02.", "2021-06-30");
        Article other = new Article("a-xx", null, null, null, null, "xx", english.published(),
                english.publishedSource(), english.text(), null);

        assertThat(times(other)).extracting(TimeExpression::text).containsExactly("2021-07-02");
    }

    @Test
    void relativeExpressionsHaveNoValueWithoutAnAnchor() {
        List<TimeExpression> found = times(SeedArticles.article("a-undated",
                "The talks ended yesterday. They began on 3 March 2019.", null));
        assertThat(valuesOf(found, "yesterday")).containsExactly((String) null);
        assertThat(valuesOf(found, "3 March 2019")).containsExactly("2019-03-03");
    }

    @Test
    void spokenYearsAndHalfUnitsAreNormalised() {
        List<TimeExpression> found = times(SeedArticles.article("a-spoken",
                "The plant opened in nineteen ninety-six and the refugees stayed for 2 1/2 years.", "2021-06-28"));
        assertThat(valuesOf(found, "nineteen ninety-six")).containsExactly("1996");
        assertThat(valuesOf(found, "2 1/2 years")).containsExactly("P2Y6M");
    }

    @Test
    void typesAreTimeMlTypes() {
        List<TimeExpression> found = seed("003_a2f742a56d34091d");
        assertThat(found).extracting(TimeExpression::type).isSubsetOf("DATE", "TIME", "DURATION", "SET");
        assertThat(found.stream().filter(t -> t.text().equals("almost four years")).map(TimeExpression::type))
                .containsExactly("DURATION");
    }

    @Test
    void modelNamesAndBoilerplateAreNotDates() {
        List<TimeExpression> found = seed("000_261515ad708b2a44");
        assertThat(found).extracting(TimeExpression::text).noneMatch(t -> t.contains("16"));
    }

    // ---- a weekday with day and month but no year -----------------------------------------

    private static org.dossier.model.Article undatedSeed(String stem) {
        org.dossier.model.Article dated = SeedArticles.seed(stem);
        return SeedArticles.article(dated.id(), dated.text(), null);
    }

    @Test
    void weekdayPicksTheYearOfTheMeetingInAnUndatedArticle() {
        // No publication date: "June 2020" elsewhere implies 2020, when 28 June was a Sunday; 2021 fits.
        List<TimeExpression> found = times(undatedSeed("000_261515ad708b2a44"));
        assertThat(valuesOf(found, "Monday 28 June")).containsExactly("2021-06-28");
        // Read as a narrative, the day named before stands in for the missing publication date.
        assertThat(valuesOf(found, "30 March")).containsExactly("2021-03-30");
    }

    @Test
    void undatedArticleResolvesLaterExpressionsAgainstTheLastDayItNamed() {
        List<TimeExpression> found = times(SeedArticles.article("a-narrative",
                "The talks ended yesterday. The summit opened on 3 March 2019. On 30 January, the ministers had "
                        + "agreed on the agenda.", null));
        assertThat(valuesOf(found, "yesterday")).containsExactly((String) null);
        assertThat(valuesOf(found, "30 January")).containsExactly("2019-01-30");
    }

    @Test
    void weekdayMovesTheYearWhenThePlainRuleDoesNotFit() {
        // Nearest 12 January to mid-December 2021 is 2022's, a Wednesday; the Tuesday was 2021's.
        List<TimeExpression> found = times(SeedArticles.article("a-dec",
                "The ministers met on Tuesday 12 January in Rome. On 13 January they met again.", "2021-12-15"));
        assertThat(valuesOf(found, "Tuesday 12 January")).containsExactly("2021-01-12");
        assertThat(valuesOf(found, "13 January")).containsExactly("2022-01-13");
    }

    @Test
    void weekdayBeforeMonthAlsoChoosesTheYear() {
        List<TimeExpression> found = times(SeedArticles.article("a-us",
                "The ministers met on Tuesday, January 12 in Rome.", "2021-12-15"));
        assertThat(valuesOf(found, "Tuesday, January 12")).containsExactly("2021-01-12");
    }

    @Test
    void weekdayThatFitsNoNearbyYearKeepsThePlainRule() {
        // 28 June was a Sunday in 2020, a Monday in 2021 and a Tuesday in 2022: no Friday near.
        List<TimeExpression> found = times(SeedArticles.article("a-typo",
                "The ministers met on Friday 28 June in Rome.", "2021-06-30"));
        assertThat(valuesOf(found, "Friday 28 June")).containsExactly("2021-06-28");
    }

    @Test
    void weekdayFittingThePublicationYearStaysInIt() {
        List<TimeExpression> found = times(SeedArticles.article("a-fit",
                "The ministers will meet on Monday 28 June in Rome.", "2021-06-20"));
        assertThat(valuesOf(found, "Monday 28 June")).containsExactly("2021-06-28");
    }

    @Test
    void undatedArticleTakesTheYearOfAFullDateNearby() {
        // 28 June 2019 was a Friday; the article names 1 July 2019 nearby and 2021 far away.
        List<TimeExpression> found = times(SeedArticles.article("a-full",
                "Elections are due in 2021. The summit opened on Friday 28 June and closed on 1 July 2019.", null));
        assertThat(valuesOf(found, "Friday 28 June")).containsExactly("2019-06-28");
    }

    @Test
    void undatedArticleTakesANamedYearWhenTheWeekdayFitsIt() {
        // 28 June 2018 was a Thursday.
        List<TimeExpression> found = times(SeedArticles.article("a-year",
                "The summit of 2018 opened on Thursday 28 June.", null));
        assertThat(valuesOf(found, "Thursday 28 June")).containsExactly("2018-06-28");
    }

    @Test
    void undatedArticleWithoutAnyYearLeavesTheWeekdayDateUnplaced() {
        List<TimeExpression> found = times(SeedArticles.article("a-none",
                "The summit opened on Thursday 28 June.", null));
        assertThat(valuesOf(found, "Thursday 28 June")).containsExactly((String) null);
    }
}
