package org.dossier.analyze.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.analyze.Analyzers;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.model.Entity;
import org.dossier.model.PublishedSource;
import org.dossier.model.TimeExpression;
import org.junit.jupiter.api.Test;

class LongTokensTest {

    private static final String BEFORE = "Marta Quintela opened the conference in Porto on 13 May 2031. ";
    private static final String AFTER = " Heiko Maas arrived in Rome on 14 May 2031.";

    @Test
    void aRunOverTheBoundIsBlankedAndTheTextKeepsItsLength() {
        String blob = "ab\uD83D\uDE00".repeat(LongTokens.MAX_CHARS);
        String text = "Before " + blob + "\nafter.";
        String masked = LongTokens.mask(text);

        assertThat(masked).hasSameSizeAs(text);
        assertThat(masked).isEqualTo("Before " + " ".repeat(blob.length()) + "\nafter.");
    }

    @Test
    void aRunOfExactlyTheBoundIsLeftAsItIs() {
        String text = "x".repeat(LongTokens.MAX_CHARS) + " " + "y".repeat(LongTokens.MAX_CHARS + 1);
        assertThat(LongTokens.mask(text)).isEqualTo("x".repeat(LongTokens.MAX_CHARS) + " "
                + " ".repeat(LongTokens.MAX_CHARS + 1));
    }

    @Test
    void textWithoutLongRunsIsReturnedUnchanged() {
        String text = BEFORE + AFTER;
        assertThat(LongTokens.mask(text)).isSameAs(text);
    }

    @Test
    void aFortyThousandCharacterTokenGivesNoTokenAndLeavesTheOffsetsAfterItExact() {
        String text = BEFORE + "q".repeat(40_000) + AFTER;
        NlpDocument nlp = CoreNlpEngine.shared().annotate(text, "en");

        assertThat(nlp.text()).isSameAs(text);
        assertThat(nlp.tokens()).allSatisfy(t -> {
            assertThat(t.end() - t.start()).isLessThanOrEqualTo(LongTokens.MAX_CHARS);
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        });
        assertThat(nlp.tokens()).extracting(Token::text).contains("Heiko", "Maas", "Rome");
    }

    @Test
    void theAnalysisFindsTheNamesAndDatesAfterALongTokenAtTheirPlaces() {
        String text = BEFORE + "q".repeat(40_000) + AFTER;
        Article article = new Article("a-blob", null, null, "Outlet", "Porto", "en", "2031-05-13",
                PublishedSource.METADATA, text, null);
        ArticleAnalysis analysis = Analyzers.standard().analyze(article);

        int after = BEFORE.length() + 40_000;
        List<String> namesAfter = analysis.entities().stream()
                .filter(e -> e.mentions().stream().anyMatch(m -> m.start() >= after))
                .map(Entity::name).toList();
        assertThat(namesAfter).contains("Heiko Maas", "Rome");
        assertThat(analysis.entities()).allSatisfy(e -> assertThat(e.mentions()).allSatisfy(m ->
                assertThat(e.aliases().contains(text.substring(m.start(), m.end()))
                        || e.name().equals(text.substring(m.start(), m.end()))).isTrue()));
        TimeExpression later = analysis.times().stream().filter(t -> t.evidence().start() >= after)
                .findFirst().orElseThrow();
        assertThat(later.value()).isEqualTo("2031-05-14");
        assertThat(text.substring(later.evidence().start(), later.evidence().end())).isEqualTo(later.text());
        assertThat(later.evidence().start()).isEqualTo(text.indexOf("14 May 2031"));
    }
}
