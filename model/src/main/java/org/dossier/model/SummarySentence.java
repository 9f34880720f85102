package org.dossier.model;

import java.util.List;
import java.util.Objects;

/** One sentence of a story's extractive summary, with the passages it is drawn from. */
public record SummarySentence(String text, List<Evidence> evidence) {

    public SummarySentence {
        Objects.requireNonNull(text, "text");
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a summary sentence needs evidence: " + text);
        }
    }
}
