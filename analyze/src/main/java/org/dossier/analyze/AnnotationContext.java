package org.dossier.analyze;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dossier.analyze.nlp.NlpDocument;
import org.dossier.model.Article;
import org.dossier.model.Dateline;
import org.dossier.model.Entity;

/**
 * What an annotator sees: the article, its linguistic annotation, and the facts of the stages
 * before it.
 *
 * @param anchor   the publication date that relative dates resolve against, or null if unknown
 * @param entities the article's entities when the entity stage has run, else empty
 * @param dateline the dateline opening the report, when it has one and it was read before, else null
 */
public record AnnotationContext(Article article, NlpDocument nlp, LocalDate anchor, List<Entity> entities,
                                Dateline dateline) {

    /** A context without a dateline read. */
    public AnnotationContext(Article article, NlpDocument nlp, LocalDate anchor, List<Entity> entities) {
        this(article, nlp, anchor, entities, null);
    }

    public AnnotationContext {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(nlp, "nlp");
        entities = List.copyOf(entities);
    }

    public AnnotationContext withEntities(List<Entity> resolved) {
        return new AnnotationContext(article, nlp, anchor, resolved, dateline);
    }

    public AnnotationContext withDateline(Dateline found) {
        return new AnnotationContext(article, nlp, anchor, entities, found);
    }
}
