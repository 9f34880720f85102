/**
 * Views of a dossier for people: Markdown, an 80-column terminal, and HTML made by the one set of
 * jte templates that also serves the web UI (a self-contained page for the export); CSV tables
 * with every fact's evidence, for spreadsheets and data tools; schema.org JSON-LD for linked-data
 * tools. Every view numbers a story's sources with {@link org.dossier.app.render.SourceList}.
 */
package org.dossier.app.render;
