package org.dossier.model;

import java.util.Objects;

/**
 * A quantity asserted by a source.
 *
 * @param subject   an entity id where resolved, else the subject's text
 * @param property  normalised property name ("members", "troops", "killed", ...)
 * @param value     normalised value ("83")
 * @param qualifier "approximately", "more than", "at least", ... or null
 */
public record Claim(String subject, String property, String value, String qualifier, Evidence evidence) {

    public Claim {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(evidence, "evidence");
    }
}
