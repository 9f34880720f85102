package org.dossier.bench.clusters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.Dossier;
import org.dossier.model.DossierJson;
import org.dossier.model.Problem;
import org.dossier.pipeline.BuildListener;
import org.dossier.pipeline.BuildPipeline;
import org.dossier.pipeline.BuildReport;
import org.dossier.store.Workspace;

/**
 * The evaluations' way to what users get: the product's standard build, one build per input, into
 * one workspace, then the {@code dossier/v1} JSON export of it, as {@code dossier build} and
 * {@code dossier export --format json} make them. The analysis models are loaded once per process.
 */
public final class BuildRunner {

    /**
     * Builds each of {@code inputs} in turn, one build each, into the workspace folder
     * {@code workspace} (made if missing), then returns the workspace's {@code dossier/v1} JSON export.
     *
     * @throws IOException when the build skipped any of the input: an evaluation must score all of it
     */
    public String buildAndExport(Path workspace, List<Path> inputs, int threads) throws IOException {
        BuildPipeline pipeline = BuildPipeline.standard(threads);
        try (Workspace ws = Workspace.open(workspace)) {
            for (Path input : inputs) {
                BuildReport report = pipeline.build(ws, List.of(input), BuildListener.NONE);
                for (Problem p : report.problems()) {
                    throw new IOException("evaluation input was skipped by the build: " + p);
                }
            }
            return DossierJson.pretty(Dossier.of("1970-01-01T00:00:00Z", ws.articles(), ws.stories()));
        }
    }
}
