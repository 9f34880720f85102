package org.dossier.spark;

import java.util.Objects;
import org.dossier.model.Problem;

/**
 * A problem or warning with its place in the order a build reports it: the position of its input
 * file and its rank among what that file yielded.
 *
 * @param warning true for an input read with a change, false for an input skipped
 */
record PlacedProblem(int position, int rank, boolean warning, Problem problem) {

    PlacedProblem {
        Objects.requireNonNull(problem, "problem");
    }
}
