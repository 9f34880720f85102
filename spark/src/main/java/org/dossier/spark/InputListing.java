package org.dossier.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dossier.ingest.source.InputFinder;
import org.dossier.model.Problem;

/**
 * The input files of a build, found on the driver exactly as a build finds them (the ingestor's
 * {@link InputFinder}: folders walked in name order, each file once), each with its position, and the
 * paths that cannot be read, at the positions where a build reports them.
 *
 * @param files    in build order
 * @param problems bad paths, in build order
 */
record InputListing(List<InputTask> files, List<PlacedProblem> problems) {

    InputListing {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    /** Lists {@code roots}: files and folders of the driver's file system, as the command line names them. */
    static InputListing of(List<Path> roots) {
        Objects.requireNonNull(roots, "roots");
        List<InputTask> files = new ArrayList<>();
        List<PlacedProblem> problems = new ArrayList<>();
        InputFinder.find(roots, file -> files.add(new InputTask(files.size() + problems.size(), file.label())),
                problem -> problems.add(new PlacedProblem(files.size() + problems.size(), 0, false, problem)));
        return new InputListing(files, problems);
    }
}
