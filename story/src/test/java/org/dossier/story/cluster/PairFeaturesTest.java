package org.dossier.story.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.story.AnalyzedArticle;
import org.junit.jupiter.api.Test;

class PairFeaturesTest {

    private final FeatureExtractor extractor = new FeatureExtractor();

    private EventSketch sketch(String id, String language, String published, String title, String text) {
        Article a = new Article(id, null, null, null, title, language, published, null, text, null);
        return extractor.extract(new AnalyzedArticle(a, ArticleAnalysis.empty(id)));
    }

    private static Idf idfOf(EventSketch... sketches) {
        Map<String, Integer> df = new HashMap<>();
        for (EventSketch s : sketches) {
            s.documentKeys().forEach(k -> df.merge(k, 1, Integer::sum));
        }
        return Idf.of(df, sketches.length);
    }

    private static double feature(double[] x, String name) {
        return x[PairFeatures.NAMES.indexOf(name)];
    }

    private final EventSketch quake = sketch("a-1", "en", "2013-08-06", "Quake of magnitude 6.1 kills 12 in Sumatra",
            "A magnitude 6.1 earthquake struck Aceh province on Tuesday, killing 12 people, officials said.");
    private final EventSketch quakeNextDay = sketch("a-2", "en", "2013-08-07", "Sumatra quake toll rises to 12",
            "Rescuers in Aceh searched for survivors after Tuesday's magnitude 6.1 earthquake killed 12 people.");
    private final EventSketch quakeYearsLater = sketch("a-3", "en", "2016-12-07", "Quake kills 100 in Aceh",
            "A magnitude 6.5 earthquake struck Aceh province on Wednesday, killing at least 100 people.");
    private final EventSketch vote = sketch("a-4", "en", "2013-08-06", "Senate passes farm bill",
            "The Senate voted 66 to 27 on Tuesday to pass the farm bill after weeks of debate.");

    @Test
    void reportsOfOneQuakeAreCloserThanReportsOfTwoQuakesOrOfAQuakeAndAVote() {
        Idf idf = idfOf(quake, quakeNextDay, quakeYearsLater, vote);
        double[] same = PairFeatures.of(quake, quakeNextDay, idf);
        double[] other = PairFeatures.of(quake, quakeYearsLater, idf);
        double[] unrelated = PairFeatures.of(quake, vote, idf);

        assertThat(feature(other, "lead_words")).isGreaterThan(feature(unrelated, "lead_words"));
        assertThat(feature(same, "title_words")).isGreaterThan(feature(unrelated, "title_words"));
        assertThat(feature(same, "lead_numbers")).isGreaterThan(feature(other, "lead_numbers"));
        assertThat(feature(same, "days_apart")).isLessThan(feature(other, "days_apart"));
        assertThat(feature(other, "days_apart")).isEqualTo(2); // capped: years apart
        assertThat(feature(same, "near_lead_words")).isGreaterThan(feature(other, "near_lead_words"));
        assertThat(feature(other, "near_lead_words")).isCloseTo(0, within(1e-6));
        assertThat(PairFeatures.comparable(same)).isTrue();
    }

    @Test
    void featuresAreSymmetric() {
        Idf idf = idfOf(quake, quakeNextDay, quakeYearsLater, vote);
        double[] ab = PairFeatures.of(quake, quakeYearsLater, idf);
        double[] ba = PairFeatures.of(quakeYearsLater, quake, idf);
        for (int i = 0; i < ab.length; i++) {
            assertThat(ab[i]).as(PairFeatures.NAMES.get(i)).isCloseTo(ba[i], within(1e-12));
        }
    }

    @Test
    void yearsOfTheHeadlinesMatchOrClash() {
        EventSketch a = sketch("a-5", "en", null, "Floods of 2010 recalled", "Villagers remember the floods.");
        EventSketch b = sketch("a-6", "en", null, "The 2010 floods, ten years on", "Villagers remember.");
        EventSketch c = sketch("a-7", "en", null, "The 2013 floods, ten years on", "Villagers remember.");
        Idf idf = idfOf(a, b, c);
        assertThat(feature(PairFeatures.of(a, b, idf), "year_match")).isEqualTo(1);
        assertThat(feature(PairFeatures.of(a, c, idf), "year_clash")).isEqualTo(1);
        // Undated reports carry no time evidence either way.
        assertThat(feature(PairFeatures.of(a, c, idf), "days_apart")).isZero();
        assertThat(feature(PairFeatures.of(a, c, idf), "near_lead_words")).isZero();
    }

    @Test
    void inAnotherLanguageOnlyNamesAndNumbersCount() {
        EventSketch spanish = sketch("a-8", "es", "2013-08-06", "Un sismo de magnitud 6,1 deja 12 muertos en Sumatra",
                "Un terremoto sacudió la provincia de Aceh el martes y dejó 12 muertos, según las autoridades.");
        Idf idf = idfOf(quake, spanish, vote);
        double[] x = PairFeatures.of(quake, spanish, idf);
        assertThat(feature(x, "lead_words")).isGreaterThan(0);
        assertThat(feature(x, "title_words")).isZero();
        assertThat(feature(x, "lead_numbers")).isGreaterThan(0);
    }

    @Test
    void leadsThatShareNothingAreNotCompared() {
        EventSketch a = sketch("a-9", "en", null, null, "Zebras graze quietly.");
        EventSketch b = sketch("a-10", "en", null, null, "Parliament adjourned early.");
        assertThat(PairFeatures.comparable(PairFeatures.of(a, b, idfOf(a, b)))).isFalse();
    }

    @Test
    void aReportNamingTheDayAnotherLeadGivesMatchesIt() {
        // The day before a meeting, an interview looks ahead to it in its body; the meeting's report
        // gives the day in its lead. A third report names other days only.
        long meeting = LocalDate.parse("2021-06-28").toEpochDay();
        Terms none = Terms.of(Map.of());
        EventSketch preview = new EventSketch("a-11", "en", meeting - 1, none, none, none, none, none, none, none,
                new long[0], none, none, new long[] {meeting - 1, meeting});
        EventSketch report = new EventSketch("a-12", "en", meeting, none, none, none, none, none, none, none,
                new long[] {meeting}, none, none, new long[] {meeting});
        EventSketch other = new EventSketch("a-13", "en", meeting, none, none, none, none, none, none, none,
                new long[] {meeting - 90}, none, none, new long[] {meeting - 90, meeting - 1});
        Idf idf = idfOf(preview, report, other);

        assertThat(feature(PairFeatures.of(preview, report, idf), "text_day_match")).isEqualTo(1);
        assertThat(feature(PairFeatures.of(report, preview, idf), "text_day_match")).isEqualTo(1);
        assertThat(feature(PairFeatures.of(preview, other, idf), "text_day_match")).isZero();
    }
}
