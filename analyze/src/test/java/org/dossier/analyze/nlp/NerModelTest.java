package org.dossier.analyze.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NerModelTest {

    @Test
    void englishGermanFrenchSpanishAndRussianHaveModelsOfTheirOwn() {
        assertThat(NerModel.forLanguage("en")).isEqualTo(NerModel.ENGLISH);
        assertThat(NerModel.forLanguage("de")).isEqualTo(NerModel.GERMAN);
        assertThat(NerModel.forLanguage("FR")).isEqualTo(NerModel.FRENCH);
        assertThat(NerModel.forLanguage("es-MX")).isEqualTo(NerModel.SPANISH);
        assertThat(NerModel.forLanguage("de_AT")).isEqualTo(NerModel.GERMAN);
        assertThat(NerModel.forLanguage("ru-RU")).isEqualTo(NerModel.RUSSIAN);
        assertThat(NerModel.RUSSIAN.id()).isEqualTo("corenlp-ru");
    }

    @Test
    void everyOtherLanguageGetsNoModelRatherThanTheEnglishOne() {
        assertThat(NerModel.forLanguage("it")).isEqualTo(NerModel.NONE);
        assertThat(NerModel.forLanguage("uk")).isEqualTo(NerModel.NONE);
        assertThat(NerModel.forLanguage("nl")).isEqualTo(NerModel.NONE);
        assertThat(NerModel.forLanguage("eng")).isEqualTo(NerModel.NONE);
    }

    @Test
    void anUnknownLanguageIsTakenForEnglish() {
        assertThat(NerModel.forLanguage(null)).isEqualTo(NerModel.ENGLISH);
        assertThat(NerModel.forLanguage(" ")).isEqualTo(NerModel.ENGLISH);
    }

    @Test
    void theRecordedIdsNameTheModelOrNone() {
        assertThat(NerModel.ENGLISH.id()).isEqualTo("corenlp-en");
        assertThat(NerModel.GERMAN.id()).isEqualTo("corenlp-de");
        assertThat(NerModel.NONE.id()).isEqualTo("none");
        assertThat(NerModel.NONE.language()).isNull();
    }

    @Test
    void otherLanguagesTagsBecomeTheEnglishCoarseTags() {
        assertThat(CoreNlpEngine.coarse("PERS")).isEqualTo("PERSON");
        assertThat(CoreNlpEngine.coarse("I-PER")).isEqualTo("PERSON");
        assertThat(CoreNlpEngine.coarse("LUG")).isEqualTo("LOCATION");
        assertThat(CoreNlpEngine.coarse("B-ORG")).isEqualTo("ORGANIZATION");
        assertThat(CoreNlpEngine.coarse("OTROS")).isEqualTo("MISC");
        assertThat(CoreNlpEngine.coarse("O")).isEqualTo("O");
        assertThat(CoreNlpEngine.coarse(null)).isEqualTo("O");
    }
}
