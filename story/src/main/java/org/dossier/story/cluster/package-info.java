/**
 * Incremental clustering of articles into stories, one real-world event each: features, story
 * profiles, the versioned state carried between builds, and the clusterer itself.
 */
package org.dossier.story.cluster;
