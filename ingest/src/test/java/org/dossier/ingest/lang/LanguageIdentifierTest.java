package org.dossier.ingest.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageIdentifierTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "de | Die Minister trafen sich am Montag in Rom, um über die Lage im Irak zu beraten. Danach erklärte die Regierung, dass die Hilfe fortgesetzt werde.",
        "en | The ministers met in Rome on Monday to discuss the situation in Iraq. Afterwards the government said that the aid would continue.",
        "es | Los ministros se reunieron el lunes en Roma para hablar de la situación en Irak. Después, el gobierno afirmó que la ayuda continuará.",
        "fr | Les ministres se sont réunis lundi à Rome pour discuter de la situation en Irak. Ensuite, le gouvernement a déclaré que l'aide continuerait.",
        "ru | Министры встретились в понедельник в Риме, чтобы обсудить положение в Ираке. После этого правительство заявило, что помощь будет продолжена.",
        "it | I ministri si sono incontrati lunedì a Roma per discutere della situazione in Iraq. In seguito il governo ha dichiarato che gli aiuti continueranno.",
        "pl | Ministrowie spotkali się w poniedziałek w Rzymie, aby omówić sytuację w Iraku. Następnie rząd oświadczył, że pomoc będzie kontynuowana.",
        "nl | De ministers kwamen maandag in Rome bijeen om de toestand in Irak te bespreken. Daarna verklaarde de regering dat de hulp wordt voortgezet.",
        "pt | Os ministros reuniram-se na segunda-feira em Roma para discutir a situação no Iraque. Depois, o governo afirmou que a ajuda vai continuar.",
    })
    void detectsTwoSentenceNewsText(String expected, String text) {
        assertThat(LanguageIdentifier.detect(text)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "de | Bahn und Gewerkschaft verhandeln weiter. Ein Ergebnis wird für Montag erwartet.",
        "en | Talks between the union and the railway go on. A result is expected on Monday.",
        "es | El sindicato y la empresa siguen negociando. Se espera un resultado el lunes.",
        "fr | Le syndicat et la compagnie poursuivent les négociations. Un résultat est attendu lundi.",
        "ru | Профсоюз и железная дорога продолжают переговоры. Результат ожидается в понедельник.",
        "it | Il sindacato e le ferrovie continuano a trattare. Un risultato è atteso per lunedì.",
        "pl | Związek i kolej nadal negocjują. Wynik spodziewany jest w poniedziałek.",
    })
    void detectsShortTwoSentenceText(String expected, String text) {
        assertThat(LanguageIdentifier.detect(text)).contains(expected);
    }

    @Test
    void textWithoutLettersHasNoLanguage() {
        assertThat(LanguageIdentifier.detect("12.05.2022 - 14:03 / 83 % +++")).isEmpty();
    }

    @Test
    void metadataCodesAreNormalisedToTwoLowercaseLetters() {
        assertThat(LanguageIdentifier.normalize(" EN ")).contains("en");
        assertThat(LanguageIdentifier.normalize("de-DE")).contains("de");
        assertThat(LanguageIdentifier.normalize("pt_BR")).contains("pt");
        assertThat(LanguageIdentifier.normalize("english")).isEmpty();
        assertThat(LanguageIdentifier.normalize("")).isEmpty();
        assertThat(LanguageIdentifier.normalize(null)).isEmpty();
    }
}
