/**
 * Reading input (text, Markdown, HTML, JSON, JSON Lines, sidecar metadata) into clean, dated,
 * language-tagged {@link org.dossier.model.Article}s; bad input becomes a {@link org.dossier.model.Problem}.
 */
package org.dossier.ingest;
