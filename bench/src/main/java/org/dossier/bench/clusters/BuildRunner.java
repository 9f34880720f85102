package org.dossier.bench.clusters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The product's {@code build} and {@code export --format json}, for evaluations that measure what
 * users get. The command-line module provides it (found with {@link java.util.ServiceLoader}), so
 * this module does not depend on it.
 */
public interface BuildRunner {

    /**
     * Builds each of {@code inputs} in turn, one build each, into the workspace folder
     * {@code workspace} (made if missing), then returns the workspace's {@code dossier/v1} JSON export.
     */
    String buildAndExport(Path workspace, List<Path> inputs, int threads) throws IOException;

    /** The runner on the class path. */
    static BuildRunner find() {
        return java.util.ServiceLoader.load(BuildRunner.class).findFirst().orElseThrow(() -> new IllegalStateException(
                "no build runner on the class path: run the evaluation through bin/dossier"));
    }
}
