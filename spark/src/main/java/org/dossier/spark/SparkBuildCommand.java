package org.dossier.spark;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.model.Problem;
import org.dossier.pipeline.BuildListener;
import org.dossier.pipeline.BuildReport;
import org.dossier.store.BuildStats;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier spark-build PATH... --master local[N]|URL}: {@code build} on Spark. This class names
 * no Spark type in a field or a signature, so the command line can list it without Spark on the class
 * path; Spark is loaded when it runs.
 */
@Command(name = "spark-build", mixinStandardHelpOptions = true,
        description = {"Builds like `build`, on Spark: the executors read and analyse the articles and write the "
                + "analyses as Parquet; the driver then clusters, consolidates and stores them in the workspace.",
                "On the same input the workspace gets the same stories and export as with `build`.",
                "Spark is not shipped: bin/dossier adds it from the local Maven repository, spark-submit from the "
                        + "cluster."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all input read", "1:failure", "2:wrong usage",
                "3:some input skipped (each listed on standard error with its path and line)"})
public final class SparkBuildCommand implements Callable<Integer> {

    /** The exit code of a build that skipped some input, as for {@code build}. */
    static final int EXIT_SKIPPED = 3;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files and folders to read: Hadoop paths "
            + "(hdfs://..., file:///...), or paths of the driver's file system that every executor sees alike")
    private List<String> paths;

    @Option(names = "--master", paramLabel = "local[N]|URL",
            description = "the Spark master (default: the one spark-submit sets, else local[*])")
    private String master;

    @Option(names = "--analyses", paramLabel = "PATH",
            description = "where the Parquet analyses go, any Hadoop path (default: analyses/ in the workspace)")
    private String analyses;

    @Override
    public Integer call() {
        for (String path : paths) {
            if (!HadoopInputs.isHadoopPath(path) && !Files.exists(Path.of(path))) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file or folder: " + path);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path directory = workspaceDirectory();
        String target = analyses != null ? analyses : directory.toAbsolutePath().resolve("analyses").toUri().toString();
        long start = System.nanoTime();
        SparkBuildReport run = SparkJob.run(master, directory, paths, target, new BuildListener() {
            @Override
            public void problem(Problem problem) {
                err.println("skipped " + problem);
            }

            @Override
            public void warning(Problem warning) {
                err.println("warning: " + warning);
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        BuildReport report = run.build();
        BuildStats s = report.stats();
        // Worded as build's summary, so scripts read both alike.
        out.printf(Locale.ROOT, "read %d article%s from %d file%s: %d new, %d already known; %d stor%s written,"
                        + " %d removed; %d skipped%n", s.articlesRead(), s.articlesRead() == 1 ? "" : "s",
                s.filesRead(), s.filesRead() == 1 ? "" : "s", s.articlesAdded(), s.articlesRead() - s.articlesAdded(),
                s.storiesWritten(), s.storiesWritten() == 1 ? "y" : "ies", s.storiesDeleted(), s.problems());
        out.printf(Locale.ROOT, "spark-build: %.1f s, %.2f articles/s: %.1f s to list, read, analyse and write the"
                        + " analyses (%s), %.1f s to cluster, consolidate and store on the driver%n", seconds,
                s.articlesRead() / seconds, run.executorSeconds(), target, run.driverSeconds());
        return report.problems().isEmpty() ? 0 : EXIT_SKIPPED;
    }

    /**
     * The workspace option the command line gives every command (inherited from it, so read through
     * the model), else {@code $DOSSIER_WORKSPACE}, else the command line's default.
     */
    private Path workspaceDirectory() {
        CommandLine.Model.OptionSpec option = spec.findOption("--workspace");
        Object given = option == null ? null : option.getValue();
        if (given != null) {
            return (Path) given;
        }
        String env = System.getenv("DOSSIER_WORKSPACE");
        return Path.of(env == null || env.isBlank() ? "dossier-data" : env);
    }
}
