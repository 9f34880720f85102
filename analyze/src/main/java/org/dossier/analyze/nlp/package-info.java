/** The linguistic annotation every annotator reads, and the CoreNLP engine that produces it. */
package org.dossier.analyze.nlp;
