package org.dossier.bench.quotes;

/**
 * A gold quotation unit: one fragment of an attribution's content.
 *
 * @param direct whether the fragment is a direct quote (see {@link GoldQuotes#DEFINITION})
 * @param source the attribution's source text, or null when it has none
 */
public record GoldQuote(int start, int end, boolean direct, String source) {
}
