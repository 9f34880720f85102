package org.dossier.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileUtil;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dossier.analyze.Analyzers;
import org.dossier.analyze.ArticleAnalyzer;
import org.dossier.ingest.Ingestor;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.model.DossierJson;
import org.dossier.model.Problem;
import org.dossier.pipeline.BuildPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an executor does with its input files: reads each with the product's ingestor and analyses
 * every article with the product's analysis, as a build would ({@link BuildPipeline#asAnalysed}).
 * The models load once per executor JVM, on the first article, and serve every task of that JVM
 * (the analyzer is thread-safe). Each row is an article with its analysis, or a problem or warning
 * of the input, placed by its file's position and its rank within the file.
 */
final class ExecutorAnalysis {

    /** A row's kind: an article analysed, an article whose analysis failed, an input skipped, a warning. */
    static final String ARTICLE = "article";
    static final String FAILED = "failed";
    static final String PROBLEM = "problem";
    static final String WARNING = "warning";

    /** The rows of every kind; articles fill the article columns, the others the problem columns. */
    static final StructType SCHEMA = new StructType()
            .add("position", DataTypes.IntegerType, false)
            .add("rank", DataTypes.IntegerType, false)
            .add("kind", DataTypes.StringType, false)
            .add("article_id", DataTypes.StringType, true)
            .add("article", DataTypes.StringType, true)
            .add("analysis", DataTypes.StringType, true)
            .add("source", DataTypes.StringType, true)
            .add("where", DataTypes.StringType, true)
            .add("message", DataTypes.StringType, true);

    private static final Logger LOG = LoggerFactory.getLogger(ExecutorAnalysis.class);
    private static final Ingestor INGESTOR = new Ingestor();

    private ExecutorAnalysis() {
    }

    /** The analyzer of this JVM, loaded on first use. */
    private static final class Models {
        static final ArticleAnalyzer ANALYZER = Analyzers.standard();
    }

    /** The rows of every file of one partition, in order. */
    static Iterator<Row> rows(Iterator<InputTask> tasks) {
        List<Row> rows = new ArrayList<>();
        tasks.forEachRemaining(task -> rows.addAll(rows(task)));
        return rows.iterator();
    }

    /** The rows of one file, in the order the ingestor yields them. */
    static List<Row> rows(InputTask task) {
        List<Row> rows = new ArrayList<>();
        if (!task.hadoop()) {
            read(Path.of(task.file()), task, rows);
            return rows;
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("dossier-input-");
            read(HadoopInputs.fetch(task.file(), new Configuration(), folder), task, rows);
        } catch (IOException | UncheckedIOException e) {
            rows.add(problem(task.position(), rows.size(), PROBLEM, new Problem(task.file(), null,
                    "cannot read: " + (e.getCause() == null ? e : e.getCause()).getMessage())));
        } finally {
            if (folder != null) {
                FileUtil.fullyDelete(folder.toFile());
            }
        }
        return rows;
    }

    /** Reads {@code file}, the task's file or its local copy, labelling what it yields with the task's file. */
    private static void read(Path file, InputTask task, List<Row> rows) {
        String local = file.toString();
        INGESTOR.read(List.of(file),
                article -> rows.add(analysed(task.position(), rows.size(), labelled(article, task.file()))),
                problem -> rows.add(problem(task.position(), rows.size(), PROBLEM, labelled(problem, local, task.file()))),
                warning -> rows.add(problem(task.position(), rows.size(), WARNING, labelled(warning, local, task.file()))));
    }

    private static Article labelled(Article a, String file) {
        return file.equals(a.file()) ? a : new Article(a.id(), file, a.url(), a.outlet(), a.title(), a.language(),
                a.published(), a.publishedSource(), a.text(), a.duplicateOf());
    }

    private static Problem labelled(Problem p, String local, String file) {
        return local.equals(p.source()) ? new Problem(file, p.where(), p.message()) : p;
    }

    private static Row analysed(int position, int rank, Article article) {
        String articleJson = DossierJson.compact(article);
        try {
            ArticleAnalysis analysis = Models.ANALYZER.analyze(BuildPipeline.asAnalysed(article));
            return RowFactory.create(position, rank, ARTICLE, article.id(), articleJson,
                    DossierJson.compact(analysis), null, null, null);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // As in a build: one odd article is reported and skipped, the rest go on.
            LOG.warn("analysis of {} failed", article.id(), e);
            String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return RowFactory.create(position, rank, FAILED, article.id(), articleJson, null, null, null, reason);
        }
    }

    private static Row problem(int position, int rank, String kind, Problem problem) {
        return RowFactory.create(position, rank, kind, null, null, null, problem.source(), problem.where(),
                problem.message());
    }
}
