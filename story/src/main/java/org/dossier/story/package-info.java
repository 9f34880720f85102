/**
 * From analysed articles to stories: near-duplicates, incremental clustering into real-world
 * events, and consolidation of each story's facts, conflicts, timeline and summary.
 */
package org.dossier.story;
