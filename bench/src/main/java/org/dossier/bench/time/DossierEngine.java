package org.dossier.bench.time;

import java.util.List;
import org.dossier.analyze.AnnotationContext;
import org.dossier.analyze.Analyzers;
import org.dossier.analyze.time.TimeAnnotator;
import org.dossier.model.Article;

/** The product's time annotator, each document an article published on its DCT. */
public final class DossierEngine implements TimexEngine {

    private final TimeAnnotator annotator = new TimeAnnotator();

    @Override
    public String name() {
        return "dossier";
    }

    @Override
    public List<TimexScore.Timex> find(TimeMlDocument doc, String language) {
        String dct = doc.dct() == null || doc.dct().length() < 10 ? null : doc.dct().substring(0, 10);
        Article article = new Article("a-" + doc.id(), doc.id(), null, null, null, language, dct, null,
                doc.text(), null);
        AnnotationContext context = Analyzers.context(article);
        return annotator.annotate(context).stream().map(t -> new TimexScore.Timex(t.evidence().start(),
                t.evidence().end(), t.type(), t.value())).toList();
    }
}
