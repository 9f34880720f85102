/**
 * Summary coverage: hand-written reference facts per story, the term matching that decides whether a
 * summary states a fact, and the lead baseline a summary is compared with.
 */
package org.dossier.bench.summary;
