package org.dossier.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dossier.analyze.Analyzers;
import org.dossier.analyze.ArticleAnalyzer;
import org.dossier.ingest.Ingestor;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.model.Problem;
import org.dossier.model.RelatedStory;
import org.dossier.model.Story;
import org.dossier.store.BuildStats;
import org.dossier.store.BuildTransaction;
import org.dossier.store.Workspace;
import org.dossier.story.AnalyzedArticle;
import org.dossier.story.Clustering;
import org.dossier.story.Consolidator;
import org.dossier.story.StoryClusterer;
import org.dossier.story.cluster.EventClusterer;
import org.dossier.story.consolidate.StoryConsolidator;
import org.dossier.story.related.RelatedStoryFinder;
import org.dossier.story.related.StoryProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One build of a workspace: read the input (an {@link ArticleSource}: files and folders, or
 * articles already read), skip articles already stored, analyse the new ones in parallel,
 * cluster them into stories, set near-duplicates, consolidate every story whose membership
 * changed, and commit it all as one transaction. Building the same input twice
 * changes nothing (and then records nothing).
 *
 * <p>Memory stays bounded on any input: at most {@code 4 x threads} articles are being analysed at
 * once, and the clusterer receives the new articles in consecutive batches of
 * {@value #CLUSTER_BATCH} (in input order; a fixed size, so the result does not depend on the
 * number of cores). When stories changed, the related stories of every story are found again at
 * the end (a story that did not change may gain or lose a related one), from small per-story
 * profiles, and the stories whose list changed are rewritten. Everything written is ordered by input order or by id, so the same input
 * gives the same workspace.
 *
 * <p>Not thread-safe: one build at a time per instance. A build of a workspace another build (of
 * this process or another) is writing waits for it to end, and says so to its listener. Bad input
 * and articles the analysis fails on are reported as problems and skipped; a failure of the store
 * is a {@link org.dossier.store.StoreException} and leaves the workspace as it was.
 */
public final class BuildPipeline {

    /**
     * New articles handed to the clusterer at a time. A caller that builds a stream of articles in
     * batches of this size, in input order, gets the stories one build of them all gives.
     */
    public static final int CLUSTER_BATCH = 1_000;

    /**
     * Characters of an article's text that are analysed and stored; a longer text is cut there (never
     * inside a surrogate pair) with a warning naming the article, so one huge input cannot exhaust
     * the heap of the analysis. The article is stored, so the cut is not a skip.
     */
    public static final int MAX_TEXT_CHARS = 1_000_000;

    private static final Logger LOG = LoggerFactory.getLogger(BuildPipeline.class);

    private final Supplier<ArticleAnalyzer> analyzer;
    private final StoryClusterer clusterer;
    private final Consolidator consolidator;
    private final int threads;
    private final Ingestor ingestor = new Ingestor();
    private final RelatedStoryFinder relatedFinder = new RelatedStoryFinder();

    /**
     * @param analyzer created on first need, so a build with nothing new never loads the models
     * @param threads  articles analysed at once
     */
    public BuildPipeline(Supplier<ArticleAnalyzer> analyzer, StoryClusterer clusterer, Consolidator consolidator,
                         int threads) {
        this.analyzer = memoize(Objects.requireNonNull(analyzer, "analyzer"));
        this.clusterer = Objects.requireNonNull(clusterer, "clusterer");
        this.consolidator = Objects.requireNonNull(consolidator, "consolidator");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
    }

    /** The product's pipeline: the standard analysis, the event clusterer and consolidator. */
    public static BuildPipeline standard(int threads) {
        return new BuildPipeline(Analyzers::standard, new EventClusterer(), new StoryConsolidator(), threads);
    }

    /** Builds the files and folders {@code roots}, as the ingestor reads them, into {@code workspace}. */
    public BuildReport build(Workspace workspace, List<Path> roots, BuildListener listener) {
        return build(workspace, ArticleSource.files(ingestor, roots), listener);
    }

    /** Builds what {@code source} reads into {@code workspace}; see the class comment. */
    public BuildReport build(Workspace workspace, ArticleSource source, BuildListener listener) {
        return build(workspace, source, listener, null);
    }

    /**
     * Builds what {@code source} reads into {@code workspace}, as {@link #build(Workspace,
     * ArticleSource, BuildListener)} does, and runs {@code beforeCommit} in the build's transaction
     * just before it commits. The build then commits even when it read nothing new, so what the
     * caller writes (a consumer's offsets) is kept.
     */
    public BuildReport build(Workspace workspace, ArticleSource source, BuildListener listener,
                             BeforeCommit beforeCommit) {
        Objects.requireNonNull(source, "source");
        return run(workspace, listener, run -> source.read(run::accept, run::problem, listener::warning), beforeCommit);
    }

    /**
     * Builds articles analysed elsewhere (on the executors of a cluster, say) into {@code workspace}
     * exactly as {@link #build(Workspace, ArticleSource, BuildListener)} builds the same articles in the
     * same order: known ids are skipped, the rest clustered, consolidated and stored; this pipeline's
     * analyzer is never loaded. Each analysis must be that of {@link #asAnalysed(Article)} of its
     * article, as the analyzer of a build would have made it.
     */
    public BuildReport buildAnalysed(Workspace workspace, AnalysedSource source, BuildListener listener) {
        Objects.requireNonNull(source, "source");
        return run(workspace, listener, run -> source.read(run::acceptAnalysed, run::problem, listener::warning),
                null);
    }

    /**
     * The article as a build hands it to its analyzer: without the duplicate its input claims (the
     * clusterer decides duplicates) and with its text cut to {@link #MAX_TEXT_CHARS}.
     */
    public static Article asAnalysed(Article article) {
        Article clean = article.duplicateOf() == null ? article : article.withDuplicateOf(null);
        String text = clean.text();
        if (text.length() <= MAX_TEXT_CHARS) {
            return clean;
        }
        // Never inside a surrogate pair.
        int end = Character.isLowSurrogate(text.charAt(MAX_TEXT_CHARS)) ? MAX_TEXT_CHARS - 1 : MAX_TEXT_CHARS;
        return new Article(clean.id(), clean.file(), clean.url(), clean.outlet(), clean.title(), clean.language(),
                clean.published(), clean.publishedSource(), text.substring(0, end), clean.duplicateOf());
    }

    private BuildReport run(Workspace workspace, BuildListener listener, Consumer<Run> feed,
                            BeforeCommit beforeCommit) {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(listener, "listener");
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(runnable, "dossier-analyse");
            t.setDaemon(true);
            return t;
        });
        try (BuildTransaction build = workspace.beginBuild(now(),
                () -> listener.waitingForAnotherBuild(workspace.directory()))) {
            Run run = new Run(workspace, build, pool, listener);
            feed.accept(run);
            run.drainAll();
            return run.finish(beforeCommit);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The state of one build. */
    private final class Run {

        private final Workspace workspace;
        private final BuildTransaction build;
        private final ExecutorService pool;
        private final BuildListener listener;
        private final Deque<Future<Analysed>> inFlight = new ArrayDeque<>();
        private final Set<String> inFlightIds = new HashSet<>();
        private final List<AnalyzedArticle> unclustered = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private final Set<String> touched = new TreeSet<>();
        private byte[] state;
        /** The stored state is from an earlier clusterer: the stored articles are clustered again first. */
        private boolean recluster;
        private Map<String, String> storyOf;
        private String lastFile;
        private int filesRead;
        private int articlesRead;
        private int analysed;

        Run(Workspace workspace, BuildTransaction build, ExecutorService pool, BuildListener listener) {
            this.workspace = workspace;
            this.build = build;
            this.pool = pool;
            this.listener = listener;
            this.state = workspace.clustererState();
            this.recluster = state != null && !clusterer.continuesFrom(state);
        }

        void accept(Article article) {
            accept(article, clean -> pool.submit(() -> analyse(clean)));
        }

        void acceptAnalysed(AnalyzedArticle given) {
            accept(given.article(), clean -> CompletableFuture.completedFuture(
                    new Analysed(clean, given.analysis(), null)));
        }

        private void accept(Article article, Function<Article, Future<Analysed>> analysis) {
            articlesRead++;
            if (article.file() != null && !article.file().equals(lastFile)) {
                lastFile = article.file();
                filesRead++;
            }
            // An id already stored, or read twice in this input, is the same bytes: nothing new to learn.
            // Analysed articles are written at once, so the store and the few in flight know every id
            // seen so far, and memory does not grow with the input.
            if (!inFlightIds.contains(article.id()) && !workspace.containsArticle(article.id())) {
                inFlightIds.add(article.id());
                // The clusterer decides duplicates; an input's own claim is not trusted.
                Article clean = bounded(article);
                inFlight.addLast(analysis.apply(clean));
                while (inFlight.size() >= 4 * threads) {
                    drainOne();
                }
            }
            listener.progress(filesRead, articlesRead, analysed);
        }

        /** The article as analysed ({@link #asAnalysed}), a cut of its text reported. */
        private Article bounded(Article article) {
            Article clean = asAnalysed(article);
            if (clean.text().length() < article.text().length()) {
                listener.warning(problemOf(article, "text of " + article.text().length()
                        + " characters cut to the first " + clean.text().length()));
            }
            return clean;
        }

        void problem(Problem problem) {
            problems.add(problem);
            build.addProblem(problem);
            listener.problem(problem);
        }

        void drainAll() {
            while (!inFlight.isEmpty()) {
                drainOne();
            }
            cluster();
        }

        private void drainOne() {
            Analysed done;
            try {
                done = inFlight.removeFirst().get();
                inFlightIds.remove(done.article().id());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("build interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("analysis failed", e.getCause());
            }
            if (done.failure() != null) {
                problem(problemOf(done.article(), "analysis failed: " + done.failure()));
                return;
            }
            build.addArticle(done.article(), done.analysis());
            unclustered.add(new AnalyzedArticle(done.article(), done.analysis()));
            analysed++;
            listener.progress(filesRead, articlesRead, analysed);
            if (unclustered.size() >= CLUSTER_BATCH) {
                cluster();
            }
        }

        private void cluster() {
            if (unclustered.isEmpty()) {
                return;
            }
            if (recluster) {
                recluster = false;
                clusterStoredAgain();
            }
            // A story that grows is grouped again with its earlier articles, read back from the build.
            Clustering clustering = clusterer.cluster(state, List.copyOf(unclustered), this::stored);
            unclustered.clear();
            state = clustering.state();
            storyOf = clustering.storyOf();
            applyDuplicates(clustering);
            touched.addAll(clustering.touched());
        }

        /**
         * Clusters every stored article again from an empty state, in id order and in batches, before
         * this build's new ones: the stories of an earlier clusterer cannot be continued. Their ids
         * may change; {@link #finish} rewrites every story whose members changed and deletes the rest.
         */
        private void clusterStoredAgain() {
            List<String> ids = workspace.storyOfArticles().keySet().stream().sorted().toList();
            listener.reclustering(ids.size());
            state = null;
            for (int from = 0; from < ids.size(); from += CLUSTER_BATCH) {
                List<AnalyzedArticle> batch = new ArrayList<>();
                for (String id : ids.subList(from, Math.min(ids.size(), from + CLUSTER_BATCH))) {
                    // The clusterer decides duplicates again, as for new input.
                    stored(id).ifPresent(a -> batch.add(new AnalyzedArticle(a.article().withDuplicateOf(null),
                            a.analysis())));
                }
                Clustering clustering = clusterer.cluster(state, batch, this::stored);
                state = clustering.state();
                storyOf = clustering.storyOf();
                applyDuplicates(clustering);
                touched.addAll(clustering.touched());
            }
        }

        private void applyDuplicates(Clustering clustering) {
            new TreeMap<>(clustering.duplicateOf()).forEach(build::setDuplicateOf);
        }

        /** An article this build or an earlier one stored, with its analysis (empty if none was stored). */
        private Optional<AnalyzedArticle> stored(String id) {
            return build.article(id)
                    .map(a -> new AnalyzedArticle(a, build.analysis(id).orElseGet(() -> ArticleAnalysis.empty(id))));
        }

        BuildReport finish(BeforeCommit beforeCommit) {
            Set<String> written = new TreeSet<>();
            Set<String> deleted = new TreeSet<>();
            if (storyOf != null) {
                Map<String, String> before = workspace.storyOfArticles();
                // A story whose members changed is rewritten even if the clusterer forgot to say so.
                Set<String> changed = new TreeSet<>(touched);
                Set<String> articles = new HashSet<>(before.keySet());
                articles.addAll(storyOf.keySet());
                for (String id : articles) {
                    String was = before.get(id);
                    String is = storyOf.get(id);
                    if (!Objects.equals(was, is)) {
                        if (was != null) {
                            changed.add(was);
                        }
                        if (is != null) {
                            changed.add(is);
                        }
                    }
                }
                Map<String, List<String>> members = new HashMap<>();
                storyOf.forEach((article, story) -> {
                    if (changed.contains(story)) {
                        members.computeIfAbsent(story, k -> new ArrayList<>()).add(article);
                    }
                });
                listener.consolidating(changed.size());
                for (String story : changed) {
                    List<String> ids = members.getOrDefault(story, List.of());
                    if (ids.isEmpty()) {
                        build.deleteStory(story);
                        deleted.add(story);
                    } else {
                        build.putStory(consolidate(story, ids));
                        written.add(story);
                    }
                }
                build.putClustererState(state);
            }
            // The counts are of stories consolidated; a story given new related stories is written all the same.
            BuildStats stats = new BuildStats(filesRead, articlesRead, analysed, problems.size(), written.size(),
                    deleted.size());
            if (!written.isEmpty() || !deleted.isEmpty()) {
                written.addAll(relateAll());
            }
            boolean commit = analysed > 0 || !written.isEmpty() || !deleted.isEmpty() || beforeCommit != null;
            BuildReport report = new BuildReport(commit, stats, problems, List.copyOf(written), List.copyOf(deleted));
            if (beforeCommit != null) {
                beforeCommit.run(build, report);
            }
            if (commit) {
                build.commit(now(), stats);
            }
            return report;
        }

        /**
         * Finds the related stories of every story again and rewrites those whose list changed.
         * Stories are read one at a time; only their profiles are held together.
         *
         * @return the ids of the stories rewritten
         */
        private List<String> relateAll() {
            List<StoryProfile> profiles = new ArrayList<>();
            for (String id : workspace.storyIds()) {
                workspace.story(id).ifPresent(story -> {
                    List<Article> articles = new ArrayList<>();
                    story.articleIds().forEach(a -> build.article(a).ifPresent(articles::add));
                    profiles.add(relatedFinder.profile(story, articles));
                });
            }
            Map<String, List<RelatedStory>> related = relatedFinder.relate(profiles);
            List<String> rewritten = new ArrayList<>();
            for (Map.Entry<String, List<RelatedStory>> e : new TreeMap<>(related).entrySet()) {
                workspace.story(e.getKey()).filter(s -> !s.related().equals(e.getValue())).ifPresent(s -> {
                    build.putStory(s.withRelated(e.getValue()));
                    rewritten.add(s.id());
                });
            }
            return rewritten;
        }

        private Story consolidate(String storyId, List<String> articleIds) {
            List<AnalyzedArticle> members = new ArrayList<>();
            for (String id : articleIds.stream().sorted().toList()) {
                members.add(stored(id).orElseThrow(() -> new IllegalStateException(
                        "clusterer placed unknown article " + id + " in " + storyId)));
            }
            Story story = consolidator.consolidate(storyId, members);
            if (!story.id().equals(storyId)) {
                throw new IllegalStateException("consolidator returned story " + story.id() + " for " + storyId);
            }
            return story;
        }
    }

    /** A problem of one article: at its file (with its id as the place) or, read from no file, at its id. */
    private static Problem problemOf(Article a, String message) {
        return new Problem(a.file() == null ? a.id() : a.file(), a.file() == null ? null : a.id(), message);
    }

    /** An analysis result, or the reason it failed. */
    private record Analysed(Article article, ArticleAnalysis analysis, String failure) {
    }

    private Analysed analyse(Article article) {
        try {
            return new Analysed(article, analyzer.get().analyze(article), null);
        } catch (RuntimeException | VirtualMachineError e) {
            // One odd article must not cost the whole build, not even by exhausting the heap or the
            // stack (its analysis is dropped, which frees both): it is reported and retried next build.
            // A class that cannot load (a LinkageError) fails every article alike, so it ends the build.
            LOG.warn("analysis of {} failed", article.id(), e);
            return new Analysed(article, null, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T v = value;
                if (v == null) {
                    synchronized (this) {
                        v = value;
                        if (v == null) {
                            v = Objects.requireNonNull(supplier.get(), "analyzer");
                            value = v;
                        }
                    }
                }
                return v;
            }
        };
    }
}
