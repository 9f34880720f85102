package org.dossier.bench.ner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A document of a corpus annotated by character offsets (FactRuEval, NEREL): its text as the
 * corpus gives it and its gold mentions as character chunks into that text, flat and in text order.
 */
public record SpanDocument(String id, String text, List<Chunk> gold) {

    public SpanDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        gold = List.copyOf(gold);
        for (Chunk c : gold) {
            if (c.start() < 0 || c.end() > text.length() || c.end() <= c.start()) {
                throw new IllegalArgumentException("mention " + c + " outside the text of " + id + " ("
                        + text.length() + " characters)");
            }
        }
    }

    /** Reads one document from its text file and the annotation files beside it. */
    @FunctionalInterface
    interface Reader {
        SpanDocument read(Path txt) throws IOException;
    }

    /**
     * The documents of the text files of {@code dir} that {@code isText} accepts, in {@code order},
     * each read by {@code reader}; a folder without any is an error naming {@code what}.
     */
    static List<SpanDocument> readFolder(Path dir, Predicate<Path> isText, Comparator<Path> order, Reader reader,
                                         String what) throws IOException {
        List<Path> texts;
        try (Stream<Path> files = Files.list(dir)) {
            texts = files.filter(isText).sorted(order).toList();
        }
        if (texts.isEmpty()) {
            throw new IOException("no " + what + " in " + dir);
        }
        List<SpanDocument> out = new ArrayList<>();
        for (Path text : texts) {
            out.add(reader.read(text));
        }
        return out;
    }

    /** The text a chunk of this document covers. */
    public String cover(Chunk c) {
        return text.substring(c.start(), c.end());
    }
}
