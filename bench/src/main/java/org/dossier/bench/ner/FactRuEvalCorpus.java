package org.dossier.bench.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The FactRuEval-2016 collection (a {@code devset} or {@code testset} folder) read as documents with
 * their Person, Org, Location and LocOrg mentions as PER, ORG, LOC and LOC.
 *
 * <p>Each {@code book_N} has its text ({@code .txt}), its spans ({@code .spans}: id, type, start,
 * length in characters, ...) and its object mentions ({@code .objects}: id, type, the ids of its
 * spans, ...). A mention covers its spans from the first character of the first to the last of the
 * last ("мэрии Москвы" from the spans "Москвы" and "мэрии"). Mentions nest (the LocOrg "Москвы" in
 * the Org "мэрии Москвы"); the flat mentions kept are the outermost ({@link Chunk#outermost}).
 * Other object types (Project, Facility) are left out. Documents come in the order of their
 * number, so whatever is built from them does not depend on the order the disk lists them in.
 */
public final class FactRuEvalCorpus {

    private FactRuEvalCorpus() {
    }

    /** Every {@code book_N} of {@code dir}, by N. */
    public static List<SpanDocument> read(Path dir) throws IOException {
        return SpanDocument.readFolder(dir, p -> p.getFileName().toString().matches("book_\\d+\\.txt"),
                Comparator.comparingLong(FactRuEvalCorpus::number), FactRuEvalCorpus::readDocument, "book_N.txt");
    }

    /** One document: {@code book_N.txt} and the {@code .spans} and {@code .objects} beside it. */
    public static SpanDocument readDocument(Path txt) throws IOException {
        String stem = txt.getFileName().toString().replaceFirst("\\.txt$", "");
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        Map<String, int[]> spans = new HashMap<>();
        for (String line : Files.readAllLines(txt.resolveSibling(stem + ".spans"), StandardCharsets.UTF_8)) {
            String[] f = fields(line);
            if (f.length >= 4) {
                int start = Integer.parseInt(f[2]);
                spans.put(f[0], new int[] {start, start + Integer.parseInt(f[3])});
            }
        }
        List<Chunk> mentions = new ArrayList<>();
        for (String line : Files.readAllLines(txt.resolveSibling(stem + ".objects"), StandardCharsets.UTF_8)) {
            String[] f = fields(line);
            String type = f.length >= 3 ? type(f[1]) : null;
            if (type == null) {
                continue;
            }
            int start = Integer.MAX_VALUE;
            int end = -1;
            for (int i = 2; i < f.length; i++) {
                int[] span = spans.get(f[i]);
                if (span == null) {
                    throw new IOException(stem + ".objects: mention " + f[0] + " names span " + f[i]
                            + ", which " + stem + ".spans does not have");
                }
                start = Math.min(start, span[0]);
                end = Math.max(end, span[1]);
            }
            mentions.add(new Chunk(start, end, type));
        }
        return new SpanDocument(stem, text, Chunk.outermost(mentions));
    }

    /** The fields before the {@code #} that starts a line's comment. */
    private static String[] fields(String line) {
        int hash = line.indexOf('#');
        String head = (hash >= 0 ? line.substring(0, hash) : line).strip();
        return head.isEmpty() ? new String[0] : head.split("\\s+");
    }

    /** PER, ORG or LOC for a FactRuEval object type, or null for a type not scored. */
    static String type(String objectType) {
        return switch (objectType) {
            case "Person" -> "PER";
            case "Org" -> "ORG";
            case "Location", "LocOrg" -> "LOC";
            default -> null;
        };
    }

    private static long number(Path p) {
        String name = p.getFileName().toString();
        return Long.parseLong(name.substring("book_".length(), name.length() - ".txt".length()));
    }
}
