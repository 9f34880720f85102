/**
 * Views of a dossier for people: Markdown, a self-contained HTML page, an 80-column terminal; and
 * CSV tables with every fact's evidence, for spreadsheets and data tools; schema.org JSON-LD for
 * linked-data tools.
 */
package org.dossier.app.render;
