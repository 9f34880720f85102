package org.dossier.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.ingest.Ingestor;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;

/** The example reports of the repository read as the product reads them, and views of their entities. */
final class ExampleReports {

    private ExampleReports() {
    }

    static Article read(String file) {
        List<Article> articles = new ArrayList<>();
        List<Object> problems = new ArrayList<>();
        new Ingestor().read(List.of(Path.of("..", "examples", file)), articles::add, problems::add);
        assertThat(problems).isEmpty();
        assertThat(articles).hasSize(1);
        return articles.get(0);
    }

    static List<String> names(List<Entity> entities, EntityType type) {
        return entities.stream().filter(e -> e.type() == type).map(Entity::name).toList();
    }

    /** The text of every mention of a person. */
    static List<String> personMentions(Article article, List<Entity> entities) {
        return entities.stream().filter(e -> e.type() == EntityType.PERSON)
                .flatMap(e -> e.mentions().stream()).map(m -> m.span().of(article.text())).toList();
    }
}
