package org.dossier.analyze.entity;

import java.util.List;
import org.dossier.analyze.AnnotationContext;
import org.dossier.analyze.Annotator;
import org.dossier.model.Entity;

/** Finds Entitys in an article. Thread-safe. */
public final class EntityAnnotator implements Annotator<Entity> {

    @Override
    public List<Entity> annotate(AnnotationContext context) {
        return List.of(); // not built yet
    }
}
