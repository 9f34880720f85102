package org.dossier.datagen.ner;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.dossier.analyze.nlp.CoreNlpEngine;
import org.dossier.analyze.nlp.NerModel;
import org.dossier.bench.ner.Chunk;
import org.dossier.bench.ner.SpanDocument;

/**
 * A document's text as the CRF sees it: the sentences of tokens the product's Russian pipeline
 * makes of it ({@link CoreNlpEngine#tokenizeProperties}), each token labelled with the type of the
 * gold mention it overlaps (PER, ORG, LOC) or {@code O}, as CoreNLP's CRFs are trained (IO labels).
 * Thread-safe: the tokenizer pipeline is CoreNLP's, whose annotate is.
 */
final class LabelledSentences {

    static final String OUTSIDE = "O";

    private final StanfordCoreNLP tokenizer = new StanfordCoreNLP(CoreNlpEngine.tokenizeProperties(NerModel.RUSSIAN));

    /** The document's sentences, each token with its word, offsets and gold label as its answer. */
    List<List<CoreLabel>> of(SpanDocument doc) {
        Annotation annotation = new Annotation(doc.text());
        tokenizer.annotate(annotation);
        List<List<CoreLabel>> out = new ArrayList<>();
        for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> sentence = new ArrayList<>();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                CoreLabel token = unlabelled(t);
                token.set(CoreAnnotations.AnswerAnnotation.class, label(doc.gold(), t));
                sentence.add(token);
            }
            out.add(sentence);
        }
        return out;
    }

    /** A copy of the token as the product gives it to the classifier, unlabelled. */
    static CoreLabel unlabelled(CoreLabel t) {
        return CoreNlpEngine.forClassifier(t);
    }

    private static String label(List<Chunk> gold, CoreLabel t) {
        for (Chunk c : gold) {
            if (c.start() < t.endPosition() && t.beginPosition() < c.end()) {
                return c.type();
            }
        }
        return OUTSIDE;
    }

    /**
     * The mentions the answers of labelled sentences give: each run of tokens of one label in a
     * sentence, as a character chunk from the first token's start to the last one's end.
     */
    static List<Chunk> chunks(List<List<CoreLabel>> sentences) {
        List<Chunk> out = new ArrayList<>();
        for (List<CoreLabel> sentence : sentences) {
            int i = 0;
            while (i < sentence.size()) {
                String label = sentence.get(i).get(CoreAnnotations.AnswerAnnotation.class);
                int j = i;
                while (j + 1 < sentence.size()
                        && label.equals(sentence.get(j + 1).get(CoreAnnotations.AnswerAnnotation.class))) {
                    j++;
                }
                if (!OUTSIDE.equals(label)) {
                    out.add(new Chunk(sentence.get(i).beginPosition(), sentence.get(j).endPosition(), label));
                }
                i = j + 1;
            }
        }
        return out;
    }
}
