package org.dossier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.dossier.analyze.ArticleAnalyzer;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.model.Dossier;
import org.dossier.model.DossierJson;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Evidence;
import org.dossier.model.Problem;
import org.dossier.model.PublishedSource;
import org.dossier.store.Workspace;
import org.dossier.story.AnalyzedArticle;
import org.dossier.story.Clustering;
import org.dossier.story.StoryClusterer;
import org.dossier.story.cluster.EventClusterer;
import org.dossier.story.consolidate.StoryConsolidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline's bookkeeping with articles built in code and an analyzer that finds nothing, so
 * no model loads: what is analysed, what is stored, what is committed. The real analysis runs in
 * the end-to-end tests ({@code *IT}).
 */
class BuildPipelineTest {

    @TempDir
    Path dir;

    private final AtomicInteger analysed = new AtomicInteger();
    private final List<String> analysedIds = java.util.Collections.synchronizedList(new ArrayList<>());
    private final ArticleAnalyzer counting = article -> {
        analysed.incrementAndGet();
        analysedIds.add(article.id());
        return ArticleAnalysis.empty(article.id());
    };

    private static Article article(String id, String file) {
        return new Article(id, file, null, "Outlet " + id, "Report " + id, "en", "2031-05-13",
                PublishedSource.METADATA, "Text of report " + id + ".", null);
    }

    /** A source that hands over fixed articles and problems. */
    private static ArticleSource source(List<Article> articles, List<Problem> problems) {
        return (sink, problemSink, warningSink) -> {
            articles.forEach(sink);
            problems.forEach(problemSink);
        };
    }

    private BuildPipeline pipeline(int threads) {
        return new BuildPipeline(() -> counting, new EventClusterer(), new StoryConsolidator(), threads);
    }

    private static String export(Workspace ws) {
        return DossierJson.pretty(Dossier.of("fixed", ws.articles(), ws.stories()));
    }

    @Test
    void buildingTheSameInputTwiceAnalysesNothingAndChangesNothing() {
        List<Article> input = List.of(article("a-2", "x/2.txt"), article("a-1", "x/1.txt"));
        try (Workspace ws = Workspace.open(dir)) {
            BuildReport first = pipeline(2).build(ws, source(input, List.of()), BuildListener.NONE);
            String exported = export(ws);
            BuildReport second = pipeline(2).build(ws, source(input, List.of()), BuildListener.NONE);

            assertThat(first.committed()).isTrue();
            assertThat(first.stats().articlesAdded()).isEqualTo(2);
            assertThat(second.committed()).isFalse();
            assertThat(second.stats().articlesRead()).isEqualTo(2);
            assertThat(second.stats().articlesAdded()).isZero();
            assertThat(analysed).hasValue(2);
            assertThat(export(ws)).isEqualTo(exported);
            assertThat(ws.builds()).hasSize(1);
            assertThat(ws.articles()).extracting(Article::id).containsExactly("a-1", "a-2");
        }
    }

    @Test
    void laterInputIsTheOnlyThingAnalysedAndGetsItsStory() {
        try (Workspace ws = Workspace.open(dir)) {
            pipeline(1).build(ws, source(List.of(article("a-1", "x/1.txt")), List.of()), BuildListener.NONE);
            analysedIds.clear();
            BuildReport report = pipeline(1).build(ws,
                    source(List.of(article("a-1", "x/1.txt"), article("a-3", "y/3.txt")), List.of()), BuildListener.NONE);

            assertThat(analysedIds).containsExactly("a-3");
            assertThat(report.stats().articlesAdded()).isEqualTo(1);
            assertThat(report.stats().filesRead()).isEqualTo(2);
            assertThat(ws.storyOfArticles()).containsOnlyKeys("a-1", "a-3");
            assertThat(ws.builds()).hasSize(2);
        }
    }

    @Test
    void anArticleReadTwiceInOneInputIsStoredOnce() {
        Article a = article("a-1", "x/1.txt");
        Article copy = new Article("a-1", "x/copy-of-1.txt", null, null, null, "en", null, null, a.text(), null);
        try (Workspace ws = Workspace.open(dir)) {
            BuildReport report = pipeline(2).build(ws, source(List.of(a, copy), List.of()), BuildListener.NONE);
            assertThat(report.stats().articlesRead()).isEqualTo(2);
            assertThat(report.stats().articlesAdded()).isEqualTo(1);
            assertThat(ws.articles()).containsExactly(a);
        }
    }

    @Test
    void problemsAreReportedAsTheyComeAndStoredWithTheBuild() {
        Problem bad = new Problem("x/bad.jsonl", "3", "not a JSON object");
        List<Problem> heard = new ArrayList<>();
        BuildListener listener = new BuildListener() {
            @Override
            public void problem(Problem problem) {
                heard.add(problem);
            }
        };
        try (Workspace ws = Workspace.open(dir)) {
            BuildReport report = pipeline(1).build(ws, source(List.of(article("a-1", "x/1.txt")), List.of(bad)), listener);
            assertThat(heard).containsExactly(bad);
            assertThat(report.problems()).containsExactly(bad);
            assertThat(ws.problems(ws.builds().get(0).id())).containsExactly(bad);
        }
    }

    @Test
    void anArticleTheAnalysisFailsOnIsSkippedAsAProblemAndRetriedNextBuild() {
        AtomicInteger calls = new AtomicInteger();
        ArticleAnalyzer failsOnce = article -> {
            if (article.id().equals("a-2") && calls.getAndIncrement() == 0) {
                throw new IllegalStateException("tokeniser gave up");
            }
            return ArticleAnalysis.empty(article.id());
        };
        List<Article> input = List.of(article("a-1", "x/1.txt"), article("a-2", "x/2.txt"));
        try (Workspace ws = Workspace.open(dir)) {
            BuildPipeline pipeline = new BuildPipeline(() -> failsOnce, new EventClusterer(), new StoryConsolidator(), 2);
            BuildReport first = pipeline.build(ws, source(input, List.of()), BuildListener.NONE);
            assertThat(first.problems()).singleElement().satisfies(p -> {
                assertThat(p.source()).isEqualTo("x/2.txt");
                assertThat(p.message()).contains("tokeniser gave up");
            });
            assertThat(ws.articles()).extracting(Article::id).containsExactly("a-1");

            BuildReport second = pipeline.build(ws, source(input, List.of()), BuildListener.NONE);
            assertThat(second.problems()).isEmpty();
            assertThat(ws.articles()).extracting(Article::id).containsExactly("a-1", "a-2");
        }
    }

    @Test
    void anArticleWhoseAnalysisExhaustsTheHeapOrStackIsSkippedByPathAndTheRestStored() {
        ArticleAnalyzer failing = article -> switch (article.id()) {
            case "a-2" -> throw new OutOfMemoryError("Java heap space");
            case "a-3" -> throw new StackOverflowError();
            default -> ArticleAnalysis.empty(article.id());
        };
        List<Article> input = List.of(article("a-1", "x/1.txt"), article("a-2", "x/2.txt"), article("a-3", null),
                article("a-4", "x/4.txt"));
        try (Workspace ws = Workspace.open(dir)) {
            BuildReport report = new BuildPipeline(() -> failing, new EventClusterer(), new StoryConsolidator(), 2)
                    .build(ws, source(input, List.of()), BuildListener.NONE);

            assertThat(report.committed()).isTrue();
            assertThat(report.problems()).extracting(Problem::toString).containsExactly(
                    "x/2.txt:a-2: analysis failed: OutOfMemoryError: Java heap space",
                    "a-3: analysis failed: StackOverflowError");
            assertThat(ws.articles()).extracting(Article::id).containsExactly("a-1", "a-4");
            assertThat(ws.storyOfArticles()).containsOnlyKeys("a-1", "a-4");
        }
    }

    @Test
    void aSecondBuildOfTheWorkspaceWaitsForTheFirstSaysSoAndThenStoresItsInput() throws Exception {
        Workspace.open(dir).close();
        CountDownLatch firstAnalyses = new CountDownLatch(1);
        CountDownLatch secondWaits = new CountDownLatch(1);
        List<Path> waitedFor = Collections.synchronizedList(new ArrayList<>());
        // The first build holds the workspace inside its analysis until the second is known to wait.
        ArticleAnalyzer held = article -> {
            firstAnalyses.countDown();
            try {
                if (!secondWaits.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the second build never waited");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return ArticleAnalysis.empty(article.id());
        };
        BuildListener listener = new BuildListener() {
            @Override
            public void waitingForAnotherBuild(Path workspace) {
                waitedFor.add(workspace);
                secondWaits.countDown();
            }
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<BuildReport> first = threads.submit(() -> {
                try (Workspace ws = Workspace.open(dir)) {
                    return new BuildPipeline(() -> held, new EventClusterer(), new StoryConsolidator(), 1)
                            .build(ws, source(List.of(article("a-1", "x/1.txt")), List.of()), BuildListener.NONE);
                }
            });
            assertThat(firstAnalyses.await(60, TimeUnit.SECONDS)).as("first build analyses").isTrue();
            Future<BuildReport> second = threads.submit(() -> {
                try (Workspace ws = Workspace.open(dir)) {
                    return pipeline(1).build(ws, source(List.of(article("a-2", "x/2.txt")), List.of()), listener);
                }
            });

            assertThat(first.get(60, TimeUnit.SECONDS).problems()).isEmpty();
            assertThat(second.get(60, TimeUnit.SECONDS).committed()).isTrue();
        } finally {
            threads.shutdownNow();
        }
        assertThat(waitedFor).containsExactly(dir);
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.articles()).extracting(Article::id).containsExactly("a-1", "a-2");
            assertThat(ws.builds()).hasSize(2);
        }
    }

    @Test
    void aTextOverTheBoundIsCutWithAWarningNamingItAndStored() {
        String sentence = "The council met again. ";
        String text = sentence.repeat(BuildPipeline.MAX_TEXT_CHARS / sentence.length() + 10);
        Article big = new Article("a-big", "x/big.txt", null, null, "Big", "en", "2031-05-13",
                PublishedSource.METADATA, text, null);
        List<Problem> warnings = new ArrayList<>();
        List<Integer> analysedLengths = java.util.Collections.synchronizedList(new ArrayList<>());
        ArticleAnalyzer measuring = article -> {
            analysedLengths.add(article.text().length());
            return ArticleAnalysis.empty(article.id());
        };
        BuildListener listener = new BuildListener() {
            @Override
            public void warning(Problem warning) {
                warnings.add(warning);
            }
        };
        try (Workspace ws = Workspace.open(dir)) {
            BuildReport report = new BuildPipeline(() -> measuring, new EventClusterer(), new StoryConsolidator(), 1)
                    .build(ws, source(List.of(big, article("a-1", "x/1.txt")), List.of()), listener);

            assertThat(warnings).singleElement().satisfies(w -> {
                assertThat(w.source()).isEqualTo("x/big.txt");
                assertThat(w.message()).contains(String.valueOf(text.length())).contains("cut");
            });
            assertThat(report.problems()).isEmpty();
            assertThat(analysedLengths).contains(BuildPipeline.MAX_TEXT_CHARS);
            assertThat(ws.article("a-big").orElseThrow().text())
                    .isEqualTo(text.substring(0, BuildPipeline.MAX_TEXT_CHARS));
        }
    }

    @Test
    void aFileReadWithAChangeIsAWarningOfTheBuildNotASkip() throws java.io.IOException {
        Path input = java.nio.file.Files.createDirectories(dir.resolve("input"));
        Path file = java.nio.file.Files.writeString(input.resolve("stray.txt"),
                "The council met again on Monday.\u0007 It approved the new ferry timetable for the islands.\n");
        List<Problem> warnings = new ArrayList<>();
        List<Problem> skipped = new ArrayList<>();
        BuildListener listener = new BuildListener() {
            @Override
            public void problem(Problem problem) {
                skipped.add(problem);
            }

            @Override
            public void warning(Problem warning) {
                warnings.add(warning);
            }
        };
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            BuildReport report = pipeline(1).build(ws, List.of(input), listener);

            assertThat(skipped).isEmpty();
            assertThat(report.problems()).isEmpty();
            assertThat(warnings).singleElement().satisfies(w -> {
                assertThat(w.source()).isEqualTo(file.toString());
                assertThat(w.message()).isEqualTo("removed 1 stray control character (U+0007)");
            });
            assertThat(ws.articles()).singleElement().extracting(Article::text)
                    .isEqualTo("The council met again on Monday. It approved the new ferry timetable for the islands.");
        }
    }

    @Test
    void aTextIsNotCutInsideASurrogatePair() {
        String text = "x".repeat(BuildPipeline.MAX_TEXT_CHARS - 1) + "\uD83D\uDE00 and more";
        Article big = new Article("a-emoji", "x/emoji.txt", null, null, null, "en", null, null, text, null);
        try (Workspace ws = Workspace.open(dir)) {
            pipeline(1).build(ws, source(List.of(big), List.of()), BuildListener.NONE);
            assertThat(ws.article("a-emoji").orElseThrow().text())
                    .isEqualTo(text.substring(0, BuildPipeline.MAX_TEXT_CHARS - 1));
        }
    }

    @Test
    void aTitleOfHalfAMillionCharactersThatTheAnalysisNamesAsAPlaceIsClusteredAndStored() {
        String title = "Porto\u00E9".repeat(100_000);
        String text = title + "\n\nDelegates met there on Tuesday.";
        Article huge = new Article("a-long", "x/long.json", null, "Outlet", title, "en", "2031-05-13",
                PublishedSource.METADATA, text, null);
        ArticleAnalyzer naming = article -> article.id().equals("a-long")
                ? new ArticleAnalysis("a-long", List.of(new Entity("e-1", title, EntityType.LOCATION, List.of(),
                        List.of(), List.of(new Evidence("a-long", 0, title.length())))), List.of(), List.of(), List.of())
                : ArticleAnalysis.empty(article.id());
        try (Workspace ws = Workspace.open(dir)) {
            BuildReport report = new BuildPipeline(() -> naming, new EventClusterer(), new StoryConsolidator(), 1)
                    .build(ws, source(List.of(huge, article("a-1", "x/1.txt")), List.of()), BuildListener.NONE);
            assertThat(report.committed()).isTrue();
            assertThat(ws.article("a-long").orElseThrow().title()).isEqualTo(title);
            assertThat(ws.storyOfArticles()).containsOnlyKeys("a-long", "a-1");
        }
    }

    @Test
    void resultDoesNotDependOnTheNumberOfThreads() {
        List<Article> input = IntStream.range(0, 60).mapToObj(i -> article(String.format("a-%03d", (i * 37) % 60),
                "f/" + i + ".txt")).toList();
        String one;
        String four;
        try (Workspace ws = Workspace.open(dir.resolve("one"))) {
            pipeline(1).build(ws, source(input, List.of()), BuildListener.NONE);
            one = export(ws) + ws.storyOfArticles();
        }
        try (Workspace ws = Workspace.open(dir.resolve("four"))) {
            pipeline(4).build(ws, source(input, List.of()), BuildListener.NONE);
            four = export(ws) + ws.storyOfArticles();
        }
        assertThat(four).isEqualTo(one);
    }

    @Test
    void clustererGetsNewArticlesInInputOrderInBoundedBatches() {
        int total = BuildPipeline.CLUSTER_BATCH * 2 + 5;
        List<Article> input = IntStream.range(0, total).mapToObj(i -> article(String.format("a-%05d", total - i),
                null)).toList();
        List<List<String>> batches = new ArrayList<>();
        StoryClusterer real = new OwnStoryClusterer(Integer.MAX_VALUE);
        StoryClusterer recording = (state, added, earlier) -> {
            batches.add(added.stream().map(x -> x.article().id()).toList());
            return real.cluster(state, added, earlier);
        };
        try (Workspace ws = Workspace.open(dir)) {
            new BuildPipeline(() -> counting, recording, new StoryConsolidator(), 2)
                    .build(ws, source(input, List.of()), BuildListener.NONE);
            assertThat(batches).allSatisfy(b -> assertThat(b).hasSizeLessThanOrEqualTo(BuildPipeline.CLUSTER_BATCH));
            assertThat(batches.stream().flatMap(List::stream).toList())
                    .containsExactlyElementsOf(input.stream().map(Article::id).toList());
            assertThat(ws.storyOfArticles()).hasSize(total);
            assertThat(ws.storyCount()).isEqualTo(total);
        }
    }

    @Test
    void storiesThatLoseEveryArticleAreDeletedAndMergedOnesRewritten() {
        StoryClusterer merging = new OwnStoryClusterer(2);
        try (Workspace ws = Workspace.open(dir)) {
            new BuildPipeline(() -> counting, merging, new StoryConsolidator(), 1)
                    .build(ws, source(List.of(article("a-1", "x/1.txt")), List.of()), BuildListener.NONE);
            assertThat(ws.stories()).extracting(s -> s.id()).containsExactly("s-1");
            byte[] stateAfterFirst = ws.clustererState();

            BuildReport report = new BuildPipeline(() -> counting, merging, new StoryConsolidator(), 1)
                    .build(ws, source(List.of(article("a-2", "x/2.txt")), List.of()), BuildListener.NONE);
            assertThat(report.stats().storiesDeleted()).isEqualTo(1);
            assertThat(report.stats().storiesWritten()).isEqualTo(1);
            assertThat(ws.stories()).singleElement().satisfies(s -> {
                assertThat(s.id()).isEqualTo("s-merged");
                assertThat(s.articleIds()).containsExactly("a-1", "a-2");
            });
            assertThat(ws.storyOfArticles()).containsOnlyKeys("a-1", "a-2").containsValue("s-merged");
            assertThat(ws.article("a-2").orElseThrow().duplicateOf()).isEqualTo("a-1");
            assertThat(ws.clustererState()).isNotEqualTo(stateAfterFirst);
        }
    }

    @Test
    void aFailureWhileConsolidatingLeavesTheWorkspaceAsItWas() {
        try (Workspace ws = Workspace.open(dir)) {
            pipeline(1).build(ws, source(List.of(article("a-1", "x/1.txt")), List.of()), BuildListener.NONE);
            String before = export(ws);
            BuildPipeline failing = new BuildPipeline(() -> counting, new EventClusterer(), (id, members) -> {
                throw new IllegalStateException("consolidation bug");
            }, 1);
            assertThatThrownBy(() -> failing.build(ws, source(List.of(article("a-2", "x/2.txt")), List.of()),
                    BuildListener.NONE)).hasMessageContaining("consolidation bug");
            assertThat(export(ws)).isEqualTo(before);
            assertThat(ws.builds()).hasSize(1);
        }
    }

    @Test
    void storiesOfAnEarlierClustererAreClusteredAgainBeforeTheNewArticles() {
        try (Workspace ws = Workspace.open(dir)) {
            // The first build's clusterer writes a state the next one cannot go on from.
            new BuildPipeline(() -> counting, new OwnStoryClusterer(Integer.MAX_VALUE), new StoryConsolidator(), 1)
                    .build(ws, source(List.of(article("a-1", "1.txt"), article("a-2", "2.txt")), List.of()),
                            BuildListener.NONE);
            assertThat(ws.storyOfArticles()).containsEntry("a-1", "s-1").containsEntry("a-2", "s-2");

            List<List<String>> calls = new ArrayList<>();
            EventClusterer real = new EventClusterer();
            StoryClusterer next = new StoryClusterer() {
                @Override
                public Clustering cluster(byte[] state, List<AnalyzedArticle> added,
                                          Function<String, Optional<AnalyzedArticle>> earlier) {
                    calls.add(added.stream().map(a -> a.article().id()).toList());
                    return real.cluster(state, added, earlier);
                }

                @Override
                public boolean continuesFrom(byte[] state) {
                    return real.continuesFrom(state);
                }
            };
            AtomicInteger reclustered = new AtomicInteger(-1);
            BuildListener listener = new BuildListener() {
                @Override
                public void reclustering(int storedArticles) {
                    reclustered.set(storedArticles);
                }
            };
            BuildReport report = new BuildPipeline(() -> counting, next, new StoryConsolidator(), 1)
                    .build(ws, source(List.of(article("a-3", "3.txt")), List.of()), listener);

            assertThat(report.committed()).isTrue();
            assertThat(reclustered).hasValue(2);
            assertThat(calls).containsExactly(List.of("a-1", "a-2"), List.of("a-3"));
            assertThat(ws.storyOfArticles()).containsOnlyKeys("a-1", "a-2", "a-3");
            assertThat(real.continuesFrom(ws.clustererState())).isTrue();
            // Every story is one the new clusterer wrote, and none of the old ones is left behind.
            assertThat(ws.stories()).extracting(org.dossier.model.Story::id)
                    .containsExactlyInAnyOrderElementsOf(new java.util.TreeSet<>(ws.storyOfArticles().values()));
        }
    }

    @Test
    void articlesAnalysedElsewhereBuildTheSameWorkspaceAndLoadNoAnalyzer() {
        List<Article> input = IntStream.range(0, 40).mapToObj(i -> article(String.format("a-%03d", (i * 13) % 40),
                "f/" + i + ".txt")).toList();
        String built;
        try (Workspace ws = Workspace.open(dir.resolve("built"))) {
            pipeline(1).build(ws, source(input, List.of()), BuildListener.NONE);
            built = export(ws);
        }
        BuildPipeline neverAnalysing = new BuildPipeline(() -> {
            throw new AssertionError("the analyzer of a build of analysed articles was loaded");
        }, new EventClusterer(), new StoryConsolidator(), 1);
        AnalysedSource analysedElsewhere = (sink, problems, warnings) -> input.forEach(a -> sink.accept(
                new AnalyzedArticle(a, counting.analyze(BuildPipeline.asAnalysed(a)))));
        try (Workspace ws = Workspace.open(dir.resolve("analysed"))) {
            BuildReport report = neverAnalysing.buildAnalysed(ws, analysedElsewhere, BuildListener.NONE);
            assertThat(report.stats().articlesAdded()).isEqualTo(40);
            assertThat(export(ws)).isEqualTo(built);
            assertThat(ws.stories()).isNotEmpty();
        }
    }

    @Test
    void anArticleAsAnalysedHasNoClaimedDuplicateAndABoundedText() {
        String text = "y".repeat(BuildPipeline.MAX_TEXT_CHARS + 5);
        Article big = new Article("a-big", "x/big.txt", null, null, null, "en", null, null, text, "a-other");
        Article analysed = BuildPipeline.asAnalysed(big);
        assertThat(analysed.duplicateOf()).isNull();
        assertThat(analysed.text()).hasSize(BuildPipeline.MAX_TEXT_CHARS);
        assertThat(BuildPipeline.asAnalysed(article("a-1", "x/1.txt"))).isEqualTo(article("a-1", "x/1.txt"));
    }
}
