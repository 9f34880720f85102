/**
 * The build as a library: articles from a source, analysed, clustered into stories, consolidated
 * and stored in one workspace transaction; the command line, the server and the evaluation call it.
 */
package org.dossier.pipeline;
