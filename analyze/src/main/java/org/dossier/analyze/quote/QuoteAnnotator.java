package org.dossier.analyze.quote;

import java.util.List;
import org.dossier.analyze.AnnotationContext;
import org.dossier.analyze.Annotator;
import org.dossier.model.Quote;

/** Finds Quotes in an article. Thread-safe. */
public final class QuoteAnnotator implements Annotator<Quote> {

    @Override
    public List<Quote> annotate(AnnotationContext context) {
        return List.of(); // not built yet
    }
}
