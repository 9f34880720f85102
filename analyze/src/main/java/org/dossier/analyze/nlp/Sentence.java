package org.dossier.analyze.nlp;

/** A sentence: its character span and its tokens {@code [firstToken, endToken)}. */
public record Sentence(int index, int start, int end, int firstToken, int endToken) {
}
