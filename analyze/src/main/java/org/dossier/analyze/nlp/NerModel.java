package org.dossier.analyze.nlp;

import java.util.Locale;

/**
 * The CoreNLP NER model an article's language gets. English, German, French and Spanish have
 * CoreNLP models of their own (the last three in the {@code models-german}, {@code models-french}
 * and {@code models-spanish} jars). Russian has a CoreNLP CRF this project trains on FactRuEval-2016
 * ({@code bin/train-ner-ru}), a resource of this module. Every other language gets {@link #NONE}: no
 * tagger at all, rather than the English one, which calls capitalised common words of other
 * languages people.
 */
public enum NerModel {
    ENGLISH("en", null),
    GERMAN("de", "edu/stanford/nlp/models/ner/german.distsim.crf.ser.gz"),
    FRENCH("fr", "edu/stanford/nlp/models/ner/french-wikiner-4class.crf.ser.gz"),
    SPANISH("es", "edu/stanford/nlp/models/ner/spanish.ancora.distsim.s512.crf.ser.gz"),
    RUSSIAN("ru", "org/dossier/analyze/nlp/ner-ru.crf.ser.gz"),
    NONE(null, null);

    private final String language;
    private final String crf;

    NerModel(String language, String crf) {
        this.language = language;
        this.crf = crf;
    }

    /**
     * The model for an ISO 639-1 code (case and region ignored: "de-AT" is German). An unknown
     * language (null or blank) is taken for English, the language the product was built for.
     */
    public static NerModel forLanguage(String language) {
        if (language == null || language.isBlank()) {
            return ENGLISH;
        }
        String code = language.strip().toLowerCase(Locale.ROOT);
        int dash = code.indexOf('-') >= 0 ? code.indexOf('-') : code.indexOf('_');
        if (dash > 0) {
            code = code.substring(0, dash);
        }
        for (NerModel m : values()) {
            if (code.equals(m.language)) {
                return m;
            }
        }
        return NONE;
    }

    /** The ISO 639-1 code, or null for {@link #NONE}. */
    public String language() {
        return language;
    }

    /** The CRF classifier's resource path, for models run on a pipeline of their own language. */
    public String crf() {
        return crf;
    }

    boolean ownPipeline() {
        return crf != null;
    }

    /**
     * Whether the CRF is this project's, trained on the tokens of {@link CoreNlpEngine#tokenizeProperties}
     * ({@code bin/train-ner-ru}) and run on them by the engine itself rather than by CoreNLP's
     * {@code ner} annotator.
     */
    public boolean trainedHere() {
        return this == RUSSIAN;
    }

    /**
     * What the analysis records as the NER it received: {@code corenlp-en}, {@code corenlp-de},
     * {@code corenlp-fr}, {@code corenlp-es}, {@code corenlp-ru}, or {@code none}.
     */
    public String id() {
        return this == NONE ? "none" : "corenlp-" + language;
    }
}
