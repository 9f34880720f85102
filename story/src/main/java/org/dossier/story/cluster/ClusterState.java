package org.dossier.story.cluster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.dossier.story.dedup.DuplicateIndex;

/**
 * What the event clusterer knows between builds: document frequencies, every original article's
 * {@link EventSketch}, the stories (their members in the order they joined, copies included), the
 * near-duplicate index, and an inverted index from an article's strongest lead words and names to
 * the article, through which a new article finds the stories worth comparing. Written as one
 * deflated byte string that starts with its format version; equal states give equal bytes. Not
 * thread-safe: one call of the clusterer owns it.
 */
final class ClusterState implements Idf {

    /**
     * The format written. Version 6 writes each string as its UTF-8 byte count and bytes, so a
     * string of any length (a half-million-character place name) fits; version 5, still read,
     * wrote them with {@link DataOutputStream#writeUTF}, limited to 65,535 bytes.
     */
    static final byte VERSION = 6;

    /** The earliest format still read. */
    static final byte OLDEST_READ = 5;

    long documents;
    final Map<String, Integer> documentFrequency = new HashMap<>();
    final Map<String, EventSketch> sketches = new HashMap<>();
    /** Story id to its members, originals and copies, in the order they joined. */
    final Map<String, List<String>> stories = new TreeMap<>();
    final Map<String, String> storyOf = new HashMap<>();
    /** A near-duplicate's id to its original's. */
    final Map<String, String> copyOf = new HashMap<>();
    DuplicateIndex duplicates = new DuplicateIndex();
    /** Index key to the original articles posted under it, in the order they were posted. */
    final Map<String, List<String>> postings = new HashMap<>();

    @Override
    public int documentFrequency(String key) {
        return documentFrequency.getOrDefault(key, 0);
    }

    @Override
    public long documents() {
        return documents;
    }

    void post(String key, String articleId) {
        postings.computeIfAbsent(key, k -> new ArrayList<>(2)).add(articleId);
    }

    /** Adds {@code members} to story {@code storyId} (made if new). */
    void join(String storyId, List<String> members) {
        List<String> list = stories.computeIfAbsent(storyId, k -> new ArrayList<>());
        for (String m : members) {
            list.add(m);
            storyOf.put(m, storyId);
        }
    }

    /** The story's original articles (copies left out). */
    List<String> originals(String storyId) {
        List<String> out = new ArrayList<>();
        for (String m : stories.getOrDefault(storyId, List.of())) {
            if (!copyOf.containsKey(m)) {
                out.add(m);
            }
        }
        return out;
    }

    byte[] write() {
        return write(VERSION);
    }

    /** The state in format {@code version}; older formats only for the tests that read them back. */
    byte[] write(byte version) {
        StateStrings strings = StateStrings.of(version);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(version);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes, deflater, 1 << 16))) {
            out.writeLong(documents);
            Map<String, Integer> df = new TreeMap<>(documentFrequency);
            out.writeInt(df.size());
            for (Map.Entry<String, Integer> e : df.entrySet()) {
                strings.write(out, e.getKey());
                out.writeInt(e.getValue());
            }
            out.writeInt(stories.size());
            for (Map.Entry<String, List<String>> story : stories.entrySet()) {
                strings.write(out, story.getKey());
                out.writeInt(story.getValue().size());
                for (String member : story.getValue()) {
                    strings.write(out, member);
                    String original = copyOf.get(member);
                    out.writeBoolean(original != null);
                    if (original != null) {
                        strings.write(out, original);
                    } else {
                        writeSketch(out, strings, sketches.get(member));
                    }
                }
            }
            Map<String, List<String>> sortedPostings = new TreeMap<>(postings);
            out.writeInt(sortedPostings.size());
            for (Map.Entry<String, List<String>> e : sortedPostings.entrySet()) {
                strings.write(out, e.getKey());
                out.writeInt(e.getValue().size());
                for (String id : e.getValue()) {
                    strings.write(out, id);
                }
            }
            duplicates.write(out, strings::write);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write clustering state", e);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    /** Whether {@code state} is of the format this class writes (judged by its version byte). */
    static boolean readable(byte[] state) {
        return state.length > 0 && state[0] >= OLDEST_READ && state[0] <= VERSION;
    }

    /**
     * Reads a state written by {@link #write}.
     *
     * @throws IllegalArgumentException if the bytes are empty, of an unknown version or damaged
     */
    static ClusterState read(byte[] state) {
        if (state.length == 0) {
            throw new IllegalArgumentException("empty clustering state");
        }
        if (!readable(state)) {
            throw new IllegalArgumentException("clustering state of unknown version " + state[0]
                    + " (this build reads versions " + OLDEST_READ + " to " + VERSION
                    + "); rebuild the stories from scratch");
        }
        StateStrings strings = StateStrings.of(state[0]);
        ClusterState s = new ClusterState();
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(
                new ByteArrayInputStream(state, 1, state.length - 1)))) {
            s.documents = in.readLong();
            int dfSize = in.readInt();
            for (int i = 0; i < dfSize; i++) {
                s.documentFrequency.put(strings.read(in), in.readInt());
            }
            int storyCount = in.readInt();
            for (int i = 0; i < storyCount; i++) {
                String story = strings.read(in);
                int members = in.readInt();
                List<String> list = new ArrayList<>(members);
                for (int k = 0; k < members; k++) {
                    String member = strings.read(in);
                    list.add(member);
                    if (in.readBoolean()) {
                        s.copyOf.put(member, strings.read(in));
                    } else {
                        s.sketches.put(member, readSketch(in, strings, member));
                    }
                }
                s.join(story, list);
            }
            int keys = in.readInt();
            for (int i = 0; i < keys; i++) {
                String key = strings.read(in);
                int n = in.readInt();
                List<String> ids = new ArrayList<>(n);
                for (int k = 0; k < n; k++) {
                    ids.add(strings.read(in));
                }
                s.postings.put(key, ids);
            }
            s.duplicates = DuplicateIndex.read(in, strings::read);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("damaged clustering state: " + e.getMessage(), e);
        }
        return s;
    }

    private static void writeSketch(DataOutputStream out, StateStrings strings, EventSketch s) throws IOException {
        strings.write(out, s.language() == null ? "" : s.language());
        out.writeLong(s.day());
        for (Terms t : List.of(s.title(), s.lead(), s.body(), s.leadNames(), s.names(), s.numbers(), s.years(), s.places(),
                s.kinds())) {
            out.writeInt(t.size());
            for (int i = 0; i < t.size(); i++) {
                strings.write(out, t.keys[i]);
                out.writeInt(t.counts[i]);
            }
        }
        writeDays(out, s.leadDays());
        writeDays(out, s.textDays());
    }

    private static void writeDays(DataOutputStream out, long[] days) throws IOException {
        out.writeInt(days.length);
        for (long d : days) {
            out.writeLong(d);
        }
    }

    private static long[] readDays(DataInputStream in) throws IOException {
        long[] days = new long[in.readInt()];
        for (int i = 0; i < days.length; i++) {
            days[i] = in.readLong();
        }
        return days;
    }

    private static EventSketch readSketch(DataInputStream in, StateStrings strings, String id) throws IOException {
        String language = strings.read(in);
        long day = in.readLong();
        Terms[] t = new Terms[9];
        for (int k = 0; k < t.length; k++) {
            int n = in.readInt();
            String[] keys = new String[n];
            int[] counts = new int[n];
            for (int i = 0; i < n; i++) {
                keys[i] = strings.read(in);
                counts[i] = in.readInt();
            }
            t[k] = new Terms(keys, counts);
        }
        long[] leadDays = readDays(in);
        long[] textDays = readDays(in);
        return new EventSketch(id, language.isEmpty() ? null : language, day, t[0], t[1], t[2], t[3], t[4], t[5], t[6],
                leadDays, t[7], t[8], textDays);
    }

    /** Every story id, for callers that walk them while changing the map. */
    Set<String> storyIds() {
        return new LinkedHashSet<>(stories.keySet());
    }
}
