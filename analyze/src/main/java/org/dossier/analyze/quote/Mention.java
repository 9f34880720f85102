package org.dossier.analyze.quote;

/**
 * A reference to a possible speaker: a stretch of tokens {@code [first, end)} of the article.
 *
 * @param kind  what kind of reference it is
 * @param first index of the first token
 * @param end   index after the last token
 * @param head  first..end of the part that names the speaker (the name inside "US Secretary of
 *              State Antony Blinken"); equal to the whole for titles and pronouns
 */
record Mention(Kind kind, int first, int end, int headFirst, int headEnd) {

    enum Kind { NAME, ORGANIZATION, TITLE, PRONOUN, OTHER }
}
