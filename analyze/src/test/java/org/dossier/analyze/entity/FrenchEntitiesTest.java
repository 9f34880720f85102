package org.dossier.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.analyze.entity.ExampleReports.names;
import static org.dossier.analyze.entity.ExampleReports.personMentions;

import org.dossier.analyze.Analyzers;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.model.EntityType;
import org.dossier.model.PublishedSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A French report through CoreNLP's French CRF (its pipeline splits "du" and "au" first). */
class FrenchEntitiesTest {

    private static final String TEXT = "Mardi, les ministres de la Pêche réunis à Porto ont décidé de réduire de"
            + " 18 % les captures de cabillaud. La ministre portugaise de la Mer, Marta Quintela, a présidé"
            + " les négociations. Aussi la Flotte norvégienne devra s'adapter, a déclaré le ministre Eirik"
            + " Solhaug.";

    private static Article article;
    private static ArticleAnalysis analysis;

    @BeforeAll
    static void analyse() {
        article = new Article("a-fr", null, null, "Le Courrier", null, "fr", "2031-05-14",
                PublishedSource.METADATA, TEXT, null);
        analysis = Analyzers.standard().analyze(article);
    }

    @Test
    void theReportGetsTheFrenchModel() {
        assertThat(analysis.nerIfAny()).contains("corenlp-fr");
    }

    @Test
    void thePeopleAreTheTwoMinisters() {
        assertThat(names(analysis.entities(), EntityType.PERSON))
                .containsExactlyInAnyOrder("Marta Quintela", "Eirik Solhaug");
        assertThat(personMentions(article, analysis.entities()))
                .noneMatch(p -> p.contains("Mardi") || p.contains("Aussi") || p.contains("Flotte"));
    }

    @Test
    void thePlaceIsFound() {
        assertThat(names(analysis.entities(), EntityType.LOCATION)).contains("Porto");
    }
}
