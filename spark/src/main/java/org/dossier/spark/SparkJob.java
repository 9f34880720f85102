package org.dossier.spark;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.dossier.pipeline.BuildListener;
import org.dossier.store.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Spark session of one {@code spark-build}: the session already running in this JVM (a test's, a
 * notebook's), else one made for the build and stopped after it.
 */
final class SparkJob {

    private static final Logger LOG = LoggerFactory.getLogger(SparkJob.class);

    private SparkJob() {
    }

    static SparkBuildReport run(String master, Path workspaceDirectory, List<String> roots, String analyses,
                           BuildListener listener) {
        SparkSession running = SparkSession.getDefaultSession().getOrElse(() -> null);
        SparkSession spark = running != null ? running : session(master);
        try (Workspace workspace = Workspace.open(workspaceDirectory)) {
            if (running != null && master != null && !master.equals(running.sparkContext().master())) {
                LOG.warn("a Spark session of master {} is running in this JVM: it builds instead of {}",
                        running.sparkContext().master(), master);
            }
            return new SparkBuild(spark).build(workspace, roots, analyses, listener);
        } finally {
            if (running == null) {
                spark.stop();
            }
        }
    }

    private static SparkSession session(String master) {
        SparkSession.Builder builder = SparkSession.builder().appName("dossier spark-build");
        if (master != null) {
            builder.master(master);
        } else if (System.getProperty("spark.master") == null) {
            builder.master("local[*]");
        }
        return builder.getOrCreate();
    }
}
