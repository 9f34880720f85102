package org.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * Sources disagree on one property of one subject.
 *
 * @param values at least two, each with every piece of evidence that gives it
 * @param note   an explanation the text itself offers, or null
 */
public record Conflict(String subject, String property, List<Value> values, String note) {

    public Conflict {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(property, "property");
        values = List.copyOf(values);
        if (values.size() < 2) {
            throw new IllegalArgumentException("a conflict needs two values, got " + values);
        }
    }

    /** One of the disputed values with the evidence for it. */
    public record Value(String value, List<Evidence> evidence) {

        public Value {
            Objects.requireNonNull(value, "value");
            evidence = List.copyOf(evidence);
            if (evidence.isEmpty()) {
                throw new IllegalArgumentException("a value needs evidence: " + value);
            }
        }
    }
}
