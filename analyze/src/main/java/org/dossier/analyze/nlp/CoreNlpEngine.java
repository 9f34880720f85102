package org.dossier.analyze.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Tokenising, sentence splitting, tagging and coarse NER with Stanford CoreNLP. The pipeline is
 * built once per process ({@link #shared()}); {@code StanfordCoreNLP.annotate} is thread-safe for
 * these annotators, so one instance serves every thread.
 */
public final class CoreNlpEngine {

    private static volatile CoreNlpEngine shared;

    private final StanfordCoreNLP pipeline;

    private CoreNlpEngine(Properties props) {
        this.pipeline = new StanfordCoreNLP(props);
    }

    /** The process-wide English engine, loaded on first use. */
    public static CoreNlpEngine shared() {
        CoreNlpEngine engine = shared;
        if (engine == null) {
            synchronized (CoreNlpEngine.class) {
                engine = shared;
                if (engine == null) {
                    engine = new CoreNlpEngine(defaultProperties());
                    shared = engine;
                }
            }
        }
        return engine;
    }

    static Properties defaultProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        // Headlines and breadcrumbs would otherwise glue onto the first sentence.
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // Fine-grained NER doubles the cost and SUTime is not used for dates here.
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
        return props;
    }

    /**
     * Tokens and sentences of {@code text}. Runs of non-space characters too long to be words are
     * masked first ({@link LongTokens}), so the time stays linear in the length of the text; the
     * document keeps {@code text} itself, and every offset points into it.
     */
    public NlpDocument annotate(String text, String language) {
        Annotation annotation = new Annotation(LongTokens.mask(text));
        pipeline.annotate(annotation);
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap s : coreSentences) {
            int first = tokens.size();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(new Token(tokens.size(), t.originalText(), t.beginPosition(), t.endPosition(),
                        t.tag(), t.lemma(), t.ner() == null ? "O" : t.ner(), sentences.size()));
            }
            int start = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            sentences.add(new Sentence(sentences.size(), start, end, first, tokens.size()));
        }
        return new NlpDocument(text, language, tokens, sentences);
    }
}
