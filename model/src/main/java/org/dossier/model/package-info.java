/**
 * The dossier data model: immutable records for articles, evidence and the facts drawn from them,
 * and {@link org.dossier.model.DossierJson}, the codec of the public {@code dossier/v1} format.
 * Every other module depends on this one; it depends on nothing of the project's.
 */
package org.dossier.model;
