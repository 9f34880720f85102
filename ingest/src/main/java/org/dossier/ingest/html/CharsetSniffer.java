package org.dossier.ingest.html;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the charset a page declares, in the HTML standard's order: a byte-order mark, then the
 * charset of its transport (an HTTP {@code Content-Type}, when it came with one), then
 * {@code <meta charset>} or the {@code http-equiv="Content-Type"} meta in the first bytes, then the
 * XML declaration; UTF-8 otherwise. Stateless.
 */
final class CharsetSniffer {

    /** Browsers look for the declaration in the first 1024 bytes; pages in the wild stray further. */
    private static final int PRESCAN_BYTES = 8192;

    private static final Pattern META = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_DECL = Pattern.compile(
            "<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);

    private CharsetSniffer() {
    }

    static Charset sniff(byte[] bytes) {
        return sniff(bytes, null);
    }

    /** As {@link #sniff(byte[])}, with the charset the transport names ({@code transport}, may be null). */
    static Charset sniff(byte[] bytes, String transport) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (transport != null && !transport.isBlank()) {
            Charset given = forName(transport, null);
            if (given != null) {
                return given;
            }
        }
        // ASCII-compatible prefix is enough to read the declaration whatever the real charset is.
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher meta = META.matcher(head);
        if (meta.find()) {
            return forName(meta.group(1));
        }
        Matcher xml = XML_DECL.matcher(head);
        if (xml.find()) {
            return forName(xml.group(1));
        }
        return StandardCharsets.UTF_8;
    }

    private static Charset forName(String declared) {
        return forName(declared, StandardCharsets.UTF_8);
    }

    private static Charset forName(String declared, Charset unknown) {
        String name = declared.trim().toLowerCase(Locale.ROOT);
        // As the HTML standard says: latin-1 and ascii labels mean windows-1252, and a page that
        // claims UTF-16 in an ASCII-readable meta tag is in fact UTF-8.
        switch (name) {
            case "iso-8859-1", "latin1", "latin-1", "iso8859-1", "us-ascii", "ascii" -> name = "windows-1252";
            case "utf-16", "utf-16le", "utf-16be" -> name = "utf-8";
            case "utf8" -> name = "utf-8";
            default -> { }
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return unknown;
        }
    }
}
