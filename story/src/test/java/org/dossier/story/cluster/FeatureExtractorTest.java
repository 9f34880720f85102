package org.dossier.story.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.story.AnalyzedArticle;
import org.junit.jupiter.api.Test;

class FeatureExtractorTest {

    private final FeatureExtractor extractor = new FeatureExtractor();

    // ECB+ 1_1ecbplus: its first line is a headline, which a build keeps as the article's title.
    private static final String TITLE = "Lindsay Lohan Leaves Betty Ford, Checks Into Malibu Rehab";
    private static final String TEXT = "Lindsay Lohan has left the Betty Ford Center and is moving to a rehab "
            + "facility in Malibu, Calif., Access Hollywood has confirmed.";

    private static AnalyzedArticle article(String title, String published) {
        Article a = new Article("a-1", null, null, null, title, "en", published, null, TEXT, null);
        return new AnalyzedArticle(a, ArticleAnalysis.empty("a-1"));
    }

    @Test
    void wordsAreLowerCasedAndCountedWithFunctionWordsKept() {
        ArticleFeatures f = extractor.extract(article(null, null));
        assertThat(f.terms()).containsEntry("lohan", 1).containsEntry("rehab", 1).containsEntry("the", 1)
                .doesNotContainKey("a");
        assertThat(f.language()).isEqualTo("en");
    }

    @Test
    void capitalisedWordsInsideASentenceAreNamesButNotTheFirstWordOrFunctionWords() {
        ArticleFeatures f = extractor.extract(article(null, null));
        assertThat(f.identity()).contains("n:ford", "n:malibu", "n:hollywood", "n:calif")
                .doesNotContain("n:lindsay", "n:the");
    }

    @Test
    void theHeadlineAddsWordsButNotNames() {
        ArticleFeatures withTitle = extractor.extract(article(TITLE, null));
        assertThat(withTitle.terms()).containsEntry("lohan", 2).containsEntry("checks", 1).containsEntry("leaves", 1);
        // Title case is style: "Checks" and "Leaves" are no names.
        assertThat(withTitle.identity()).isEqualTo(extractor.extract(article(null, null)).identity());
    }

    @Test
    void numbersAndYearsAreIdentityAndThePublicationDayIsKept() {
        Article a = new Article("a-2", null, null, null, null, "en", "2013-08-06", null,
                "The magnitude 6.1 quake struck in 2013 and killed 12 people.", null);
        ArticleFeatures f = extractor.extract(new AnalyzedArticle(a, ArticleAnalysis.empty("a-2")));
        assertThat(f.identity()).contains("y:2013", "#12");
        assertThat(f.published()).hasToString("2013-08-06");
        assertThat(List.copyOf(f.eventDays())).isEmpty();
    }
}
