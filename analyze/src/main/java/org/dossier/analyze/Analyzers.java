package org.dossier.analyze;

import java.util.List;
import org.dossier.analyze.claim.ClaimAnnotator;
import org.dossier.analyze.dateline.DatelineAnnotator;
import org.dossier.analyze.entity.EntityAnnotator;
import org.dossier.analyze.nlp.CoreNlpEngine;
import org.dossier.analyze.nlp.NlpDocument;
import org.dossier.analyze.quote.QuoteAnnotator;
import org.dossier.analyze.time.TimeAnnotator;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.model.Dateline;
import org.dossier.model.Entity;

/** Factory of the standard analyzer; models load once per process. */
public final class Analyzers {

    private Analyzers() {
    }

    /**
     * The full analysis: the dateline first, which needs nothing but the text and tells the entity
     * stage that its place is a place; then entities (quotes and claims refer to them), dates,
     * quotes and claims.
     */
    public static ArticleAnalyzer standard() {
        EntityAnnotator entities = new EntityAnnotator();
        TimeAnnotator times = new TimeAnnotator();
        QuoteAnnotator quotes = new QuoteAnnotator();
        ClaimAnnotator claims = new ClaimAnnotator();
        DatelineAnnotator datelines = new DatelineAnnotator();
        return article -> {
            Dateline dateline = datelines.find(article).orElse(null);
            AnnotationContext context = context(article).withDateline(dateline);
            List<Entity> found = entities.annotate(context);
            AnnotationContext withEntities = context.withEntities(found);
            return new ArticleAnalysis(article.id(), found, times.annotate(withEntities),
                    quotes.annotate(withEntities), claims.annotate(withEntities), dateline, context.nlp().ner());
        };
    }

    /** The linguistic annotation of an article and its date anchor. */
    public static AnnotationContext context(Article article) {
        NlpDocument nlp = CoreNlpEngine.shared().annotate(article.text(), article.language());
        return new AnnotationContext(article, nlp, article.publishedDay(), List.of());
    }
}
