/**
 * Build-time generation of the entity annotator's alias table from the shared name knowledge; its
 * output is a resource of the analyze module, and nothing of the product runs this code.
 */
package org.dossier.datagen.alias;
