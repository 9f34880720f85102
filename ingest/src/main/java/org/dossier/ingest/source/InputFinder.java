package org.dossier.ingest.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dossier.model.Problem;

/**
 * Finds the article files under the user's paths: folders are walked recursively, entries sorted
 * by name so every run sees the same order. Hidden files and folders (name starting with a dot),
 * sidecars, files of unknown extension and a corpus's own documentation (README, LICENSE,
 * CHANGELOG... in any extension) inside folders are skipped silently; a path the user
 * named that does not exist, is no regular file (a device, a FIFO: never opened) or names a file of
 * unknown type, is a {@link Problem}; inside folders such special files are passed over. Each file is
 * found once even when named twice or reached through a link. Stateless and thread-safe.
 */
public final class InputFinder {

    private InputFinder() {
    }

    /** Hands each file found to {@code files}, in order, and each bad path to {@code problems}. */
    public static void find(List<Path> roots, Consumer<InputFile> files, Consumer<Problem> problems) {
        Set<Path> seen = new HashSet<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                problems.accept(new Problem(root.toString(), null, "no such file or folder"));
            } else if (Files.isDirectory(root)) {
                walk(root, files, problems, seen);
            } else if (!Files.isRegularFile(root)) {
                // Opening a FIFO would wait for a writer forever, a device may never end: never read.
                problems.accept(new Problem(root.toString(), null,
                        "not a regular file (a device, FIFO or socket): not read"));
            } else if (InputFormat.of(root).isPresent()) {
                offer(root, files, problems, seen);
            } else if (!isSidecar(root)) {
                problems.accept(new Problem(root.toString(), null,
                        "not a supported input type (" + InputFormat.EXTENSIONS + ")"));
            }
        }
    }

    private static void walk(Path folder, Consumer<InputFile> files, Consumer<Problem> problems, Set<Path> seen) {
        if (!seen.add(realPath(folder))) {
            return;
        }
        List<Path> children = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            list.forEach(children::add);
        } catch (IOException | RuntimeException e) {
            problems.accept(new Problem(folder.toString(), null, "cannot list folder: " + e.getMessage()));
            return;
        }
        children.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (Path child : children) {
            if (child.getFileName().toString().startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(child)) {
                walk(child, files, problems, seen);
            } else if (Files.isRegularFile(child) && InputFormat.of(child).isPresent() && !isDocumentation(child)) {
                offer(child, files, problems, seen);
            }
        }
    }

    private static void offer(Path file, Consumer<InputFile> files, Consumer<Problem> problems, Set<Path> seen) {
        if (seen.add(realPath(file))) {
            files.accept(new InputFile(file, InputFormat.of(file).orElseThrow(), sidecarOf(file)));
        }
    }

    /**
     * The sidecar of {@code file}: {@code NAME.meta.json} beside {@code NAME.ext}, or else
     * {@code NAME.ext.meta.json}; null when neither exists.
     */
    static Path sidecarOf(Path file) {
        for (String candidate : sidecarNames(file.getFileName().toString())) {
            Path sidecar = file.resolveSibling(candidate);
            if (Files.isRegularFile(sidecar)) {
                return sidecar;
            }
        }
        return null;
    }

    /**
     * The names the sidecar of a file named {@code name} may have, the one looked for first first:
     * {@code NAME.meta.json} for {@code NAME.ext}, then {@code NAME.ext.meta.json}.
     */
    public static List<String> sidecarNames(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0
                ? List.of(name.substring(0, dot) + InputFormat.SIDECAR_SUFFIX, name + InputFormat.SIDECAR_SUFFIX)
                : List.of(name + InputFormat.SIDECAR_SUFFIX);
    }

    /**
     * A file that describes a corpus rather than belonging to it, such as the README.md beside
     * crawled articles. Named explicitly by the user, it is read like any other file.
     */
    public static boolean isDocumentation(Path file) {
        String name = file.getFileName().toString().toUpperCase(java.util.Locale.ROOT);
        int dot = name.indexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        return DOCUMENTATION.contains(stem);
    }

    private static final Set<String> DOCUMENTATION = Set.of("README", "LICENSE", "LICENCE", "COPYING", "CHANGELOG",
            "CHANGES", "NOTICE", "CONTRIBUTING", "AUTHORS");

    private static boolean isSidecar(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(java.util.Locale.ROOT).endsWith(InputFormat.SIDECAR_SUFFIX);
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
