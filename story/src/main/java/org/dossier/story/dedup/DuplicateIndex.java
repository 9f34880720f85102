package org.dossier.story.dedup;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The MinHash signatures of every article seen, with a locality-sensitive index over them
 * ({@value #BANDS} bands of {@value #ROWS} positions): two articles whose signatures agree on one
 * whole band become candidates, and candidates whose estimated Jaccard similarity reaches
 * {@link #THRESHOLD} are copies of one another. Each article points to the earliest copy of its
 * group (by publication date, undated last, then id).
 *
 * <p>Mutable and not thread-safe: one clustering call owns an instance. {@link #write} is
 * deterministic: entries in the order they were added.
 */
public final class DuplicateIndex {

    /**
     * Estimated shingle Jaccard similarity from which two articles count as copies. A wire copy with
     * its boilerplate changed and a sentence edited keeps well above it; two reports of one event
     * by different outlets share almost no four-word shingles.
     */
    public static final double THRESHOLD = 0.5;
    static final int ROWS = 2;
    static final int BANDS = MinHasher.SIZE / ROWS;

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> byId = new HashMap<>();
    private final Map<Long, List<Integer>> buckets = new HashMap<>();

    /** One indexed article: its id, publication date (ISO or null) and signature. */
    public record Entry(String id, String published, int[] signature, String original) {

        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(signature, "signature");
            if (signature.length != MinHasher.SIZE) {
                throw new IllegalArgumentException("signature of " + signature.length + " positions for " + id);
            }
        }
    }

    /** Earliest first: dated before undated, then by date string (ISO sorts), then id. */
    public static final Comparator<Entry> EARLIEST = Comparator
            .comparing((Entry e) -> e.published() == null ? 1 : 0)
            .thenComparing(e -> e.published() == null ? "" : e.published())
            .thenComparing(Entry::id);

    public int size() {
        return entries.size();
    }

    /**
     * Adds an article and returns the earliest copy it duplicates, if any. Articles should be added
     * earliest first, so that an original is indexed before its copies (an earlier copy arriving in a later
     * call does not become the original of copies already indexed).
     */
    public Optional<String> add(String id, String published, int[] signature) {
        if (byId.containsKey(id)) {
            throw new IllegalArgumentException("article already indexed: " + id);
        }
        Entry probe = new Entry(id, published, signature, null);
        Entry earliest = null;
        for (int candidate : candidates(signature)) {
            Entry other = entries.get(candidate);
            if (MinHasher.similarity(signature, other.signature()) >= THRESHOLD) {
                Entry head = other.original() == null ? other : entries.get(byId.get(other.original()));
                if (earliest == null || EARLIEST.compare(head, earliest) < 0) {
                    earliest = head;
                }
            }
        }
        String original = earliest != null && EARLIEST.compare(earliest, probe) < 0 ? earliest.id() : null;
        put(new Entry(id, published, signature, original));
        return Optional.ofNullable(original);
    }

    private Set<Integer> candidates(int[] signature) {
        Set<Integer> found = new LinkedHashSet<>();
        for (int b = 0; b < BANDS; b++) {
            List<Integer> bucket = buckets.get(bandKey(signature, b));
            if (bucket != null) {
                found.addAll(bucket);
            }
        }
        return found;
    }

    private void put(Entry entry) {
        int index = entries.size();
        entries.add(entry);
        byId.put(entry.id(), index);
        for (int b = 0; b < BANDS; b++) {
            buckets.computeIfAbsent(bandKey(entry.signature(), b), k -> new ArrayList<>(1)).add(index);
        }
    }

    private static long bandKey(int[] signature, int band) {
        long h = band;
        for (int r = 0; r < ROWS; r++) {
            h = MinHasher.mix(h * 31 + signature[band * ROWS + r]);
        }
        return h;
    }

    /** Writes a string in the enclosing format. */
    @FunctionalInterface
    public interface StringOut {
        void write(DataOutputStream out, String s) throws IOException;
    }

    /** Reads a string written by the matching {@link StringOut}. */
    @FunctionalInterface
    public interface StringIn {
        String read(DataInputStream in) throws IOException;
    }

    /** Writes every entry in insertion order, its strings by {@code strings}. */
    public void write(DataOutputStream out, StringOut strings) throws IOException {
        out.writeInt(entries.size());
        for (Entry e : entries) {
            strings.write(out, e.id());
            strings.write(out, e.published() == null ? "" : e.published());
            strings.write(out, e.original() == null ? "" : e.original());
            for (int v : e.signature()) {
                out.writeInt(v);
            }
        }
    }

    /** Reads what {@link #write} wrote, with the matching {@code strings}. */
    public static DuplicateIndex read(DataInputStream in, StringIn strings) throws IOException {
        DuplicateIndex index = new DuplicateIndex();
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            String id = strings.read(in);
            String published = strings.read(in);
            String original = strings.read(in);
            int[] sig = new int[MinHasher.SIZE];
            for (int k = 0; k < sig.length; k++) {
                sig[k] = in.readInt();
            }
            index.put(new Entry(id, published.isEmpty() ? null : published, sig,
                    original.isEmpty() ? null : original));
        }
        return index;
    }
}
