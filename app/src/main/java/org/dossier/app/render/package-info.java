/** Views of a dossier for people: Markdown, a self-contained HTML page, an 80-column terminal. */
package org.dossier.app.render;
