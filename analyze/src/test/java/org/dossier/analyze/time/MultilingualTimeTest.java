package org.dossier.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dossier.analyze.AnnotationContext;
import org.dossier.analyze.nlp.NlpDocument;
import org.dossier.model.Article;
import org.dossier.model.TimeExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Time expressions in German, French, Spanish, Italian and Russian, normalised against a fixed
 * publication day: Wednesday 6 March 2024. The sentences are written for this test; the expected
 * values are worked out from the calendar (Monday 4 March, Sunday 3 March, February 2024).
 */
class MultilingualTimeTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2024, 3, 6);

    private final TimeAnnotator annotator = new TimeAnnotator();

    /** The expressions of {@code text} in an article of {@code language} published on {@link #WEDNESDAY}. */
    private List<TimeExpression> times(String language, String text) {
        Article article = new Article("a-test", null, null, null, null, language, WEDNESDAY.toString(), null, text,
                null);
        // No tokens: no verb can point the tense, so the rules alone decide.
        NlpDocument nlp = new NlpDocument(text, language, "none", List.of(), List.of());
        return annotator.annotate(new AnnotationContext(article, nlp, WEDNESDAY, List.of()));
    }

    @ParameterizedTest(name = "{0}: {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            de | Die Minister trafen sich am Montag in Brüssel.            | Montag            | 2024-03-04
            de | Der Vertrag wurde am 3. März 2024 unterzeichnet.          | 3. März 2024      | 2024-03-03
            de | Das Treffen fand letzte Woche statt.                      | letzte Woche      | 2024-W09
            de | Die Wahl war vor zwei Wochen.                             | vor zwei Wochen   | 2024-W08
            de | Gestern sprach der Kanzler.                               | Gestern           | 2024-03-05
            de | Im vergangenen Februar stiegen die Preise.                | vergangenen Februar | 2024-02
            fr | Le ministre a démissionné lundi dernier.                  | lundi dernier     | 2024-03-04
            fr | L'accord a été signé le 3 mars.                           | le 3 mars         | 2024-03-03
            fr | La loi a été votée l'année dernière.                      | l'année dernière  | 2023
            fr | Il est arrivé il y a trois jours.                         | il y a trois jours | 2024-03-03
            fr | Les résultats sont attendus demain.                       | demain            | 2024-03-07
            es | El pasado domingo se celebraron elecciones.               | El pasado domingo | 2024-03-03
            es | El acuerdo se firmó el 3 de marzo.                        | el 3 de marzo     | 2024-03-03
            es | La ley se aprobó el 1 de febrero de 2023.                 | el 1 de febrero de 2023 | 2023-02-01
            es | El partido ganó hace dos años.                            | hace dos años     | 2022
            es | La cumbre fue la semana pasada.                           | la semana pasada  | 2024-W09
            es | Hoy habla el presidente.                                  | Hoy               | 2024-03-06
            it | I prezzi sono saliti lo scorso febbraio.                  | lo scorso febbraio | 2024-02
            it | Il governo è caduto due anni fa.                          | due anni fa       | 2022
            it | La legge è stata approvata l'anno scorso.                 | l'anno scorso     | 2023
            it | Il vertice si è tenuto lunedì.                            | lunedì            | 2024-03-04
            ru | Министры встретились в понедельник.                       | понедельник       | 2024-03-04
            ru | Договор был подписан 3 марта.                             | 3 марта           | 2024-03-03
            ru | Выборы прошли в прошлом году.                             | прошлом году      | 2023
            ru | Это случилось два года назад.                             | два года назад    | 2022
            ru | Вчера министр заявил об отставке.                         | Вчера             | 2024-03-05
            ru | Закон вступил в силу 1 января 2024 года.                  | 1 января 2024 года | 2024-01-01
            """)
    void expressionIsNormalisedAgainstThePublicationDay(String language, String sentence, String expression,
            String value) {
        List<TimeExpression> found = times(language, sentence);
        int start = sentence.indexOf(expression);
        assertThat(start).as("the expression is in the sentence").isNotNegative();
        assertThat(found).as("%s in %s", expression, found).anySatisfy(t -> {
            assertThat(t.text()).isEqualTo(expression);
            assertThat(t.value()).isEqualTo(value);
            assertThat(t.evidence().start()).isEqualTo(start);
            assertThat(t.evidence().end()).isEqualTo(start + expression.length());
        });
    }

    @Test
    void durationsInOtherLanguagesAreDurations() {
        assertThat(times("de", "Die Verhandlungen dauerten drei Tage.")).extracting(TimeExpression::value)
                .containsExactly("P3D");
        assertThat(times("es", "Estuvo preso durante 20 años.")).extracting(TimeExpression::value)
                .containsExactly("P20Y");
    }

    @Test
    void morningAfterAnArticleIsNotTomorrow() {
        assertThat(times("es", "Llegó por la mañana.")).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The vote on 3/5/2024 was close.   | 2024-03-05
            de | Die Wahl am 5.3.2024 war knapp.   | 2024-03-05
            fr | Le vote du 5/3/2024 était serré.  | 2024-03-05
            nl | De stemming van 5/3/2024.         | 2024-03-05
            pt | A votação de 2024-03-05.          | 2024-03-05
            fi | Äänestys 05.03.2024 oli tiukka.   | 2024-03-05
            """)
    void datesInDigitsReadInEveryLanguageByItsConvention(String language, String sentence, String value) {
        assertThat(times(language, sentence)).extracting(TimeExpression::value).containsExactly(value);
    }

    @Test
    void clockTimesOutsideEnglishAreTimesOfThePublicationDay() {
        List<TimeExpression> found = times("es", "El índice cayó un 2,62% a las 16:08 UTC.");
        assertThat(found).extracting(TimeExpression::text, TimeExpression::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("16:08 UTC", "2024-03-06T16:08Z"));
        assertThat(times("de", "Das Spiel endete 2:1.")).isEmpty();
    }

    @Test
    void aLanguageWithoutWordsGetsNoRelativeDates() {
        assertThat(times("nl", "De minister trad maandag af, vorige week.")).isEmpty();
        // English words are not read in another language either.
        assertThat(times("de", "Last Monday, he said")).isEmpty();
    }

    @Test
    void everyLanguageWithWordsIsDeclared() {
        for (String language : TimeAnnotator.LANGUAGES) {
            assertThat(TimexGrammar.rules(language)).as(language).hasSizeGreaterThan(TimexGrammar.numericDates(false).size());
        }
    }
}
