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
 * becomes a TF-IDF vector in two channels, each normalised apart: content words, and identity
 * features (name words, from entities and aliases when the analysis has them, numbers, years and
 * mentioned event days). Candidate stories come from an inverted index over the article's
 * strongest shared features, never from all stories.
 *
 * <p>The similarity to a story is the mean dot product with its articles (the profile's vector sum
 * divided by its size: average linkage), multiplied by a publication-time factor (above 1 when
 * published within a few days of the story, falling to near 0 a year apart; 1 when either side is
 * undated) and halved when both sides name event days and none are close. The article joins the
 * best story at or above {@link ClusterSettings#join()} or starts a new one; then any candidate
 * story whose similarity to the grown story reaches {@link ClusterSettings#merge()} is merged
 * into it (the article bridged them), and at the end of the call every story that grew gets the
 * same merge check once more. Stories are never split and old articles never move otherwise: a
 * build does not re-cluster the workspace.
 *
 * <p>A story's id is {@code s-} plus the id (without {@code a-}) of the article that started it;
 * when two stories merge, the larger keeps its id (on a tie, the smaller id) and the other is
 * reported as touched. Thread-safe: all state is in the call.
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
        mergeTouched(state, touched);
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

    /**
     * Once every article is placed, lets each story that grew in this call take over the stories
     * now similar enough to it, until none does: the result then depends less on which article
     * of the call came first.
     */
    private void mergeTouched(ClusterState state, Set<String> touched) {
        boolean merged = true;
        while (merged) {
            merged = false;
            for (String id : new TreeSet<>(touched)) {
                Integer handle = state.handleOf.get(id);
                if (handle == null) {
                    continue;
                }
                int before = state.handleOf.size();
                mergeLinked(state, handle, candidates(state, state.stories.get(handle).sum), touched);
                merged |= state.handleOf.size() < before;
            }
        }
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

    /**
     * The article's TF-IDF vector, unit length, in two channels normalised apart: content words, and
     * identity features (names, numbers, years, event days) holding {@link ClusterSettings#identityShare()}
     * of the squared length. A dot product is then the weighted mean of the two channels' cosines,
     * so a long report's many words do not drown the few names it shares with another.
     */
    private Map<String, Float> vector(ClusterState state, ArticleFeatures features) {
        Map<String, Float> v = new HashMap<>();
        double wordNorm = 0;
        double identityNorm = 0;
        double n = state.documents;
        for (Map.Entry<String, Integer> e : features.counts().entrySet()) {
            String key = e.getKey();
            int df = state.documentFrequency.getOrDefault(key, 1);
            double idf = Math.log((n + 1) / (df + 1)) + 1;
            double kind = key.startsWith("n:") ? settings.nameWeight() : 1;
            double w = (1 + Math.log(e.getValue())) * idf * kind;
            v.put(key, (float) w);
            if (isWord(key)) {
                wordNorm += w * w;
            } else {
                identityNorm += w * w;
            }
        }
        double share = wordNorm == 0 ? 1 : identityNorm == 0 ? 0 : settings.identityShare();
        double wordScale = wordNorm == 0 ? 0 : Math.sqrt(1 - share) / Math.sqrt(wordNorm);
        double identityScale = identityNorm == 0 ? 0 : Math.sqrt(share) / Math.sqrt(identityNorm);
        v.replaceAll((k, w) -> (float) (w * (isWord(k) ? wordScale : identityScale)));
        return v;
    }

    private static boolean isWord(String key) {
        return key.startsWith("w:");
    }

    /**
     * The stories most worth scoring: those sharing the article's strongest features among the ones
     * another article has too (a word only this article has cannot find anything), ranked by the
     * summed weight of the shared features, at most {@link ClusterSettings#maxCandidates()} of them.
     * Features posted for more than {@link ClusterSettings#postingCap()} stories are too common to
     * tell stories apart and are skipped, which keeps the cost per article bounded.
     */
    private List<Integer> candidates(ClusterState state, Map<String, Float> unit) {
        List<Map.Entry<String, Float>> strongest = new ArrayList<>();
        for (Map.Entry<String, Float> e : unit.entrySet()) {
            if (state.documentFrequency.getOrDefault(e.getKey(), 0) > 1) {
                strongest.add(e);
            }
        }
        strongest.sort(Map.Entry.<String, Float>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        Map<Integer, Float> shared = new HashMap<>();
        int used = 0;
        for (Map.Entry<String, Float> e : strongest) {
            int[] posted = state.posted(e.getKey());
            if (posted == null || posted[0] > settings.postingCap()) {
                continue;
            }
            float w = e.getValue();
            for (int i = 1; i <= posted[0]; i++) {
                shared.merge(posted[i], w, Float::sum);
            }
            if (++used == settings.queryTerms()) {
                break;
            }
        }
        List<Map.Entry<Integer, Float>> ranked = new ArrayList<>();
        for (Map.Entry<Integer, Float> e : shared.entrySet()) {
            if (state.stories.get(e.getKey()) != null) {
                ranked.add(e);
            }
        }
        ranked.sort(Map.Entry.<Integer, Float>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        List<Integer> out = new ArrayList<>();
        for (Map.Entry<Integer, Float> e : ranked.subList(0, Math.min(settings.maxCandidates(), ranked.size()))) {
            out.add(e.getKey());
        }
        out.sort(null);
        return out;
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

    /**
     * Undated on either side: 1. Published within the tolerance of the story's span: the
     * same-moment factor; then falling with the gap, so that a year apart is near 0.
     */
    private double dayFactor(long first, long last, StoryProfile story) {
        if (first == StoryProfile.NO_DAY || !story.dated()) {
            return 1;
        }
        long gap = first > story.lastDay ? first - story.lastDay : story.firstDay > last ? story.firstDay - last : 0;
        long over = Math.max(0, gap - settings.dayTolerance());
        return settings.sameMoment() / (1 + over / settings.dayScale());
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
