package org.dossier.ingest.text;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decodes input bytes into text. A UTF-8 byte order mark is dropped, and a UTF-16 byte order mark
 * (either endianness) switches to UTF-16. Bytes without one are UTF-8 when they are valid UTF-8;
 * otherwise their encoding (windows-1252, ISO-8859-x, KOI8-R, windows-1251...) is guessed from the
 * bytes by ICU's charset detector, and a guess of low confidence is reported as a warning. The
 * chosen encoding is applied strictly: a byte sequence invalid in it is an error, never a
 * replacement character.
 *
 * <p>A few stray control characters (see {@link ControlCharacters}) are removed with a warning;
 * binary content is an error: a known binary file signature (PDF, ZIP, PNG...), many NULs, or a
 * high share of control characters. Stateless and thread-safe.
 */
public final class TextDecoder {

    /** ICU's confidence (0 to 100) below which a guessed encoding is reported as uncertain. */
    public static final int CONFIDENT = 50;

    /** Leading bytes of binary formats that are sometimes saved under a text extension. */
    private static final List<Signature> SIGNATURES = List.of(
            new Signature("a PDF document", "%PDF-".getBytes(StandardCharsets.US_ASCII)),
            new Signature("a ZIP archive (or an office document)", new byte[] {'P', 'K', 3, 4}),
            new Signature("a PNG image", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
            new Signature("a GIF image", "GIF87a".getBytes(StandardCharsets.US_ASCII)),
            new Signature("a GIF image", "GIF89a".getBytes(StandardCharsets.US_ASCII)),
            new Signature("a JPEG image", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            new Signature("a gzip archive", new byte[] {0x1F, (byte) 0x8B}),
            new Signature("a 7-Zip archive", new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C}),
            new Signature("a RAR archive", new byte[] {'R', 'a', 'r', '!', 0x1A, 0x07}),
            new Signature("an old office document", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}),
            new Signature("an executable", new byte[] {0x7F, 'E', 'L', 'F'}));

    private TextDecoder() {
    }

    /**
     * The text of {@code bytes}.
     *
     * @throws UndecodableTextException if the bytes are binary or not valid in any encoding read
     */
    public static DecodedText decode(byte[] bytes) throws UndecodableTextException {
        return decode(bytes, 0, bytes.length);
    }

    /** The text of {@code bytes[offset, offset+length)}; see {@link #decode(byte[])}. */
    public static DecodedText decode(byte[] bytes, int offset, int length) throws UndecodableTextException {
        int start = offset;
        int end = offset + length;
        rejectSignature(bytes, start, end);
        List<String> warnings = new ArrayList<>();
        Charset charset = null;
        if (startsWith(bytes, start, end, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            start += 3;
        } else if (startsWith(bytes, start, end, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            start += 2;
        } else if (startsWith(bytes, start, end, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            start += 2;
        }
        String text = charset == null ? strictly(StandardCharsets.UTF_8, bytes, start, end) : null;
        if (text != null) {
            charset = StandardCharsets.UTF_8;
        } else if (charset != null) {
            text = strictly(charset, bytes, start, end);
            if (text == null) {
                throw new UndecodableTextException("not valid " + charset.name() + " text, though it starts with"
                        + " a byte order mark saying so");
            }
        } else {
            Guess guess = guess(bytes, start, end, warnings);
            charset = guess.charset();
            text = guess.text();
        }
        Optional<String> binary = ControlCharacters.binaryReason(text);
        if (binary.isPresent()) {
            throw new UndecodableTextException(binary.get());
        }
        ControlCharacters.Removal removal = ControlCharacters.remove(text);
        removal.warning().ifPresent(warnings::add);
        return new DecodedText(removal.text(), charset.name(), warnings);
    }

    /**
     * Rejects bytes that are not a web page: a known binary signature, many NULs or a high share
     * of control bytes. A page in UTF-16 (with a byte order mark) holds NULs and is let through.
     *
     * @throws UndecodableTextException naming what the bytes look like
     */
    public static void requireNotBinary(byte[] bytes) throws UndecodableTextException {
        rejectSignature(bytes, 0, bytes.length);
        if (startsWith(bytes, 0, bytes.length, 0xFE, 0xFF) || startsWith(bytes, 0, bytes.length, 0xFF, 0xFE)) {
            return;
        }
        Optional<String> binary = ControlCharacters.binaryReason(bytes);
        if (binary.isPresent()) {
            throw new UndecodableTextException(binary.get() + ", not a web page");
        }
    }

    private static void rejectSignature(byte[] bytes, int start, int end) throws UndecodableTextException {
        for (Signature signature : SIGNATURES) {
            if (end - start >= signature.magic().length
                    && Arrays.equals(bytes, start, start + signature.magic().length, signature.magic(), 0,
                    signature.magic().length)) {
                throw new UndecodableTextException("binary content: " + signature.what() + ", not text");
            }
        }
    }

    /**
     * The bytes in the encoding ICU finds most likely among those they are valid in (UTF-8 has
     * already been tried); a weak guess adds a warning.
     */
    private static Guess guess(byte[] bytes, int start, int end, List<String> warnings) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(start == 0 && end == bytes.length ? bytes : Arrays.copyOfRange(bytes, start, end));
        for (CharsetMatch match : detector.detectAll()) {
            Charset charset = supported(match.getName());
            if (charset == null || charset.equals(StandardCharsets.UTF_8)
                    || charset.name().startsWith("UTF-") && !hasNul(bytes, start, end)) {
                // UTF-16 or UTF-32 text without a byte order mark is full of NULs, Latin text at least.
                continue;
            }
            Guess guess = decodeIn(charset, bytes, start, end);
            if (guess != null) {
                if (match.getConfidence() < CONFIDENT) {
                    warnings.add(lowConfidence(guess.charset(), match.getConfidence()));
                }
                return guess;
            }
        }
        // Too few bytes for ICU to find a single-byte encoding: the commonest legacy one of news text.
        Guess fallback = decodeIn(Charset.forName("windows-1252"), bytes, start, end);
        warnings.add(lowConfidence(fallback.charset(), 0));
        return fallback;
    }

    /** The bytes decoded in {@code charset}, or null; windows-1252 falls back to ISO-8859-1. */
    private static Guess decodeIn(Charset charset, byte[] bytes, int start, int end) {
        String text = strictly(charset, bytes, start, end);
        if (text == null && charset.name().equals("windows-1252")) {
            // The five bytes windows-1252 leaves undefined are C1 controls in ISO-8859-1.
            charset = StandardCharsets.ISO_8859_1;
            text = strictly(charset, bytes, start, end);
        }
        return text == null ? null : new Guess(charset, text);
    }

    private static String lowConfidence(Charset charset, int confidence) {
        return "not UTF-8; read as " + charset.name() + ", a guess of low confidence (" + confidence
                + " of 100): check the text, or save the file as UTF-8";
    }

    private record Guess(Charset charset, String text) {
    }

    /**
     * The Java charset for an ICU name, or null. ISO-8859-1 is read as windows-1252, its superset
     * in every byte text uses, as the HTML standard does.
     */
    private static Charset supported(String icuName) {
        String name = icuName.toLowerCase(Locale.ROOT).equals("iso-8859-1") ? "windows-1252" : icuName;
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** The bytes decoded in {@code charset}, or null if they are not valid in it. */
    private static String strictly(Charset charset, byte[] bytes, int start, int end) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, start, end - start));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean hasNul(byte[] bytes, int start, int end) {
        for (int i = start; i < end; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int start, int end, int... prefix) {
        if (end - start < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[start + i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private record Signature(String what, byte[] magic) {
    }
}
