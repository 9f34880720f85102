/**
 * Input sources: finding article files under the user's paths, their {@code NAME.meta.json}
 * sidecars, and reading each format (text, Markdown, HTML, JSON, JSON Lines) into raw articles
 * with stable ids; unreadable input becomes a {@link org.dossier.model.Problem}.
 */
package org.dossier.ingest.source;
