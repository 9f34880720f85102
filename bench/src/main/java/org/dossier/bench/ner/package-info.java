/** Entity-level scoring of the entity annotator on CoNLL-format NER sets, beside plain CoreNLP. */
package org.dossier.bench.ner;
