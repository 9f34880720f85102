package org.dossier.ingest.source;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable article ids: {@code "a-"} and the first 16 hex digits of SHA-256 over the article's own
 * bytes (the file, or the line of a {@code .jsonl} without its line break), followed, when the file
 * has a sidecar, by one zero byte and the sidecar's bytes. The same input gives the same id on
 * every run and machine; a corrected sidecar gives a new one. Stateless and thread-safe.
 */
public final class ArticleIds {

    private ArticleIds() {
    }

    /** The id of {@code own[offset, offset+length)} with {@code sidecar} (null when there is none). */
    public static String of(byte[] own, int offset, int length, byte[] sidecar) {
        MessageDigest sha256 = sha256();
        sha256.update(own, offset, length);
        if (sidecar != null) {
            sha256.update((byte) 0);
            sha256.update(sidecar);
        }
        return "a-" + HexFormat.of().formatHex(sha256.digest(), 0, 8);
    }

    /** The id of all of {@code own} with {@code sidecar} (null when there is none). */
    public static String of(byte[] own, byte[] sidecar) {
        return of(own, 0, own.length, sidecar);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
