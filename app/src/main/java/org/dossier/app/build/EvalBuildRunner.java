package org.dossier.app.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dossier.bench.clusters.BuildRunner;
import org.dossier.model.Dossier;
import org.dossier.model.DossierJson;
import org.dossier.model.Problem;
import org.dossier.pipeline.BuildListener;
import org.dossier.pipeline.BuildPipeline;
import org.dossier.pipeline.BuildReport;
import org.dossier.store.Workspace;

/**
 * The evaluations' way to what users get: the product's standard build, one build per input,
 * into one workspace, then the {@code dossier/v1} JSON export of it, as {@code dossier build} and
 * {@code dossier export --format json} make them. The analysis models are loaded once.
 */
public final class EvalBuildRunner implements BuildRunner {

    @Override
    public String buildAndExport(Path workspaceDirectory, List<Path> inputs, int threads) throws IOException {
        BuildPipeline pipeline = BuildPipeline.standard(threads);
        try (Workspace workspace = Workspace.open(workspaceDirectory)) {
            for (Path input : inputs) {
                BuildReport report = pipeline.build(workspace, List.of(input), new BuildListener() {
                });
                for (Problem p : report.problems()) {
                    throw new IOException("evaluation input was skipped by the build: " + p);
                }
            }
            return DossierJson.pretty(Dossier.of("1970-01-01T00:00:00Z", workspace.articles(), workspace.stories()));
        }
    }
}
