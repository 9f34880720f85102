package org.dossier.spark;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.model.DossierJson;
import org.dossier.model.Problem;
import org.dossier.pipeline.AnalysedSource;
import org.dossier.pipeline.BuildListener;
import org.dossier.pipeline.BuildPipeline;
import org.dossier.pipeline.BuildReport;
import org.dossier.store.Workspace;
import org.dossier.story.AnalyzedArticle;

import static org.apache.spark.sql.functions.col;

/**
 * A build on Spark: the driver lists the input files as a build does; the executors read them,
 * clean the articles and analyse them ({@link ExecutorAnalysis}); the analyses are written as
 * Parquet; then the driver hands them, in the build's input order, to the pipeline, which clusters,
 * consolidates and writes the workspace as {@code build} does. On the same input the workspace
 * holds the same articles and stories as after {@code build}.
 *
 * <p>Two Parquet datasets are written under the analyses folder: {@value #ARTICLES} (one row per
 * article read: {@code position}, {@code rank}, {@code article_id}, {@code article} and
 * {@code analysis} as the product's JSON) and {@value #PROBLEMS} (inputs skipped, warnings and
 * failed analyses, placed the same way). Not thread-safe; one build at a time per workspace, as for
 * {@code build}.
 */
public final class SparkBuild {

    /** The dataset of analysed articles under the analyses folder. */
    public static final String ARTICLES = "articles";
    /** The dataset of problems and warnings under the analyses folder. */
    public static final String PROBLEMS = "problems";

    /** Files handed to one task: small enough to spread a few thousand files over every core. */
    private static final int TASKS_PER_CORE = 4;

    private final SparkSession spark;

    public SparkBuild(SparkSession spark) {
        this.spark = Objects.requireNonNull(spark, "spark");
    }

    /**
     * Builds {@code roots} (paths every node sees alike, or Hadoop paths) into {@code workspace}, the
     * analyses written under {@code analyses} (any Hadoop path; replaced if present).
     */
    public SparkBuildReport build(Workspace workspace, List<String> roots, String analyses, BuildListener listener) {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(analyses, "analyses");
        Objects.requireNonNull(listener, "listener");
        long start = System.nanoTime();
        InputListing listing = InputListing.of(roots, spark.sparkContext().hadoopConfiguration());
        analyse(listing.files(), analyses);
        long analysed = System.nanoTime();
        Dataset<Row> articles = spark.read().parquet(dataset(analyses, ARTICLES)).orderBy("position", "rank");
        Dataset<Row> problems = spark.read().parquet(dataset(analyses, PROBLEMS)).orderBy("position", "rank");
        AnalysedSource source = (articleSink, problemSink, warningSink) -> merge(articles.toLocalIterator(),
                problems.toLocalIterator(), listing.problems(), articleSink, problemSink, warningSink);
        BuildReport report = BuildPipeline.standard(1).buildAnalysed(workspace, source, listener);
        return new SparkBuildReport(report, listing.files().size(), (analysed - start) / 1e9,
                (System.nanoTime() - analysed) / 1e9);
    }

    /** Reads and analyses {@code files} on the executors and writes both datasets. */
    private void analyse(List<InputTask> files, String analyses) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int slices = Math.max(1, Math.min(files.size(), context.defaultParallelism() * TASKS_PER_CORE));
        JavaRDD<Row> rows = context.parallelize(files, slices).mapPartitions(ExecutorAnalysis::rows);
        Dataset<Row> all = spark.createDataFrame(rows, ExecutorAnalysis.SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            all.filter(col("kind").equalTo(ExecutorAnalysis.ARTICLE))
                    .select("position", "rank", "article_id", "article", "analysis")
                    .write().mode(SaveMode.Overwrite).parquet(dataset(analyses, ARTICLES));
            all.filter(col("kind").notEqual(ExecutorAnalysis.ARTICLE))
                    .select("position", "rank", "kind", "article_id", "article", "source", "where", "message")
                    .write().mode(SaveMode.Overwrite).parquet(dataset(analyses, PROBLEMS));
        } finally {
            all.unpersist();
        }
    }

    private static String dataset(String analyses, String name) {
        return analyses.endsWith("/") ? analyses + name : analyses + "/" + name;
    }

    /**
     * Hands the articles, the problems of the executors and those of the listing to the sinks in one
     * order, that of a build: by position, then rank.
     */
    private static void merge(Iterator<Row> articles, Iterator<Row> executorProblems, List<PlacedProblem> listed,
                              Consumer<AnalyzedArticle> articleSink, Consumer<Problem> problemSink,
                              Consumer<Problem> warningSink) {
        PlacedRows problems = new PlacedRows(executorProblems, listed.iterator());
        Row article = next(articles);
        PlacedProblem problem = problems.next();
        while (article != null || problem != null) {
            if (problem == null || article != null && before(article, problem)) {
                articleSink.accept(new AnalyzedArticle(DossierJson.read(article.getAs("article"), Article.class),
                        DossierJson.read(article.getAs("analysis"), ArticleAnalysis.class)));
                article = next(articles);
            } else {
                (problem.warning() ? warningSink : problemSink).accept(problem.problem());
                problem = problems.next();
            }
        }
    }

    private static boolean before(Row article, PlacedProblem problem) {
        int position = article.getAs("position");
        int rank = article.getAs("rank");
        return position != problem.position() ? position < problem.position() : rank < problem.rank();
    }

    private static Row next(Iterator<Row> rows) {
        return rows.hasNext() ? rows.next() : null;
    }

    /** The problems of the executors and of the listing as one sequence, by position then rank. */
    private static final class PlacedRows {

        private final Iterator<Row> rows;
        private final Iterator<PlacedProblem> listed;
        private PlacedProblem row;
        private PlacedProblem list;

        PlacedRows(Iterator<Row> rows, Iterator<PlacedProblem> listed) {
            this.rows = rows;
            this.listed = listed;
            this.row = fromRow();
            this.list = listed.hasNext() ? listed.next() : null;
        }

        PlacedProblem next() {
            PlacedProblem taken;
            if (row != null && (list == null || row.position() < list.position())) {
                taken = row;
                row = fromRow();
            } else {
                taken = list;
                list = listed.hasNext() ? listed.next() : null;
            }
            return taken;
        }

        private PlacedProblem fromRow() {
            if (!rows.hasNext()) {
                return null;
            }
            Row r = rows.next();
            String kind = r.getAs("kind");
            int position = r.getAs("position");
            int rank = r.getAs("rank");
            if (ExecutorAnalysis.FAILED.equals(kind)) {
                // Worded and placed as a build reports an analysis that failed.
                Article article = DossierJson.read(r.getAs("article"), Article.class);
                return new PlacedProblem(position, rank, false, new Problem(
                        article.file() == null ? article.id() : article.file(),
                        article.file() == null ? null : article.id(), "analysis failed: " + r.getAs("message")));
            }
            return new PlacedProblem(position, rank, ExecutorAnalysis.WARNING.equals(kind),
                    new Problem(r.getAs("source"), r.getAs("where"), r.getAs("message")));
        }
    }
}
