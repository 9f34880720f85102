/**
 * Entity-level scoring of the entity annotator on NER sets, beside plain CoreNLP: CoNLL files by
 * tokens, and the Russian FactRuEval-2016 and NEREL collections by characters, exactly and by overlap.
 */
package org.dossier.bench.ner;
