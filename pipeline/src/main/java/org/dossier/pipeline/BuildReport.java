package org.dossier.pipeline;

import java.util.List;
import java.util.Objects;
import org.dossier.model.Problem;
import org.dossier.store.BuildStats;

/**
 * The outcome of a build.
 *
 * @param committed false when the build changed nothing, so nothing was recorded
 * @param problems  every input skipped, in the order reported
 */
public record BuildReport(boolean committed, BuildStats stats, List<Problem> problems) {

    public BuildReport {
        Objects.requireNonNull(stats, "stats");
        problems = List.copyOf(problems);
    }
}
