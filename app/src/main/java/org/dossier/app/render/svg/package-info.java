/**
 * The pictures of a story, laid out here as plain geometry (records of marks, bars and cells) and
 * drawn as inline SVG without script by the templates under {@code svg/}, for the web UI and the
 * HTML export alike. Layouts are deterministic: the same story always gives the same picture.
 */
package org.dossier.app.render.svg;
