package org.dossier.model;

import java.util.Objects;

/**
 * A date or time expression in an article, normalised against its publication date.
 *
 * @param text     the expression as written; equals the evidence's text
 * @param type     TimeML type: DATE, TIME, DURATION or SET
 * @param value    TimeML value: ISO at the precision known ({@code 2021-06-28}, {@code 2021-06},
 *                 {@code 2021}, {@code 2021-SU}, {@code P2Y}, {@code PRESENT_REF}), or null if unknown
 */
public record TimeExpression(String text, String type, String value, Evidence evidence) {

    public TimeExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(evidence, "evidence");
    }
}
