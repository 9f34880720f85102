/** Consolidation of a story's articles into one dossier: merged entities and quotes, conflicts, timeline, summary, title. */
package org.dossier.story.consolidate;
