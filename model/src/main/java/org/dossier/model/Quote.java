package org.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * A quotation: direct (in quotation marks, or a statement set out as the speaker's words) or
 * reported ("X said that ..."), with {@code direct == false}.
 *
 * @param speaker null when the text does not say who spoke; never a guess
 * @param evidence the quoted span; its text equals {@code text}
 * @param alsoReportedIn the same quotation as other sources report it (possibly translated or
 *                       worded differently), never containing {@code evidence}; empty for a quote
 *                       found in one place. An optional {@code dossier/v1} field: older documents
 *                       without it read as empty.
 */
public record Quote(String text, boolean direct, Speaker speaker, Evidence evidence, List<Evidence> alsoReportedIn) {

    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(evidence, "evidence");
        alsoReportedIn = alsoReportedIn == null ? List.of() : List.copyOf(alsoReportedIn);
    }

    /** A quotation found in one place. */
    public Quote(String text, boolean direct, Speaker speaker, Evidence evidence) {
        this(text, direct, speaker, evidence, List.of());
    }

    /** This quote with the given speaker. */
    public Quote withSpeaker(Speaker newSpeaker) {
        return new Quote(text, direct, newSpeaker, evidence, alsoReportedIn);
    }

    /** This quote also reported at {@code others}. */
    public Quote withAlsoReportedIn(List<Evidence> others) {
        return new Quote(text, direct, speaker, evidence, others);
    }
}
