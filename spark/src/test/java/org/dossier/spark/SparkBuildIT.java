package org.dossier.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dossier.app.Main;
import org.dossier.store.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code spark-build --master local[2]} against {@code build} on the same input, through the
 * command line in process: the five seed articles and fifty PolNeAR news texts, read in place, and a
 * feed with a bad line. Both builds run once, up front, in one Spark session for the class.
 */
class SparkBuildIT {

    private static final int POLNEAR_TEXTS = 50;

    @TempDir
    static Path tmp;

    static SparkSession spark;
    static List<Object> inputs = new ArrayList<>();
    static Run built;
    static Run sparkBuilt;
    static Path sparkWorkspace;
    static Path seeds;
    static Run seedsFromHadoopPath;

    /** One in-process run of the command line. */
    record Run(int code, String out, String err) {

        static Run of(Object... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
                    Stream.of(args).map(String::valueOf).toArray(String[]::new));
            return new Run(code, out.toString(), err.toString());
        }
    }

    @BeforeAll
    static void buildBothWays() throws IOException {
        Path shared = Path.of(System.getProperty("dossier.shared", "../../shared"));
        seeds = shared.resolve("seeds");
        Path polnear = shared.resolve("bench/polnear/dev/text");
        if (!(Files.isDirectory(seeds) && Files.isDirectory(polnear)) && System.getenv("CI") == null) {
            Assumptions.abort("no shared seeds or PolNeAR texts under " + shared + " (set -Ddossier.shared)");
        }
        assertThat(seeds).as("the shared seed articles").isDirectory();
        assertThat(polnear).as("the shared PolNeAR dev texts").isDirectory();
        inputs.add(seeds);
        try (Stream<Path> texts = Files.list(polnear)) {
            texts.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().limit(POLNEAR_TEXTS)
                    .forEach(inputs::add);
        }
        Path feed = tmp.resolve("feed");
        Files.createDirectories(feed);
        Files.writeString(feed.resolve("wire.jsonl"), """
                {"outlet": "Wire", "title": "Ferry timetable approved", "published": "2031-05-13", "language": "en", \
                "text": "The island council approved the new ferry timetable on Monday after a long debate."}
                {"outlet": "Wire", "title": "broken
                """, StandardCharsets.UTF_8);
        inputs.add(feed);

        spark = SparkSession.builder().master("local[2]").appName("spark-build test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        built = Run.of(args(tmp.resolve("built"), "build"));
        sparkWorkspace = tmp.resolve("spark-built");
        List<Object> sparkArgs = new ArrayList<>(List.of(args(sparkWorkspace, "spark-build")));
        sparkArgs.addAll(List.of("--master", "local[2]"));
        sparkBuilt = Run.of(sparkArgs.toArray());
        Run.of("--workspace", tmp.resolve("seeds-built"), "build", seeds);
        seedsFromHadoopPath = Run.of("--workspace", tmp.resolve("seeds-hadoop"), "spark-build",
                seeds.toAbsolutePath().toUri(), "--master", "local[2]");
    }

    private static Object[] args(Path workspace, String command) {
        List<Object> args = new ArrayList<>(List.of("--workspace", workspace, command));
        args.addAll(inputs);
        return args.toArray();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void sparkBuildGivesTheExportOfBuildApartFromWhenItWasMade() {
        String fromBuild = export(tmp.resolve("built"));
        String fromSpark = export(sparkWorkspace);
        assertThat(fromBuild).contains("\"stories\"").contains("\"articles\"");
        assertThat(fromSpark).isEqualTo(fromBuild);
    }

    @Test
    void sparkBuildStoresTheStoriesOfBuild() {
        try (Workspace b = Workspace.openReadOnly(tmp.resolve("built"));
             Workspace s = Workspace.openReadOnly(sparkWorkspace)) {
            assertThat(b.articleCount()).isEqualTo(5 + POLNEAR_TEXTS + 1);
            assertThat(s.storyOfArticles()).isEqualTo(b.storyOfArticles());
            assertThat(s.stories()).isEqualTo(b.stories());
        }
    }

    @Test
    void bothReportTheBadLineOfTheFeedAndExitThree() {
        assertThat(built.code()).as(built.err()).isEqualTo(3);
        assertThat(sparkBuilt.code()).as(sparkBuilt.err()).isEqualTo(3);
        assertThat(skipped(sparkBuilt.err())).isNotEmpty().isEqualTo(skipped(built.err()));
        assertThat(sparkBuilt.out()).contains("read 56 articles from 56 files: 56 new");
    }

    @Test
    void aHadoopPathIsReadAsTheSameFolderAndGivesTheSameStoriesItsFilesLabelledByTheirUri() {
        assertThat(seedsFromHadoopPath.code()).as(seedsFromHadoopPath.err()).isZero();
        try (Workspace local = Workspace.openReadOnly(tmp.resolve("seeds-built"));
             Workspace hadoop = Workspace.openReadOnly(tmp.resolve("seeds-hadoop"))) {
            assertThat(hadoop.articleCount()).isEqualTo(5);
            assertThat(hadoop.storyOfArticles()).isEqualTo(local.storyOfArticles());
            assertThat(hadoop.articles()).allSatisfy(a -> {
                assertThat(a.file()).startsWith("file:/").endsWith(Path.of(local.article(a.id()).orElseThrow().file())
                        .getFileName().toString());
                assertThat(a.text()).isEqualTo(local.article(a.id()).orElseThrow().text());
            });
        }
    }

    @Test
    void theAnalysesAreParquetWithOneRowPerArticle() {
        Path articles = sparkWorkspace.resolve("analyses").resolve(SparkBuild.ARTICLES);
        assertThat(articles.resolve("_SUCCESS")).isRegularFile();
        Dataset<Row> rows = spark.read().parquet(articles.toUri().toString());
        assertThat(rows.count()).isEqualTo(5 + POLNEAR_TEXTS + 1);
        assertThat(rows.select("article_id").distinct().count()).isEqualTo(rows.count());
        Row first = rows.orderBy("position", "rank").first();
        assertThat((String) first.getAs("analysis")).contains("\"articleId\":\"" + first.getAs("article_id") + "\"");
        assertThat((String) first.getAs("article")).contains("seeds");
    }

    private static String export(Path workspace) {
        Run export = Run.of("--workspace", workspace, "export", "--format", "json");
        assertThat(export.code()).as(export.err()).isZero();
        return export.out().replaceFirst("\"generatedAt\" : \"[^\"]*\"", "");
    }

    private static List<String> skipped(String err) {
        return err.lines().filter(l -> l.startsWith("skipped ")).toList();
    }
}
