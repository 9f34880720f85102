package org.dossier.analyze;

import java.util.List;

/**
 * Finds facts of one kind in an annotated article. Stateless and thread-safe; returns new values
 * and never mutates its input. Every fact's evidence lies inside the article's text.
 *
 * @param <T> the kind of fact
 */
public interface Annotator<T> {

    List<T> annotate(AnnotationContext context);
}
