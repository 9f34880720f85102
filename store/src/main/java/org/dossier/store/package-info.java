/**
 * The workspace: the SQLite database that is the product's system of record (articles, analyses,
 * stories, the clusterer's state, problems, builds). Every build is one transaction.
 */
package org.dossier.store;
