package org.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleAnalysisJsonTest {

    @Test
    void analysisWithADatelineSurvivesJsonRoundTrip() {
        ArticleAnalysis analysis = new ArticleAnalysis("a-1", List.of(), List.of(), List.of(), List.of(),
                new Dateline("Paris", "AP", "June 3", new Span(0, 20)));

        ArticleAnalysis read = DossierJson.read(DossierJson.compact(analysis), ArticleAnalysis.class);

        assertThat(read).isEqualTo(analysis);
        assertThat(read.datelineIfAny()).map(Dateline::place).contains("Paris");
    }

    @Test
    void analysisStoredBeforeDatelinesReadsWithoutOne() {
        String json = "{\"articleId\":\"a-1\",\"entities\":[],\"times\":[],\"quotes\":[],\"claims\":[]}";

        ArticleAnalysis read = DossierJson.read(json, ArticleAnalysis.class);

        assertThat(read.dateline()).isNull();
        assertThat(read.datelineIfAny()).isEmpty();
        assertThat(read).isEqualTo(ArticleAnalysis.empty("a-1"));
    }

    @Test
    void analysisWithoutDatelineWritesNullAndNoExtraProperty() {
        String json = DossierJson.compact(ArticleAnalysis.empty("a-1"));

        assertThat(json).isEqualTo("{\"articleId\":\"a-1\",\"entities\":[],\"times\":[],\"quotes\":[],\"claims\":[],"
                + "\"dateline\":null,\"ner\":null}");
    }

    @Test
    void theNerTheArticleReceivedSurvivesJsonRoundTrip() {
        ArticleAnalysis analysis = new ArticleAnalysis("a-1", List.of(), List.of(), List.of(), List.of(), null,
                "corenlp-de");

        ArticleAnalysis read = DossierJson.read(DossierJson.compact(analysis), ArticleAnalysis.class);

        assertThat(read.nerIfAny()).contains("corenlp-de");
        assertThat(ArticleAnalysis.empty("a-1").nerIfAny()).isEmpty();
    }

    @Test
    void datelineWithoutPlaceIsRejected() {
        assertThatThrownBy(() -> new Dateline(" ", null, null, new Span(0, 3)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
