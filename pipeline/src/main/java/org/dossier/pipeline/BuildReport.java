package org.dossier.pipeline;

import java.util.List;
import java.util.Objects;
import org.dossier.model.Problem;
import org.dossier.store.BuildStats;

/**
 * The outcome of a build.
 *
 * @param committed       false when the build changed nothing, so nothing was recorded
 * @param problems        every input skipped, in the order reported
 * @param storiesWritten  the ids of the stories the build wrote (new, grown, or with new related stories), sorted
 * @param storiesDeleted  the ids of the stories the build removed, sorted
 */
public record BuildReport(boolean committed, BuildStats stats, List<Problem> problems, List<String> storiesWritten,
                          List<String> storiesDeleted) {

    public BuildReport {
        Objects.requireNonNull(stats, "stats");
        problems = List.copyOf(problems);
        storiesWritten = List.copyOf(storiesWritten);
        storiesDeleted = List.copyOf(storiesDeleted);
    }
}
