/**
 * Annotators that turn one article into facts with evidence: entities, dates, quotations, claims.
 * Stanford CoreNLP is used only inside this module; none of its types appear in public signatures.
 */
package org.dossier.analyze;
