/**
 * Consolidation of a story's articles into one dossier: merged entities and quotes, conflicts, timeline, summary, title.
 * {@link org.dossier.story.consolidate.StoryConsolidator} is the entry point; each step is a small stateless class whose
 * Javadoc states its rule. Every fact keeps the evidence of every article that states it, duplicates included.
 */
package org.dossier.story.consolidate;
