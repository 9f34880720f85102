/**
 * Full-text search over articles, quotations and entities: a Lucene index derived from the
 * workspace, rebuilt whenever it is missing or older than the workspace.
 */
package org.dossier.store.search;
