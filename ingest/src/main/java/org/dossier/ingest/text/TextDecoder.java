package org.dossier.ingest.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes input bytes into text, strictly. UTF-8 is the encoding of plain input; a UTF-8 byte
 * order mark is dropped, and a UTF-16 byte order mark (either endianness) switches to UTF-16. Any
 * byte sequence invalid in the chosen encoding, and any NUL or other control character that text
 * never holds, is an error rather than a replacement character: a silently mangled article is worse
 * than a reported one. Stateless and thread-safe.
 */
public final class TextDecoder {

    private TextDecoder() {
    }

    /**
     * The text of {@code bytes}.
     *
     * @throws UndecodableTextException if the bytes are binary or not valid in their encoding
     */
    public static String decode(byte[] bytes) throws UndecodableTextException {
        return decode(bytes, 0, bytes.length);
    }

    /** The text of {@code bytes[offset, offset+length)}; see {@link #decode(byte[])}. */
    public static String decode(byte[] bytes, int offset, int length) throws UndecodableTextException {
        Charset charset = StandardCharsets.UTF_8;
        int start = offset;
        int end = offset + length;
        if (startsWith(bytes, start, end, 0xEF, 0xBB, 0xBF)) {
            start += 3;
        } else if (startsWith(bytes, start, end, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            start += 2;
        } else if (startsWith(bytes, start, end, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            start += 2;
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, start, end - start));
            text = chars.toString();
        } catch (CharacterCodingException e) {
            throw new UndecodableTextException("not valid " + charset.name()
                    + " text (binary, or an encoding other than UTF-8/UTF-16 with a byte order mark)");
        }
        int controls = countControlCharacters(text);
        if (controls > 0) {
            throw new UndecodableTextException("binary content: " + controls
                    + " control character(s) that text does not contain");
        }
        return text;
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

    // Tab, newline, carriage return and form feed occur in real text; everything else below U+0020
    // (and DEL) marks a binary file that happens to be valid UTF-8.
    private static int countControlCharacters(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                count++;
            }
        }
        return count;
    }
}
