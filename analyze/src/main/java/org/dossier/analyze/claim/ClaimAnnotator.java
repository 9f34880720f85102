package org.dossier.analyze.claim;

import java.util.List;
import org.dossier.analyze.AnnotationContext;
import org.dossier.analyze.Annotator;
import org.dossier.model.Claim;

/** Finds Claims in an article. Thread-safe. */
public final class ClaimAnnotator implements Annotator<Claim> {

    @Override
    public List<Claim> annotate(AnnotationContext context) {
        return List.of(); // not built yet
    }
}
