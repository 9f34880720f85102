package org.dossier.analyze.quote;

/**
 * The words that attribute a quote: a speech verb with the mention of its speaker.
 *
 * @param mention the speaker's mention, or null when the frame names no one ("it was said")
 * @param first   index of the frame's first token
 * @param end     index after its last token
 */
record Frame(Mention mention, int first, int end) {
}
