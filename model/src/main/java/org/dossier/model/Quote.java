package org.dossier.model;

import java.util.Objects;

/**
 * A quotation: direct (in quotation marks, or a statement set out as the speaker's words) or
 * reported ("X said that ..."), with {@code direct == false}.
 *
 * @param speaker null when the text does not say who spoke; never a guess
 * @param evidence the quoted span; its text equals {@code text}
 */
public record Quote(String text, boolean direct, Speaker speaker, Evidence evidence) {

    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(evidence, "evidence");
    }
}
