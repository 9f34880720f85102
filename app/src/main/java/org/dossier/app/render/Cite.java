package org.dossier.app.render;

/**
 * One citation mark: {@code [2]}, or {@code [2b]} for the second passage of source 2 in the same
 * place, linking to the passage; {@code title} names the source.
 */
public record Cite(String label, String href, String title) {
}
