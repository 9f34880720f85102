package org.dossier.story.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.model.Article;
import org.dossier.story.AnalyzedArticle;
import org.dossier.story.Clustering;
import org.dossier.story.StoryClusterer;
import org.dossier.story.dedup.DuplicateIndex;
import org.dossier.story.dedup.MinHasher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The standard clusterer: one story per real-world event, built incrementally.
 *
 * <p>Each call first finds near-duplicates ({@link DuplicateIndex}): a copy joins its original's
 * story and adds nothing to the story's profile. Every other article, earliest first (publication
 * day, undated last, then id, so a call's result does not depend on the order of its input),
 * becomes a TF-IDF vector over content words, name words (entities and aliases when the analysis
 * has them), numbers, years and mentioned event days. Candidate stories come from an inverted
 * index over the article's strongest features, never from all stories. The similarity to a
 * story is the mean cosine to its articles (the dot product with the profile's vector sum divided
 * by its size: average linkage), scaled down when publication days or mentioned event days are
 * far apart. The article joins the best story at or above {@link ClusterSettings#join()}, or
 * starts a new one; then any other candidate story whose similarity to the grown story reaches
 * {@link ClusterSettings#merge()} is merged into it (the article bridged them). Stories are never
 * split and old articles never move otherwise: a build does not re-cluster the workspace.
 *
 * <p>A story's id is {@code s-} plus the id (without {@code a-}) of the article that started it;
 * when two stories merge, the larger keeps its id (on a tie, the smaller id). Thread-safe: all
 * state is in the call.
 */
public final class EventClusterer implements StoryClusterer {

    private static final Logger LOG = LoggerFactory.getLogger(EventClusterer.class);
    private static final int MAX_EVENT_DAYS = 16;

    private static final Comparator<AnalyzedArticle> EARLIEST = Comparator
            .comparing((AnalyzedArticle a) -> a.article().published() == null ? 1 : 0)
            .thenComparing(a -> a.article().published() == null ? "" : a.article().published())
            .thenComparing(a -> a.article().id());

    private final ClusterSettings settings;
    private final FeatureExtractor extractor = new FeatureExtractor();
    private final MinHasher hasher = new MinHasher();

    public EventClusterer() {
        this(ClusterSettings.defaults());
    }

    public EventClusterer(ClusterSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * @throws IllegalArgumentException if {@code previousState} is not a state this class wrote
     *                                  (unknown version or damaged)
     */
    @Override
    public Clustering cluster(byte[] previousState, List<AnalyzedArticle> added) {
        Objects.requireNonNull(added, "added");
        ClusterState state = previousState == null ? new ClusterState() : ClusterState.read(previousState);
        List<AnalyzedArticle> fresh = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (AnalyzedArticle a : added) {
            String id = a.article().id();
            if (state.storyOf.containsKey(id) || !seen.add(id)) {
                LOG.warn("article {} was clustered before; ignored", id);
                continue;
            }
            fresh.add(a);
        }
        fresh.sort(EARLIEST);

        Map<String, String> duplicateOf = new LinkedHashMap<>();
        List<AnalyzedArticle> originals = new ArrayList<>();
        for (AnalyzedArticle a : fresh) {
            Article article = a.article();
            Optional<String> original = state.duplicates.add(article.id(), article.published(),
                    hasher.signature(article.text()));
            if (original.isPresent()) {
                duplicateOf.put(article.id(), original.get());
            } else {
                originals.add(a);
            }
        }

        // Document frequencies include the whole call, so the call's articles weigh each other's words.
        Map<String, ArticleFeatures> features = new HashMap<>();
        for (AnalyzedArticle a : originals) {
            ArticleFeatures f = extractor.extract(a);
            features.put(a.article().id(), f);
            for (String key : f.counts().keySet()) {
                state.documentFrequency.merge(key, 1, Integer::sum);
            }
        }
        state.documents += originals.size();

        Set<String> touched = new TreeSet<>();
        Map<String, String> pendingDuplicates = new HashMap<>(duplicateOf);
        for (AnalyzedArticle a : fresh) {
            String id = a.article().id();
            if (pendingDuplicates.containsKey(id)) {
                // The original may be in this call, placed earlier (it sorts first) or in the state.
                String story = state.storyOf.get(pendingDuplicates.get(id));
                if (story == null) {
                    story = place(state, id, new ArticleFeatures(Map.of(), null, Set.of()), touched);
                } else {
                    StoryProfile profile = state.stories.get(state.handleOf.get(story));
                    profile.members.add(id);
                    state.storyOf.put(id, story);
                    touched.add(story);
                }
                continue;
            }
            place(state, id, features.get(id), touched);
        }
        return new Clustering(state.write(), state.storyOf, duplicateOf, touched);
    }

    /** Puts one article into the best story or a new one, merges stories it links, returns its story id. */
    private String place(ClusterState state, String id, ArticleFeatures features, Set<String> touched) {
        Map<String, Float> unit = vector(state, features);
        List<Integer> candidates = candidates(state, unit);
        int best = -1;
        double bestScore = 0;
        for (int handle : candidates) {
            StoryProfile story = state.stories.get(handle);
            double score = similarity(unit, features, story);
            if (score > bestScore || score == bestScore && best >= 0
                    && story.id.compareTo(state.stories.get(best).id) < 0) {
                best = handle;
                bestScore = score;
            }
        }
        StoryProfile story;
        int handle;
        if (best >= 0 && bestScore >= settings.join()) {
            handle = best;
            story = state.stories.get(best);
        } else {
            story = new StoryProfile("s-" + (id.startsWith("a-") ? id.substring(2) : id));
            handle = state.add(story);
        }
        Set<String> before = new HashSet<>(story.sum.keySet());
        story.members.add(id);
        story.absorb(unit, features, settings.profileTerms(), MAX_EVENT_DAYS);
        state.storyOf.put(id, story.id);
        touched.add(story.id);
        for (String key : story.sum.keySet()) {
            if (!before.contains(key)) {
                state.post(key, handle);
            }
        }
        return mergeLinked(state, handle, candidates, touched);
    }

    /** Merges into the grown story every candidate now similar enough to it; returns the surviving id. */
    private String mergeLinked(ClusterState state, int handle, List<Integer> candidates, Set<String> touched) {
        int survivor = handle;
        for (int other : candidates) {
            StoryProfile a = state.stories.get(survivor);
            StoryProfile b = state.stories.get(other);
            if (other == survivor || b == null || a == null) {
                continue;
            }
            if (storySimilarity(a, b) < settings.merge()) {
                continue;
            }
            boolean keepA = a.members.size() > b.members.size()
                    || a.members.size() == b.members.size() && a.id.compareTo(b.id) < 0;
            StoryProfile keep = keepA ? a : b;
            StoryProfile gone = keepA ? b : a;
            int keepHandle = keepA ? survivor : other;
            Set<String> before = new HashSet<>(keep.sum.keySet());
            keep.absorb(gone, settings.profileTerms(), MAX_EVENT_DAYS);
            for (String member : gone.members) {
                state.storyOf.put(member, keep.id);
            }
            state.remove(gone);
            for (String key : keep.sum.keySet()) {
                if (!before.contains(key)) {
                    state.post(key, keepHandle);
                }
            }
            touched.add(gone.id);
            touched.add(keep.id);
            survivor = keepHandle;
        }
        return state.stories.get(survivor).id;
    }

    /** The article's unit-length TF-IDF vector. */
    private Map<String, Float> vector(ClusterState state, ArticleFeatures features) {
        Map<String, Float> v = new HashMap<>();
        double norm = 0;
        double n = state.documents;
        for (Map.Entry<String, Integer> e : features.counts().entrySet()) {
            String key = e.getKey();
            int df = state.documentFrequency.getOrDefault(key, 1);
            double idf = Math.log((n + 1) / (df + 1)) + 1;
            double kind = key.startsWith("n:") ? settings.nameWeight() : 1;
            double w = (1 + Math.log(e.getValue())) * idf * kind;
            v.put(key, (float) w);
            norm += w * w;
        }
        if (norm > 0) {
            double scale = 1 / Math.sqrt(norm);
            v.replaceAll((k, w) -> (float) (w * scale));
        }
        return v;
    }

    /** Stories that share one of the article's strongest, not too common features. */
    private List<Integer> candidates(ClusterState state, Map<String, Float> unit) {
        List<Map.Entry<String, Float>> strongest = new ArrayList<>(unit.entrySet());
        strongest.sort(Map.Entry.<String, Float>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        Set<Integer> found = new TreeSet<>();
        for (Map.Entry<String, Float> e : strongest.subList(0, Math.min(settings.queryTerms(), strongest.size()))) {
            int[] posted = state.posted(e.getKey());
            if (posted == null || posted[0] > settings.postingCap()) {
                continue;
            }
            for (int i = 1; i <= posted[0]; i++) {
                if (state.stories.get(posted[i]) != null) {
                    found.add(posted[i]);
                }
            }
        }
        return new ArrayList<>(found);
    }

    private double similarity(Map<String, Float> unit, ArticleFeatures features, StoryProfile story) {
        if (story.weighted == 0) {
            return 0;
        }
        double dot = dot(unit, story.sum) / story.weighted;
        long day = features.published() == null ? StoryProfile.NO_DAY : features.published().toEpochDay();
        return dot * dayFactor(day, day, story) * eventDayFactor(features.eventDays(), story);
    }

    private double storySimilarity(StoryProfile a, StoryProfile b) {
        if (a.weighted == 0 || b.weighted == 0) {
            return 0;
        }
        double dot = dot(a.sum, b.sum) / ((double) a.weighted * b.weighted);
        return dot * dayFactor(a.firstDay, a.lastDay, b) * eventDayFactor(a.eventDays, b);
    }

    /** 1 within the tolerance of the story's publication span, then falling: a year apart is near 0. */
    private double dayFactor(long first, long last, StoryProfile story) {
        if (first == StoryProfile.NO_DAY || !story.dated()) {
            return 1;
        }
        long gap = first > story.lastDay ? first - story.lastDay : story.firstDay > last ? story.firstDay - last : 0;
        long over = Math.max(0, gap - settings.dayTolerance());
        return 1 / (1 + over / settings.dayScale());
    }

    /** Halves the similarity when both sides name event days and none are within three days of each other. */
    private static double eventDayFactor(Set<String> days, StoryProfile story) {
        if (days.isEmpty() || story.eventDays.isEmpty()) {
            return 1;
        }
        for (String d : days) {
            long day = java.time.LocalDate.parse(d).toEpochDay();
            for (String s : story.eventDays) {
                if (Math.abs(java.time.LocalDate.parse(s).toEpochDay() - day) <= 3) {
                    return 1;
                }
            }
        }
        return 0.5;
    }

    private static double dot(Map<String, Float> a, Map<String, Float> b) {
        if (a.size() > b.size()) {
            Map<String, Float> t = a;
            a = b;
            b = t;
        }
        double sum = 0;
        for (Map.Entry<String, Float> e : a.entrySet()) {
            Float w = b.get(e.getKey());
            if (w != null) {
                sum += e.getValue() * w;
            }
        }
        return sum;
    }
}
