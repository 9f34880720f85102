package org.dossier.story.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.dossier.model.Article;
import org.dossier.story.AnalyzedArticle;
import org.dossier.story.Clustering;
import org.dossier.story.StoryClusterer;
import org.dossier.story.dedup.MinHasher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The standard clusterer: one story per real-world event, decided by a learned same-event model.
 *
 * <p>Each call first finds near-duplicates ({@link org.dossier.story.dedup.DuplicateIndex}): a copy
 * joins its original's story and counts as one source with it. Every other article, earliest first
 * (publication day, undated last, then id, so a call's result does not depend on the order of its
 * input), is sketched ({@link FeatureExtractor}: headline and lead apart from the body, names, event
 * days, places, kinds of happening) and then placed on its own:
 * <ol>
 *   <li>the stories worth comparing come from an inverted index over the strongest lead words and
 *       lead names of earlier articles (never from all stories);</li>
 *   <li>for each, the {@link EventModel} gives the probability that the article reports the same
 *       event as each of the story's most recent articles ({@link PairFeatures}); the model's
 *       linkage of them (their mean, maximum or minimum, chosen in training) is the story's score;
 *       when both the article and the story hold dated reports, only pairs of dated reports count,
 *       so a story keeps its time extent;</li>
 *   <li>the article joins the best story if that score reaches the model's threshold, and starts a
 *       story of its own otherwise: a story of one article is normal;</li>
 *   <li>in the story it joined, a recent article whose score against the others has fallen under
 *       the threshold leaves for a story of its own (the least fitting first, until all fit): what
 *       joined while the story was small and no longer looks like its event would not have joined
 *       had it come later, so the stories depend less on the order of arrival.</li>
 * </ol>
 * After each article, the story it joined is compared, the same way, with the stories its articles
 * find in the index, and two stories whose articles are on average of one event are merged: what
 * the first reports could not join, later ones can bridge. Since placing and merging are one
 * article at a time, a build of many articles ends as builds of one article each, in the same order.
 *
 * <p>A story's id is {@code s-} plus the id (without {@code a-}) of the article that started it;
 * when two stories merge, the larger keeps its id (on a tie, the smaller id) and the other is
 * reported as touched. Thread-safe: all state is in the call.
 */
public final class EventClusterer implements StoryClusterer {

    private static final Logger LOG = LoggerFactory.getLogger(EventClusterer.class);

    private static final Comparator<AnalyzedArticle> EARLIEST = Comparator
            .comparing((AnalyzedArticle a) -> a.article().published() == null ? 1 : 0)
            .thenComparing(a -> a.article().published() == null ? "" : a.article().published())
            .thenComparing(a -> a.article().id());

    private final EventModel model;
    private final ClusterSettings settings;
    private final FeatureExtractor extractor = new FeatureExtractor();
    private final MinHasher hasher = new MinHasher();

    /** The shipped model and the default limits. */
    public EventClusterer() {
        this(EventModel.shipped(), ClusterSettings.defaults());
    }

    public EventClusterer(EventModel model, ClusterSettings settings) {
        this.model = Objects.requireNonNull(model, "model");
        this.settings = Objects.requireNonNull(settings, "settings");
        model.checkFeatures();
    }

    /** A state this version wrote: same format version byte. */
    @Override
    public boolean continuesFrom(byte[] state) {
        return state == null || ClusterState.readable(state);
    }

    @Override
    public Clustering cluster(byte[] previousState, List<AnalyzedArticle> added,
                              Function<String, Optional<AnalyzedArticle>> earlier) {
        Objects.requireNonNull(added, "added");
        Objects.requireNonNull(earlier, "earlier");
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
        List<EventSketch> originals = new ArrayList<>();
        for (AnalyzedArticle a : fresh) {
            Article article = a.article();
            Optional<String> original = state.duplicates.add(article.id(), article.published(),
                    hasher.signature(article.text()));
            if (original.isPresent()) {
                duplicateOf.put(article.id(), original.get());
            } else {
                originals.add(extractor.extract(a));
            }
        }
        // Each article is weighed under the document frequencies of the articles placed before it and
        // itself, as if it had come in a build of its own: one build ends as builds of one article each.
        // Stories are merged after each article, as a build of that article alone would merge them.
        Set<String> touched = new TreeSet<>();
        for (EventSketch s : originals) {
            for (String key : s.documentKeys()) {
                state.documentFrequency.merge(key, 1, Integer::sum);
            }
            state.documents++;
            Set<String> now = new TreeSet<>();
            String joined = place(state, s, now);
            evictStrays(state, joined, now);
            mergeTouched(state, now);
            touched.addAll(now);
        }
        for (AnalyzedArticle a : fresh) {
            String id = a.article().id();
            String original = duplicateOf.get(id);
            if (original == null) {
                continue;
            }
            // The original is placed by now: in the state, or earlier in this call (it sorts first).
            String story = state.storyOf.get(original);
            state.copyOf.put(id, original);
            state.join(story, List.of(id));
            touched.add(story);
        }
        return new Clustering(state.write(), state.storyOf, duplicateOf, touched);
    }

    /** Puts one article in the story it most likely reports, or in a story of its own; returns the story. */
    private String place(ClusterState state, EventSketch article, Set<String> touched) {
        String best = null;
        double bestScore = -1;
        for (String story : candidates(state, List.of(article), null)) {
            double score = linkage(state, List.of(article), recent(state, story));
            if (score > bestScore) {
                best = story;
                bestScore = score;
            }
        }
        String story = best != null && bestScore >= model.threshold() ? best : newStoryId(state, article.id());
        state.sketches.put(article.id(), article);
        state.join(story, List.of(article.id()));
        for (String key : indexKeys(state, article)) {
            state.post(key, article.id());
        }
        touched.add(story);
        return story;
    }

    /**
     * Sends out of {@code story}, one at a time, the recent original (with its copies) that looks
     * least like the event of the others, while its linkage to them is under the threshold: what
     * joined a story while it was small leaves once the story shows its event, as it would not
     * have joined had it come later. Each leaves for a story of its own, which the merging that
     * follows may join to another.
     */
    private void evictStrays(ClusterState state, String story, Set<String> touched) {
        while (true) {
            List<EventSketch> recent = recent(state, story);
            if (recent.size() < 3) {
                // A story of two is its pair's decision, made when the second joined.
                return;
            }
            EventSketch stray = null;
            double lowest = Double.MAX_VALUE;
            for (EventSketch m : recent) {
                List<EventSketch> rest = new ArrayList<>(recent);
                rest.remove(m);
                double score = linkage(state, List.of(m), rest);
                if (score < lowest) {
                    lowest = score;
                    stray = m;
                }
            }
            if (lowest >= model.threshold()) {
                return;
            }
            String strayId = stray.id();
            List<String> leaving = new ArrayList<>();
            for (String member : state.stories.get(story)) {
                if (member.equals(strayId) || strayId.equals(state.copyOf.get(member))) {
                    leaving.add(member);
                }
            }
            state.stories.get(story).removeAll(leaving);
            String own = newStoryId(state, strayId);
            state.join(own, leaving);
            touched.add(own);
            touched.add(story);
        }
    }

    /**
     * Merges every touched story with any story whose articles are, on average, of its event:
     * repeated until nothing merges, each pair scored once per round.
     */
    private void mergeTouched(ClusterState state, Set<String> touched) {
        boolean merged = true;
        Set<String> tried = new HashSet<>();
        while (merged) {
            merged = false;
            for (String story : new ArrayList<>(touched)) {
                if (!state.stories.containsKey(story)) {
                    continue;
                }
                List<EventSketch> mine = recent(state, story);
                for (String other : candidates(state, mine, story)) {
                    String pair = story.compareTo(other) < 0 ? story + " " + other : other + " " + story;
                    if (!tried.add(pair + " " + state.stories.get(story).size() + " "
                            + state.stories.get(other).size())) {
                        continue;
                    }
                    if (linkage(state, mine, recent(state, other)) >= model.threshold()) {
                        String kept = merge(state, story, other);
                        touched.add(kept);
                        touched.add(story.equals(kept) ? other : story);
                        merged = true;
                        break;
                    }
                }
            }
        }
    }

    /** Merges two stories: the larger keeps its id (on a tie, the smaller id). Returns the kept id. */
    private static String merge(ClusterState state, String a, String b) {
        int sa = state.stories.get(a).size();
        int sb = state.stories.get(b).size();
        String keep = sa > sb || sa == sb && a.compareTo(b) < 0 ? a : b;
        String gone = keep.equals(a) ? b : a;
        List<String> members = state.stories.remove(gone);
        state.join(keep, members);
        return keep;
    }

    /**
     * The model's linkage of the same-event probabilities of every pair of an article of {@code a}
     * and one of {@code b}.
     */
    private double linkage(Idf idf, List<EventSketch> a, List<EventSketch> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        // A story has a time extent: where both sides hold dated reports, those pairs decide, so an
        // undated report cannot bridge two stories a year apart.
        boolean datedPairs = a.stream().anyMatch(EventSketch::dated) && b.stream().anyMatch(EventSketch::dated);
        double[] p = new double[a.size() * b.size()];
        int k = 0;
        for (EventSketch x : a) {
            for (EventSketch y : b) {
                if (!datedPairs || x.dated() && y.dated()) {
                    p[k++] = model.probability(PairFeatures.of(x, y, idf));
                }
            }
        }
        return model.linkage().score(Arrays.copyOf(p, k));
    }

    /** The story's most recent original articles, at most {@link ClusterSettings#members()}. */
    private List<EventSketch> recent(ClusterState state, String story) {
        List<String> originals = state.originals(story);
        List<EventSketch> out = new ArrayList<>();
        for (String id : originals.subList(Math.max(0, originals.size() - settings.members()), originals.size())) {
            out.add(state.sketches.get(id));
        }
        return out;
    }

    /**
     * The stories most worth scoring for {@code articles}: those whose articles share the most of
     * their index keys, at most {@link ClusterSettings#maxCandidates()}, {@code except} left out.
     */
    private List<String> candidates(ClusterState state, List<EventSketch> articles, String except) {
        Map<String, Integer> hits = new HashMap<>();
        for (EventSketch a : articles) {
            for (String key : indexKeys(state, a)) {
                List<String> posted = state.postings.get(key);
                if (posted == null || posted.size() > settings.postingCap()) {
                    continue;
                }
                Set<String> storiesOfKey = new HashSet<>();
                for (String id : posted) {
                    storiesOfKey.add(state.storyOf.get(id));
                }
                for (String s : storiesOfKey) {
                    if (s != null && !s.equals(except)) {
                        hits.merge(s, 1, Integer::sum);
                    }
                }
            }
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(hits.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : ranked.subList(0, Math.min(settings.maxCandidates(), ranked.size()))) {
            out.add(e.getKey());
        }
        return out;
    }

    /**
     * The keys an article is posted under: its lead words and lead names of highest weight
     * (ties by key), at most {@link ClusterSettings#indexKeys()} of each.
     */
    private List<String> indexKeys(ClusterState state, EventSketch a) {
        List<String> out = new ArrayList<>();
        strongest(state, a.lead(), "w:", out);
        strongest(state, a.leadNames().isEmpty() ? a.names() : a.leadNames(), "n:", out);
        return out;
    }

    private void strongest(ClusterState state, Terms terms, String prefix, List<String> out) {
        TreeMap<Double, List<String>> byWeight = new TreeMap<>(Comparator.reverseOrder());
        for (String k : terms.keys) {
            byWeight.computeIfAbsent(state.weight(k), w -> new ArrayList<>()).add(k);
        }
        int n = 0;
        for (List<String> keys : byWeight.values()) {
            for (String k : keys) {
                if (n++ == settings.indexKeys()) {
                    return;
                }
                out.add(prefix + k);
            }
        }
    }

    /** {@code s-} and the article id without its {@code a-}; made unique if a story has it already. */
    private static String newStoryId(ClusterState state, String articleId) {
        String base = "s-" + (articleId.startsWith("a-") ? articleId.substring(2) : articleId);
        String id = base;
        for (int n = 2; state.stories.containsKey(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
