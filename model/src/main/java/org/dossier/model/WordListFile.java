package org.dossier.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The format of the per-language word lists that the analysis and the story stages ship, read by
 * one parser (here, since both modules depend on this one). UTF-8 text; a line {@code [name]}
 * starts a section; every other non-blank line is one entry of the current section, runs of
 * white space read as one space; {@code #} starts a comment that runs to the end of the line.
 */
public final class WordListFile {

    private WordListFile() {
    }

    /**
     * The entries of {@code in} by section, in file order, sections in the order first seen.
     * {@code section} turns a section's name and its place ({@code resource:line}) into its key, or
     * throws for a name the owner does not declare; an entry before any section fails the read.
     * Closes {@code in}.
     */
    public static <K> Map<K, List<String>> read(InputStream in, String resource, BiFunction<String, String, K> section) {
        Map<K, List<String>> read = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            K current = null;
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                int hash = line.indexOf('#');
                String entry = (hash < 0 ? line : line.substring(0, hash)).strip();
                if (entry.isEmpty()) {
                    continue;
                }
                String where = resource + ":" + number;
                if (entry.startsWith("[") && entry.endsWith("]")) {
                    current = section.apply(entry.substring(1, entry.length() - 1).strip(), where);
                    read.computeIfAbsent(current, k -> new ArrayList<>());
                } else if (current == null) {
                    throw new IllegalStateException(where + ": entry before any section: " + entry);
                } else {
                    read.get(current).add(entry.replaceAll("\\s+", " "));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        read.replaceAll((k, list) -> List.copyOf(list));
        return read;
    }
}
