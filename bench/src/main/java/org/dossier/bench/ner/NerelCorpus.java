package org.dossier.bench.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A NEREL folder of brat standoff files ({@code X.txt} beside {@code X.ann}) read as documents with their
 * outer people, organisations and places, as NEREL annotates them: PERSON as PER, ORGANIZATION as
 * ORG, and COUNTRY, STATE_OR_PROVINCE, CITY, DISTRICT and LOCATION as LOC. A discontinuous entity
 * ({@code start end;start end}) covers its first to its last character. Of the nested entities of
 * these types the outermost are kept ({@link Chunk#outermost}): "мэрия Москвы" is one ORG, and
 * the CITY "Москвы" in it goes. Every other entity type, and the relations, are left out.
 */
public final class NerelCorpus {

    private NerelCorpus() {
    }

    /** Every {@code .txt} of {@code dir} with an {@code .ann} beside it, by file name. */
    public static List<SpanDocument> read(Path dir) throws IOException {
        return SpanDocument.readFolder(dir, p -> p.getFileName().toString().endsWith(".txt")
                && Files.isRegularFile(annotations(p)), Comparator.naturalOrder(), NerelCorpus::readDocument,
                ".txt with an .ann beside it");
    }

    static SpanDocument readDocument(Path txt) throws IOException {
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        List<Chunk> mentions = new ArrayList<>();
        for (String line : Files.readAllLines(annotations(txt), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (!line.startsWith("T") || f.length < 2) {
                continue;
            }
            String[] typeAndRanges = f[1].split(" ", 2);
            String type = type(typeAndRanges[0]);
            if (type == null || typeAndRanges.length < 2) {
                continue;
            }
            int start = Integer.MAX_VALUE;
            int end = -1;
            for (String range : typeAndRanges[1].split(";")) {
                String[] se = range.strip().split(" ");
                start = Math.min(start, Integer.parseInt(se[0]));
                end = Math.max(end, Integer.parseInt(se[1]));
            }
            mentions.add(new Chunk(start, end, type));
        }
        String id = txt.getFileName().toString().replaceFirst("\\.txt$", "");
        return new SpanDocument(id, text, Chunk.outermost(mentions));
    }

    private static Path annotations(Path txt) {
        return txt.resolveSibling(txt.getFileName().toString().replaceFirst("\\.txt$", ".ann"));
    }

    /** PER, ORG or LOC for a NEREL entity type, or null for a type not scored. */
    static String type(String entityType) {
        return switch (entityType) {
            case "PERSON" -> "PER";
            case "ORGANIZATION" -> "ORG";
            case "COUNTRY", "STATE_OR_PROVINCE", "CITY", "DISTRICT", "LOCATION" -> "LOC";
            default -> null;
        };
    }
}
