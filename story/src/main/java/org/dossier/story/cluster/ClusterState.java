package org.dossier.story.cluster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.dossier.story.dedup.DuplicateIndex;

/**
 * Everything the clusterer carries from one build to the next: document frequencies, story
 * profiles, which story each article is in, and the near-duplicate index. The inverted index from
 * features to stories is derived from the profiles when the state is read, never stored.
 *
 * <p>Serialised form: one version byte ({@value #VERSION}), then a deflated body with every map
 * written in key order, so equal states give equal bytes. Mutable and not thread-safe: one
 * clustering call owns an instance.
 */
final class ClusterState {

    static final byte VERSION = 2;

    long documents;
    final Map<String, Integer> documentFrequency = new HashMap<>();
    /** Stories by handle; a merged-away story leaves a null. */
    final List<StoryProfile> stories = new ArrayList<>();
    final Map<String, Integer> handleOf = new HashMap<>();
    final Map<String, String> storyOf = new HashMap<>();
    DuplicateIndex duplicates = new DuplicateIndex();
    /** Feature key to the handles of stories whose profile held it when it was indexed. */
    final Map<String, int[]> postings = new HashMap<>();

    int add(StoryProfile story) {
        int handle = stories.size();
        stories.add(story);
        handleOf.put(story.id, handle);
        return handle;
    }

    /** Records that {@code handle}'s profile holds {@code key}; duplicates are filtered at lookup. */
    void post(String key, int handle) {
        int[] list = postings.get(key);
        if (list == null) {
            postings.put(key, new int[] {1, handle});
            return;
        }
        int n = list[0];
        if (list[n] == handle) {
            return;
        }
        if (n + 1 == list.length) {
            list = Arrays.copyOf(list, list.length * 2);
            postings.put(key, list);
        }
        list[n + 1] = handle;
        list[0] = n + 1;
    }

    /** The handles posted under {@code key}: {@code result[0]} is the count, the handles follow. */
    int[] posted(String key) {
        return postings.get(key);
    }

    void remove(StoryProfile story) {
        int handle = handleOf.remove(story.id);
        stories.set(handle, null);
    }

    byte[] write() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(VERSION);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes, deflater, 1 << 16))) {
            out.writeLong(documents);
            Map<String, Integer> df = new TreeMap<>(documentFrequency);
            out.writeInt(df.size());
            for (Map.Entry<String, Integer> e : df.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue());
            }
            Map<String, StoryProfile> live = new TreeMap<>();
            for (StoryProfile s : stories) {
                if (s != null) {
                    live.put(s.id, s);
                }
            }
            out.writeInt(live.size());
            for (StoryProfile s : live.values()) {
                out.writeUTF(s.id);
                writeStrings(out, s.members);
                out.writeInt(s.weighted);
                out.writeLong(s.firstDay);
                out.writeLong(s.lastDay);
                writeVector(out, s.sum);
                writeStrings(out, s.eventDays);
                writeVector(out, s.identitySum);
                writeStrings(out, s.languages);
                out.writeInt(s.copies.size());
                for (Map.Entry<String, String> e : s.copies.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeUTF(e.getValue());
                }
            }
            duplicates.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write clustering state", e);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    /** Whether {@code state} is of the format this class writes (judged by its version byte). */
    static boolean readable(byte[] state) {
        return state.length > 0 && state[0] == VERSION;
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
                    + " (this build reads version " + VERSION + "); rebuild the stories from scratch");
        }
        ClusterState s = new ClusterState();
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(
                new ByteArrayInputStream(state, 1, state.length - 1)))) {
            s.documents = in.readLong();
            int dfSize = in.readInt();
            for (int i = 0; i < dfSize; i++) {
                s.documentFrequency.put(in.readUTF(), in.readInt());
            }
            int storyCount = in.readInt();
            for (int i = 0; i < storyCount; i++) {
                StoryProfile story = new StoryProfile(in.readUTF());
                readStrings(in, story.members);
                for (String member : story.members) {
                    s.storyOf.put(member, story.id);
                }
                story.weighted = in.readInt();
                story.firstDay = in.readLong();
                story.lastDay = in.readLong();
                readVector(in, story.sum);
                readStrings(in, story.eventDays);
                readVector(in, story.identitySum);
                readStrings(in, story.languages);
                int copies = in.readInt();
                for (int k = 0; k < copies; k++) {
                    story.copies.put(in.readUTF(), in.readUTF());
                }
                int handle = s.add(story);
                for (String key : new TreeMap<>(story.sum).keySet()) {
                    s.post(key, handle);
                }
            }
            s.duplicates = DuplicateIndex.read(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("damaged clustering state: " + e.getMessage(), e);
        }
        return s;
    }

    /** Writes a vector in key order, so that equal vectors give equal bytes. */
    private static void writeVector(DataOutputStream out, Map<String, Float> vector) throws IOException {
        Map<String, Float> sorted = new TreeMap<>(vector);
        out.writeInt(sorted.size());
        for (Map.Entry<String, Float> e : sorted.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeFloat(e.getValue());
        }
    }

    private static void readVector(DataInputStream in, Map<String, Float> into) throws IOException {
        int size = in.readInt();
        for (int i = 0; i < size; i++) {
            into.put(in.readUTF(), in.readFloat());
        }
    }

    /** Writes strings in their collection's order (a list's, or a sorted set's). */
    private static void writeStrings(DataOutputStream out, java.util.Collection<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String v : strings) {
            out.writeUTF(v);
        }
    }

    private static void readStrings(DataInputStream in, java.util.Collection<String> into) throws IOException {
        int size = in.readInt();
        for (int i = 0; i < size; i++) {
            into.add(in.readUTF());
        }
    }
}
