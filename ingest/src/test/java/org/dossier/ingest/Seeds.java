package org.dossier.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The shared seed articles, read in place (their licences keep them out of the project). */
public final class Seeds {

    private Seeds() {
    }

    /** The seed folder. */
    public static Path folder() {
        String shared = System.getProperty("dossier.shared");
        if (shared == null) {
            throw new IllegalStateException("system property dossier.shared is not set (surefire sets it)");
        }
        return Path.of(shared, "seeds");
    }

    /** The seed text whose file name starts with {@code prefix} ("003"). */
    public static Path text(String prefix) {
        try (var files = Files.list(folder())) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix + "_"))
                    .filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every seed text, sorted by name. */
    public static List<Path> texts() {
        try (var files = Files.list(folder())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of a seed, numbered from 1 as an editor shows them. */
    public static List<String> lines(Path seed) {
        try {
            return Files.readAllLines(seed, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
