package org.dossier.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.analyze.entity.ExampleReports.names;
import static org.dossier.analyze.entity.ExampleReports.personMentions;

import java.util.List;
import org.dossier.analyze.Analyzers;
import org.dossier.analyze.nlp.CoreNlpEngine;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The German example report through CoreNLP's German CRF. The people, places and organisations
 * asserted are those the text names, read by hand; the byline ("Von Jana Petersen") is the
 * article's author, not part of its text.
 */
class GermanEntitiesTest {

    private static Article article;
    private static ArticleAnalysis analysis;

    @BeforeAll
    static void analyse() {
        article = ExampleReports.read("nordsee-rundschau-kabeljau.html");
        analysis = Analyzers.standard().analyze(article);
    }

    @Test
    void theReportIsGermanAndGetsTheGermanModel() {
        assertThat(article.language()).isEqualTo("de");
        assertThat(analysis.nerIfAny()).contains("corenlp-de");
        assertThat(CoreNlpEngine.shared().loadedNerLanguages()).contains("de");
    }

    @Test
    void thePeopleAreTheThreeMinistersAndCommissionerTheReportNames() {
        assertThat(article.text()).doesNotContain("Petersen");
        assertThat(names(analysis.entities(), EntityType.PERSON))
                .containsExactlyInAnyOrder("Marta Quintela", "Eirik Solhaug", "Pieter Van Damme");
    }

    @Test
    void capitalisedGermanNounsAndAdverbsAreNoPeople() {
        List<String> people = personMentions(article, analysis.entities());

        assertThat(article.text()).contains("Auch ", "Dienstag", "Einigung", "Flotte");
        assertThat(people).doesNotContain("Auch", "Dienstag", "Einigung", "Flotte");
        assertThat(people).allSatisfy(p -> assertThat(p).doesNotContain("Auch", "Dienstag", "Einigung", "Flotte"));
    }

    @Test
    void placesAndOrganisationsAreFound() {
        List<Entity> found = analysis.entities();

        assertThat(names(found, EntityType.LOCATION)).contains("Porto", "Reykjavik");
        assertThat(names(found, EntityType.COUNTRY)).contains("Norway");
        assertThat(found).filteredOn(e -> e.name().equals("Norway")).flatExtracting(Entity::aliases)
                .contains("Norwegen");
        assertThat(names(found, EntityType.ORGANIZATION)).contains("Deutsche Fischerei-Verband", "European Union");
    }
}
