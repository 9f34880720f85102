/**
 * Quotation scoring on PolNeAR: reading its brat attributions, the gold direct and reported quotes
 * they define, and matching the product's quotes to them.
 */
package org.dossier.bench.quotes;
