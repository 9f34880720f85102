package org.dossier.bench.clusters;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Feeds article objects to the product's build as users would: each batch written as one
 * {@code .jsonl} input file in a temporary folder, built in turn into one workspace by the
 * {@link BuildRunner}, then exported. The objects' {@code url} is how a caller finds its articles
 * again in the export. The temporary folder is removed afterwards.
 */
public final class BuildInputs {

    private BuildInputs() {
    }

    /**
     * The {@code dossier/v1} JSON export of a workspace built from {@code batches}, one build per
     * batch; the workspace is kept in {@code keep} when it is not null, else removed.
     */
    public static String buildAndExport(List<List<ObjectNode>> batches, Path keep, int threads) throws IOException {
        Path work = Files.createTempDirectory("dossier-eval-build");
        try {
            List<Path> inputs = new ArrayList<>();
            for (int i = 0; i < batches.size(); i++) {
                Path file = work.resolve(String.format("input/%05d.jsonl", i));
                writeJsonLines(file, batches.get(i));
                inputs.add(file);
            }
            Path workspace = keep != null ? keep : work.resolve("workspace");
            return new BuildRunner().buildAndExport(workspace, inputs, threads);
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Writes {@code objects} as one {@code .jsonl} file, in order. */
    public static void writeJsonLines(Path file, List<ObjectNode> objects) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (ObjectNode object : objects) {
                out.write(json.writeValueAsString(object));
                out.newLine();
            }
        }
    }
}
