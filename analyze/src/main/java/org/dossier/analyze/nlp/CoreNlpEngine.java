package org.dossier.analyze.nlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Tokenising, sentence splitting, tagging and coarse NER with Stanford CoreNLP. One engine serves
 * the process ({@link #shared()}); {@code StanfordCoreNLP.annotate} is thread-safe for these
 * annotators, so one instance serves every thread.
 *
 * <p>Tokens, sentences, part-of-speech tags and lemmas always come from the English pipeline, the
 * one every other annotator is written against. The NER tags depend on the article's language
 * ({@link NerModel#forLanguage}): English articles (and articles of unknown language) get the
 * English CRF; German, French and Spanish articles get CoreNLP's model for their language, and
 * Russian articles this project's model, run on a pipeline of that language and carried over to
 * the English tokens by character offsets; any other language gets no NER tags at all. Each
 * pipeline and model is loaded on first use and then kept, so a process that sees only English
 * articles loads no other model ({@link #loadedNerLanguages()}).
 */
public final class CoreNlpEngine {

    private static volatile CoreNlpEngine shared;

    /** The pipeline of each model with one, loaded on first use. */
    private final Map<NerModel, Lazy<StanfordCoreNLP>> pipelines = new EnumMap<>(NerModel.class);
    /** The classifiers this project trains, run on the sentences of their model's pipeline. */
    private final Map<NerModel, Lazy<CRFClassifier<CoreLabel>>> classifiers = new EnumMap<>(NerModel.class);
    private final Lazy<StanfordCoreNLP> withoutNer = new Lazy<>(() -> new StanfordCoreNLP(withoutNerProperties()));

    CoreNlpEngine() {
        pipelines.put(NerModel.ENGLISH, new Lazy<>(() -> new StanfordCoreNLP(defaultProperties())));
        for (NerModel m : NerModel.values()) {
            if (m.trainedHere()) {
                pipelines.put(m, new Lazy<>(() -> new StanfordCoreNLP(tokenizeProperties(m))));
                classifiers.put(m, new Lazy<>(() -> classifier(m)));
            } else if (m.ownPipeline()) {
                pipelines.put(m, new Lazy<>(() -> new StanfordCoreNLP(nerProperties(m))));
            }
        }
    }

    /**
     * A pipeline or a model built on first use. Each has a lock of its own, so loading one
     * language's model does not hold up the articles of languages already loaded.
     */
    private static final class Lazy<T> {
        private final Supplier<T> load;
        private volatile T value;

        Lazy(Supplier<T> load) {
            this.load = load;
        }

        T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = load.get();
                        value = v;
                    }
                }
            }
            return v;
        }

        boolean loaded() {
            return value != null;
        }
    }

    /** The CRF of a model this project trains, from its resource. */
    private static CRFClassifier<CoreLabel> classifier(NerModel model) {
        try {
            return CRFClassifier.getClassifier(model.crf());
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot load the NER model " + model.crf() + " for " + model.language(), e);
        }
    }

    /** The process-wide engine; pipelines load on first use. */
    public static CoreNlpEngine shared() {
        CoreNlpEngine engine = shared;
        if (engine == null) {
            synchronized (CoreNlpEngine.class) {
                engine = shared;
                if (engine == null) {
                    engine = new CoreNlpEngine();
                    shared = engine;
                }
            }
        }
        return engine;
    }

    /** The languages (ISO 639-1) whose NER pipeline this engine has loaded so far. */
    public Set<String> loadedNerLanguages() {
        Set<String> out = new TreeSet<>();
        pipelines.forEach((model, pipeline) -> {
            if (pipeline.loaded()) {
                out.add(model.language());
            }
        });
        return out;
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

    /** The English pipeline without NER: tokens, sentences, tags and lemmas for other languages. */
    static Properties withoutNerProperties() {
        Properties props = defaultProperties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        return props;
    }

    /**
     * A pipeline that only finds names, as CoreNLP configures the language in its own
     * {@code StanfordCoreNLP-<language>.properties}: its tokenizer and multi-word-token splitter
     * ({@link #tokenizeProperties}), its CRF, and none of the numeric classifiers, SUTime or
     * fine-grained NER. The CRFs use words and distributional clusters, not part-of-speech tags, so
     * no tagger is loaded; French needs its tagger for splitting multi-word tokens.
     */
    static Properties nerProperties(NerModel model) {
        Properties props = tokenizeProperties(model);
        props.setProperty("annotators", props.getProperty("annotators") + ",ner");
        props.setProperty("ner.model", model.crf());
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        if (model == NerModel.SPANISH) {
            props.setProperty("ner.language", "es");
        }
        return props;
    }

    /**
     * The tokens and sentences the CRF of {@code model} is run on, the annotators before its
     * {@code ner}. CoreNLP has no tokenizer for Russian: its CRF is trained and run on the tokens
     * of the English tokenizer, with the options of the English pipeline, which are the tokens of
     * every article; the trainer reads the tokens of its texts from these properties.
     */
    public static Properties tokenizeProperties(NerModel model) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,mwt");
        props.setProperty("tokenize.language", model.language());
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        switch (model) {
            case GERMAN -> {
                props.setProperty("tokenize.postProcessor",
                        "edu.stanford.nlp.international.german.process.GermanTokenizerPostProcessor");
                props.setProperty("mwt.mappingFile", "edu/stanford/nlp/models/mwt/german/german-mwt.tsv");
            }
            case FRENCH -> {
                props.setProperty("mwt.mappingFile", "edu/stanford/nlp/models/mwt/french/french-mwt.tsv");
                props.setProperty("mwt.pos.model", "edu/stanford/nlp/models/mwt/french/french-mwt.tagger");
                props.setProperty("mwt.statisticalMappingFile",
                        "edu/stanford/nlp/models/mwt/french/french-mwt-statistical.tsv");
                props.setProperty("mwt.preserveCasing", "false");
            }
            case SPANISH -> props.setProperty("mwt.mappingFile", "edu/stanford/nlp/models/mwt/spanish/spanish-mwt.tsv");
            case RUSSIAN -> {
                props.setProperty("annotators", "tokenize,ssplit");
                props.setProperty("tokenize.language", "en");
                props.setProperty("tokenize.options", defaultProperties().getProperty("tokenize.options"));
            }
            default -> throw new IllegalArgumentException("no pipeline of its own for " + model);
        }
        return props;
    }

    /**
     * Tokens and sentences of {@code text}, with the NER tags of the model for {@code language}
     * (ISO 639-1, or null when unknown). Runs of non-space characters too long to be words are
     * masked first ({@link LongTokens}), so the time stays linear in the length of the text; the
     * document keeps {@code text} itself, and every offset points into it.
     */
    public NlpDocument annotate(String text, String language) {
        NerModel model = NerModel.forLanguage(language);
        String masked = LongTokens.mask(text);
        Annotation annotation = new Annotation(masked);
        (model == NerModel.ENGLISH ? pipelines.get(NerModel.ENGLISH) : withoutNer).get().annotate(annotation);
        String[] names = model.ownPipeline() ? names(masked, model) : null;
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap s : coreSentences) {
            int first = tokens.size();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                String ner = switch (model) {
                    case ENGLISH -> t.ner() == null ? "O" : t.ner();
                    case NONE -> "O";
                    default -> names[t.beginPosition()];
                };
                tokens.add(new Token(tokens.size(), t.originalText(), t.beginPosition(), t.endPosition(),
                        t.tag(), t.lemma(), ner, sentences.size()));
            }
            int start = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            sentences.add(new Sentence(sentences.size(), start, end, first, tokens.size()));
        }
        return new NlpDocument(text, language, model.id(), tokens, sentences);
    }

    /**
     * The coarse name tag at every character of {@code text} as the language's pipeline tags it:
     * each character of a token carries the token's tag, every other character "O". A model this
     * project trains labels each sentence of its pipeline itself, as the trainer labelled them when
     * it scored the model: CoreNLP's {@code ner} annotator, whose classifier combiner would run it
     * instead, tags sentence-initial words ("Начало", "Среди") as people that the model leaves out.
     */
    private String[] names(String text, NerModel model) {
        Annotation annotation = new Annotation(text);
        pipelines.get(model).get().annotate(annotation);
        String[] out = new String[text.length() + 1];
        java.util.Arrays.fill(out, "O");
        List<List<CoreLabel>> sentences = new ArrayList<>();
        if (model.trainedHere()) {
            CRFClassifier<CoreLabel> crf = classifiers.get(model).get();
            for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
                List<CoreLabel> tokens = new ArrayList<>();
                for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                    tokens.add(forClassifier(t));
                }
                sentences.add(crf.classify(tokens));
            }
        } else {
            sentences.add(annotation.get(CoreAnnotations.TokensAnnotation.class));
        }
        for (List<CoreLabel> sentence : sentences) {
            for (CoreLabel t : sentence) {
                String tag = coarse(model.trainedHere() ? t.get(CoreAnnotations.AnswerAnnotation.class) : t.ner());
                for (int i = t.beginPosition(); i < t.endPosition() && i < out.length; i++) {
                    out[i] = tag;
                }
            }
        }
        return out;
    }

    /**
     * The token as a classifier this project trains sees it, in training and here alike: its word
     * and its offsets, nothing else.
     */
    public static CoreLabel forClassifier(CoreLabel token) {
        CoreLabel out = new CoreLabel();
        out.setWord(token.word());
        out.setValue(token.word());
        out.setBeginPosition(token.beginPosition());
        out.setEndPosition(token.endPosition());
        return out;
    }

    /** The English coarse tag for a tag of another language's model (PERS, LUG, I-PER, ...). */
    static String coarse(String tag) {
        if (tag == null) {
            return "O";
        }
        String t = tag.toUpperCase(Locale.ROOT);
        if (t.startsWith("B-") || t.startsWith("I-") || t.startsWith("S-") || t.startsWith("E-")) {
            t = t.substring(2);
        }
        return switch (t) {
            case "PER", "PERS", "PERSON" -> "PERSON";
            case "ORG", "ORGANIZATION" -> "ORGANIZATION";
            case "LOC", "LUG", "LOCATION" -> "LOCATION";
            case "MISC", "OTROS", "OTHER" -> "MISC";
            default -> "O";
        };
    }
}
