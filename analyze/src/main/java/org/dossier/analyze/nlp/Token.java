package org.dossier.analyze.nlp;

/**
 * One token. Offsets are UTF-16 indices into the article text, half-open.
 *
 * @param ner CoreNLP's coarse NER tag (PERSON, ORGANIZATION, LOCATION, ..., or "O")
 */
public record Token(int index, String text, int start, int end, String pos, String lemma, String ner,
                    int sentence) {
}
