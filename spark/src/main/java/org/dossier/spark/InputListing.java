package org.dossier.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
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

    /**
     * Lists {@code roots} as the command line names them: paths of the driver's file system (which
     * the executors must see alike), listed as a build lists them, and Hadoop paths ({@code hdfs://},
     * {@code file:}...), listed by {@link HadoopInputs}.
     */
    static InputListing of(List<String> roots, Configuration conf) {
        Objects.requireNonNull(roots, "roots");
        List<InputTask> files = new ArrayList<>();
        List<PlacedProblem> problems = new ArrayList<>();
        Consumer<Problem> problemSink = p -> problems.add(new PlacedProblem(files.size() + problems.size(), 0, false, p));
        if (roots.stream().noneMatch(HadoopInputs::isHadoopPath)) {
            // Exactly as a build: one walk, each file once however often it is reached.
            InputFinder.find(roots.stream().map(Path::of).toList(),
                    file -> files.add(new InputTask(files.size() + problems.size(), file.label(), false)), problemSink);
        } else {
            Set<String> seen = new HashSet<>();
            for (String root : roots) {
                if (HadoopInputs.isHadoopPath(root)) {
                    HadoopInputs.find(root, conf, seen, file -> files.add(
                            new InputTask(files.size() + problems.size(), file, true)), problemSink);
                } else {
                    InputFinder.find(List.of(Path.of(root)), file -> {
                        if (seen.add(file.label())) {
                            files.add(new InputTask(files.size() + problems.size(), file.label(), false));
                        }
                    }, problemSink);
                }
            }
        }
        return new InputListing(files, problems);
    }
}
