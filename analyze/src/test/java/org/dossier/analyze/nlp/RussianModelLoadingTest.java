package org.dossier.analyze.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Russian CRF is loaded for a Russian article, and only then. */
class RussianModelLoadingTest {

    private static final String TEXT = "Министр Илья Шестаков прилетел в Порту. Переговоры шли всю ночь.";

    @Test
    void aRussianArticleLoadsTheRussianModelAloneAndItsSentencesStartWithoutPeople() {
        CoreNlpEngine engine = new CoreNlpEngine();

        NlpDocument doc = engine.annotate(TEXT, "ru");

        assertThat(doc.ner()).isEqualTo("corenlp-ru");
        assertThat(engine.loadedNerLanguages()).containsExactly("ru");
        assertThat(doc.tokens()).filteredOn(t -> t.text().equals("Шестаков")).extracting(Token::ner)
                .containsExactly("PERSON");
        assertThat(doc.tokens()).filteredOn(t -> t.text().equals("Переговоры")).extracting(Token::ner)
                .containsExactly("O");
    }

    @Test
    void anEnglishOnlyEngineNeverLoadsIt() {
        CoreNlpEngine engine = new CoreNlpEngine();

        engine.annotate("Minister Ilya Shestakov flew to Porto.", "en");

        assertThat(engine.loadedNerLanguages()).doesNotContain("ru");
    }
}
