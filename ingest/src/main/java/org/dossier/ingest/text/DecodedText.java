package org.dossier.ingest.text;

import java.util.List;
import java.util.Objects;

/**
 * Text decoded from bytes, and what the decoding changed or could only guess, for the user.
 *
 * @param text     the text, without stray control characters
 * @param charset  the encoding it was read in
 * @param warnings what the reader should know: a low-confidence guess of the encoding, control
 *                 characters removed; empty when the bytes were plainly text
 */
public record DecodedText(String text, String charset, List<String> warnings) {

    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        warnings = List.copyOf(warnings);
    }
}
