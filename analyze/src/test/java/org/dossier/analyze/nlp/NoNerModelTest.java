package org.dossier.analyze.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.analyze.Analyzers;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Languages without a CoreNLP model get no NER tags, never the English CRF's, and loading is lazy:
 * an engine that has seen only English and model-less languages holds the English model alone.
 */
class NoNerModelTest {

    /** English CRF calls "Anche Martedì" (also Tuesday) a person. */
    private static final String ITALIAN = "Anche Martedì la Flotta ha raggiunto un'intesa con la NATO a Bruxelles."
            + " Il ministro Matteo Salvini ha detto che nessuno pagherà da solo.";
    private static final String DUTCH = "Op dinsdag kwamen de ministers van Visserij in Porto overeen de vangst"
            + " van kabeljauw te beperken. Minister Eirik Solhaug zei dat de Vloot niet alleen zal betalen.";

    @Test
    void italianAndDutchTokensCarryNoNerTagAndTheEnglishCrfIsNotLoaded() {
        CoreNlpEngine engine = new CoreNlpEngine();

        NlpDocument italian = engine.annotate(ITALIAN, "it");
        NlpDocument dutch = engine.annotate(DUTCH, "nl");

        assertThat(italian.ner()).isEqualTo("none");
        assertThat(dutch.ner()).isEqualTo("none");
        assertThat(italian.tokens()).extracting(Token::text).contains("Anche", "Martedì", "Salvini");
        assertThat(italian.tokens()).extracting(Token::ner).containsOnly("O");
        assertThat(dutch.tokens()).extracting(Token::ner).containsOnly("O");
        assertThat(engine.loadedNerLanguages()).isEmpty();
    }

    @Test
    void theEnglishCrfWouldHaveCalledTheItalianWordsPeopleAndAnEnglishOnlyEngineLoadsEnglishAlone() {
        CoreNlpEngine engine = new CoreNlpEngine();

        NlpDocument asEnglish = engine.annotate(ITALIAN, "en");

        assertThat(asEnglish.ner()).isEqualTo("corenlp-en");
        assertThat(asEnglish.tokens()).filteredOn(t -> t.text().equals("Martedì")).extracting(Token::ner)
                .containsExactly("PERSON");
        assertThat(engine.loadedNerLanguages()).containsExactly("en");
    }

    @Test
    void anItalianArticleHasOnlyTheEntitiesTheAliasTableKnowsAndRecordsThatItHadNoNer() {
        Article article = new Article("a-it", null, null, "Outlet", null, "it", null, null, ITALIAN, null);

        ArticleAnalysis analysis = Analyzers.standard().analyze(article);

        assertThat(analysis.nerIfAny()).contains("none");
        List<Entity> entities = analysis.entities();
        assertThat(entities).extracting(Entity::type).doesNotContain(EntityType.PERSON);
        assertThat(entities).extracting(Entity::name).containsExactly("North Atlantic Treaty Organisation");
    }
}
