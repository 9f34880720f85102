/** Build-time generation of the entity annotator's alias table from the shared name knowledge. */
package org.dossier.bench.alias;
