package org.dossier.analyze.nlp;

import java.util.List;
import java.util.Objects;

/** An article's text with its tokens and sentences; immutable and free of CoreNLP types. */
public record NlpDocument(String text, String language, List<Token> tokens, List<Sentence> sentences) {

    public NlpDocument {
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
    }

    public List<Token> tokens(Sentence sentence) {
        return tokens.subList(sentence.firstToken(), sentence.endToken());
    }
}
