/** Incremental clustering of articles into stories, one real-world event each, and near-duplicate detection. */
package org.dossier.story.cluster;
