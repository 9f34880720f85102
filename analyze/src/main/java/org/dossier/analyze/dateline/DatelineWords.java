package org.dossier.analyze.dateline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The words of one language's datelines, read from {@code dateline/<language>.txt}: agencies,
 * closing dashes, month names, and labels ("BREAKING") that stand where a place would. Immutable.
 */
record DatelineWords(List<String> agencies, List<String> dashes, List<String> months, Set<String> labels) {

    DatelineWords {
        agencies = longestFirst(agencies);
        dashes = longestFirst(dashes);
        months = longestFirst(months);
        labels = Set.copyOf(labels);
    }

    /** The words of {@code language}, or empty when none are shipped for it. */
    static Optional<DatelineWords> load(String language) {
        String name = language.toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z]{2,3}")) {
            return Optional.empty();
        }
        try (InputStream in = DatelineWords.class.getResourceAsStream(name + ".txt")) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(parse(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dateline words of " + name, e);
        }
    }

    static DatelineWords parse(String source, List<String> lines) {
        List<String> agencies = new ArrayList<>();
        List<String> dashes = new ArrayList<>();
        List<String> months = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int space = line.indexOf(' ');
            String key = space < 0 ? line : line.substring(0, space);
            String value = space < 0 ? "" : line.substring(space + 1).strip();
            if (value.isEmpty()) {
                throw new IllegalStateException("dateline words " + source + ": no value in line '" + line + "'");
            }
            switch (key) {
                case "agency" -> agencies.add(value);
                case "dash" -> dashes.add(value);
                case "month" -> months.add(value);
                case "label" -> labels.add(value.toUpperCase(Locale.ROOT));
                default -> throw new IllegalStateException("dateline words " + source + ": unknown key '" + key
                        + "', allowed: agency, dash, month, label");
            }
        }
        if (dashes.isEmpty()) {
            throw new IllegalStateException("dateline words " + source + ": no dash");
        }
        return new DatelineWords(agencies, dashes, months, Set.copyOf(labels));
    }

    /** Longest first, so that an alternation tries "--" before "-" and "Sept." before "Sep.". */
    private static List<String> longestFirst(List<String> words) {
        return words.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
