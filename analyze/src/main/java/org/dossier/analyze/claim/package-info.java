/**
 * Numeric claims: quantities a source asserts about an entity ("more than 80 countries" in a
 * coalition), with number words resolved, qualifiers and properties normalised, subjects resolved.
 */
package org.dossier.analyze.claim;
