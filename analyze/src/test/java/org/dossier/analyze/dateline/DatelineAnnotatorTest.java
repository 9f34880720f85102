package org.dossier.analyze.dateline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.dossier.analyze.AnnotatorContract;
import org.dossier.analyze.Annotator;
import org.dossier.analyze.SeedArticles;
import org.dossier.model.Article;
import org.dossier.model.Dateline;
import org.dossier.model.Evidence;
import org.junit.jupiter.api.Test;

class DatelineAnnotatorTest extends AnnotatorContract<DatelineAnnotatorTest.Found> {

    private static final String REPORT = "The city council voted on Tuesday to extend the night bus service to the "
            + "harbour district, after two years of complaints from shift workers.";

    /** A dateline with the article it was found in, which the contract's evidence needs. */
    record Found(String articleId, Dateline dateline) {
    }

    private final DatelineAnnotator annotator = new DatelineAnnotator();

    @Override
    protected Annotator<Found> annotator() {
        return context -> annotator.annotate(context).stream().map(d -> new Found(context.article().id(), d)).toList();
    }

    @Override
    protected List<Evidence> evidenceOf(Found fact) {
        return List.of(new Evidence(fact.articleId(), fact.dateline().span().start(), fact.dateline().span().end()));
    }

    @Override
    protected List<String> textsOf(Found fact) {
        return null;
    }

    @Override
    protected Article sample() {
        return SeedArticles.article("a-dateline", "WASHINGTON (Reuters) - " + REPORT, "2016-06-01");
    }

    private Optional<Dateline> find(String text) {
        return annotator.find(text, "en");
    }

    @Test
    void readsTheListedForms() {
        List<String> leads = List.of("WASHINGTON (Reuters) - ", "New York (AFP) – ", "ROME 1996-12-06\n\n",
                "PARIS, June 3 (AP) — ", "LONDON — ", "HEMPSTEAD, N.Y., Sept. 26 (UPI) — ", "BOSTON —");

        List<Dateline> found = leads.stream().map(lead -> find(lead + REPORT).orElseThrow()).toList();

        assertThat(found).extracting(Dateline::place, Dateline::agency, Dateline::dateText).containsExactly(
                tuple("Washington", "Reuters", null),
                tuple("New York", "AFP", null),
                tuple("Rome", null, "1996-12-06"),
                tuple("Paris", "AP", "June 3"),
                tuple("London", null, null),
                tuple("Hempstead, N.Y.", "UPI", "Sept. 26"),
                tuple("Boston", null, null));
        for (int i = 0; i < leads.size(); i++) {
            String text = leads.get(i) + REPORT;
            assertThat(found.get(i).span().of(text)).isEqualTo(leads.get(i).strip());
        }
    }

    @Test
    void aDatelineAfterAStandfirstIsFound() {
        String text = "Shift workers had asked for the service for two years.\n\nLONDON — " + REPORT;

        Dateline dateline = find(text).orElseThrow();

        assertThat(dateline.place()).isEqualTo("London");
        assertThat(dateline.span().of(text)).isEqualTo("LONDON —");
    }

    @Test
    void aCityNamedInASentenceIsNoDateline() {
        assertThat(find("Washington is a city on the Potomac river, and the seat of government.")).isEmpty();
        assertThat(find("Washington (the capital) is " + REPORT)).isEmpty();
        assertThat(find("London, Paris and Rome have agreed on a plan. " + REPORT)).isEmpty();
    }

    @Test
    void breadcrumbsLabelsAndPeopleAreNoDatelines() {
        assertThat(find("- 1. Federal Foreign Office >\n\n" + REPORT)).isEmpty();
        assertThat(find("BREAKING — " + REPORT)).isEmpty();
        assertThat(find("Mehmet Oz — Ivy League-trained surgeon and daytime TV star — has won.")).isEmpty();
        assertThat(find("SIEGEL--Jerome Arthur, 98, of Mamaroneck, New York, passed away.")).isEmpty();
        assertThat(find("U.S. officials said on Tuesday that " + REPORT)).isEmpty();
    }

    @Test
    void onlyTheOpeningParagraphsAreRead() {
        String text = REPORT + "\n\n" + REPORT + "\n\n" + REPORT + "\n\nLONDON — " + REPORT;

        assertThat(find(text)).isEmpty();
    }

    @Test
    void germanAndFrenchDatelinesUseTheirLanguagesWords() {
        assertThat(annotator.find("BERLIN (dpa) - Die Regierung hat am Dienstag beschlossen.", "de"))
                .map(Dateline::agency).contains("dpa");
        assertThat(annotator.find("Paris, 3 juin (AFP) - Le gouvernement a décidé mardi.", "fr"))
                .map(Dateline::dateText).contains("3 juin");
    }

    @Test
    void spanishAndItalianDatelinesMayCloseWithAFullStop() {
        assertThat(annotator.find("OPORTO. Los ministros de Pesca acordaron el martes reducir las capturas.", "es"))
                .map(Dateline::place).contains("Oporto");
        assertThat(annotator.find("MADRID, 3 jun (EFE).- El Gobierno aprobó ayer el decreto.", "es"))
                .hasValueSatisfying(d -> {
                    assertThat(d.place()).isEqualTo("Madrid");
                    assertThat(d.agency()).isEqualTo("EFE");
                    assertThat(d.dateText()).isEqualTo("3 jun");
                });
        assertThat(annotator.find("ROMA (ANSA) - Il governo ha approvato il decreto.", "it"))
                .map(Dateline::agency).contains("ANSA");
        assertThat(annotator.find("ROMA. Il governo ha approvato il decreto.", "it")).map(Dateline::place).contains("Roma");
    }

    @Test
    void aPlaceIsAlsoNamedAsTheAliasTableOfItsLanguageKnowsIt() {
        assertThat(annotator.find("OPORTO. Los ministros de Pesca acordaron el martes reducir las capturas.", "es"))
                .hasValueSatisfying(d -> {
                    assertThat(d.place()).isEqualTo("Oporto");
                    assertThat(d.knownAs()).isEqualTo("Porto");
                    assertThat(d.commonPlace()).isEqualTo("Porto");
                });
        assertThat(annotator.find("ROMA. Il governo ha approvato il decreto.", "it")).map(Dateline::commonPlace)
                .contains("Rome");
        // A place known by the name it is written with has no other name.
        assertThat(annotator.find("LONDON (Reuters) - The government said on Tuesday it would act.", "en"))
                .hasValueSatisfying(d -> {
                    assertThat(d.knownAs()).isNull();
                    assertThat(d.commonPlace()).isEqualTo("London");
                });
    }

    @Test
    void aFullStopClosesADatelineOnlyWhereTheLanguageSaysSo() {
        // An English paragraph may open with a word in capitals and a full stop; it is no dateline.
        assertThat(annotator.find("WARNING. The following report contains distressing details.", "en")).isEmpty();
        // Nor is an organisation's acronym opening a Spanish paragraph, nor a sentence in Title Case.
        assertThat(annotator.find("ONU. La organización pidió el alto el fuego.", "es")).isEmpty();
        assertThat(annotator.find("Oporto. La ciudad acogió la conferencia.", "es")).isEmpty();
    }

    @Test
    void aLanguageWithoutWordsGetsNoDateline() {
        assertThat(annotator.find("TOKYO (Kyodo) - " + REPORT, "ja")).isEmpty();
    }

    @Test
    void everyDeclaredLanguageShipsItsWords() {
        for (String language : annotator.languages()) {
            assertThat(DatelineWords.load(language)).as(language).isPresent();
        }
    }

    @Test
    void placesInCapitalsAreWrittenAsNames() {
        assertThat(DatelineAnnotator.normalise("WASHINGTON")).isEqualTo("Washington");
        assertThat(DatelineAnnotator.normalise("LOS ANGELES")).isEqualTo("Los Angeles");
        assertThat(DatelineAnnotator.normalise("ST. LOUIS")).isEqualTo("St. Louis");
        assertThat(DatelineAnnotator.normalise("WILKES-BARRE")).isEqualTo("Wilkes-Barre");
        assertThat(DatelineAnnotator.normalise("L'AQUILA")).isEqualTo("L'Aquila");
        assertThat(DatelineAnnotator.normalise("Mexico City")).isEqualTo("Mexico City");
    }
}
