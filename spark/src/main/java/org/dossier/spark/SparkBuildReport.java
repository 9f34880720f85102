package org.dossier.spark;

import java.util.Objects;
import org.dossier.pipeline.BuildReport;

/**
 * The outcome of a build on Spark: the pipeline's report and where the time went.
 *
 * @param files               input files the executors read
 * @param executorSeconds     listing on the driver, then reading, analysing and writing the Parquet on the
 *                            executors
 * @param driverSeconds       reading the analyses back in order, clustering, consolidating and writing
 *                            the workspace, on the driver
 */
public record SparkBuildReport(BuildReport build, int files, double executorSeconds, double driverSeconds) {

    public SparkBuildReport {
        Objects.requireNonNull(build, "build");
    }
}
