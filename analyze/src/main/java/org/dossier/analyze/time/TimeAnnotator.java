package org.dossier.analyze.time;

import java.util.List;
import org.dossier.analyze.AnnotationContext;
import org.dossier.analyze.Annotator;
import org.dossier.model.TimeExpression;

/** Finds TimeExpressions in an article. Thread-safe. */
public final class TimeAnnotator implements Annotator<TimeExpression> {

    @Override
    public List<TimeExpression> annotate(AnnotationContext context) {
        return List.of(); // not built yet
    }
}
