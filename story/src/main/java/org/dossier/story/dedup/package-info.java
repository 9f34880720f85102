/**
 * Near-duplicate detection: MinHash signatures over word shingles and an LSH index that finds wire
 * copies and republished articles whatever their boilerplate.
 */
package org.dossier.story.dedup;
