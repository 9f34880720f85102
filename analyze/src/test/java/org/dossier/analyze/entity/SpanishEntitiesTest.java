package org.dossier.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.analyze.entity.ExampleReports.names;
import static org.dossier.analyze.entity.ExampleReports.personMentions;

import java.util.List;
import org.dossier.analyze.Analyzers;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.model.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Spanish example report through CoreNLP's Spanish CRF. The people and organisations asserted
 * are those the text names, read by hand.
 */
class SpanishEntitiesTest {

    private static Article article;
    private static ArticleAnalysis analysis;

    @BeforeAll
    static void analyse() {
        article = ExampleReports.read("el-faro-atlantico-bacalao.txt");
        analysis = Analyzers.standard().analyze(article);
    }

    @Test
    void theReportIsSpanishAndGetsTheSpanishModel() {
        assertThat(article.language()).isEqualTo("es");
        assertThat(analysis.nerIfAny()).contains("corenlp-es");
    }

    @Test
    void thePeopleAreTheThreeMinistersAndCommissionerTheReportNames() {
        assertThat(names(analysis.entities(), EntityType.PERSON))
                .containsExactlyInAnyOrder("Marta Quintela", "Eirik Solhaug", "Pieter Van Damme");
    }

    @Test
    void capitalisedSpanishWordsAreNoPeople() {
        List<String> people = personMentions(article, analysis.entities());

        assertThat(people).noneMatch(p -> p.contains("Portada") || p.contains("Pesca") || p.contains("Oporto")
                || p.contains("OPORTO") || p.contains("Fuente") || p.contains("Comentarios"));
    }

    @Test
    void theNamedBodiesAndThePlaceOfTheProtestAreFound() {
        assertThat(names(analysis.entities(), EntityType.ORGANIZATION)).contains(
                "Panel de Evaluación de Poblaciones del Atlántico Norte", "Fondo de Transición Costera",
                "Federación de Cofradías de Galicia");
        assertThat(names(analysis.entities(), EntityType.LOCATION)).contains("Alfândega");
    }

    @Test
    void theDatelinesPlaceIsThePlaceOtherLanguagesCallPortoNotAnOrganisation() {
        // The tagger reads the dateline's "OPORTO" as an organisation; a dateline's place is a place.
        assertThat(analysis.datelineIfAny()).hasValueSatisfying(d -> assertThat(d.place()).isEqualTo("Oporto"));
        assertThat(names(analysis.entities(), EntityType.LOCATION)).contains("Porto");
        assertThat(names(analysis.entities(), EntityType.ORGANIZATION)).noneMatch(n -> n.equalsIgnoreCase("oporto"));
    }
}
