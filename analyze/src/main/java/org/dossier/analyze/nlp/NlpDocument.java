package org.dossier.analyze.nlp;

import java.util.List;
import java.util.Objects;

/**
 * An article's text with its tokens and sentences; immutable and free of CoreNLP types.
 *
 * @param ner which NER tagged the tokens ({@link NerModel#id()}): {@code corenlp-en},
 *            {@code corenlp-de}, {@code corenlp-fr}, {@code corenlp-es}, {@code corenlp-ru}, or
 *            {@code none} when the language has no model and every token's tag is "O"
 */
public record NlpDocument(String text, String language, String ner, List<Token> tokens, List<Sentence> sentences) {

    public NlpDocument {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(ner, "ner");
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
    }

    public List<Token> tokens(Sentence sentence) {
        return tokens.subList(sentence.firstToken(), sentence.endToken());
    }
}
