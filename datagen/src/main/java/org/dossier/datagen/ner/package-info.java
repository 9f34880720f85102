/**
 * Build-time training of the Russian NER model from FactRuEval-2016; its output is a resource of the
 * analyze module, and nothing of the product runs this code.
 */
package org.dossier.datagen.ner;
