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
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
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
 * becomes a TF-IDF vector over its words, and keeps its identity features (names, numbers, years,
 * event days) apart for telling events of one kind from each other.
 *
 * <p>The new articles are grouped among themselves first, in batches of
 * {@link ClusterSettings#batchSize()} ({@link BatchClusterer}: complete linkage, then spectral cuts
 * where names part the group, then lone outsiders set apart). The similarity of two articles is the
 * dot product of their vectors, multiplied by a publication-time factor (above 1 when published
 * within a few days, falling to near 0 a year apart; 1 when either is undated) and cut to 0.3 when
 * both name event days and none are close.
 *
 * <p>Then every article of a group votes for the story of an earlier call or batch it would join
 * alone: the best candidate from an inverted index over the stories' strongest features (never all
 * stories), if its similarity (the mean dot product with the story's articles, times the same
 * factors) reaches {@link ClusterSettings#join()}. A group nobody votes for starts a story; else
 * each voter joins its story and the others join the story with most votes, so a group of two
 * events is parted by the stories they continue. A story that grew then takes over any earlier
 * story now at least {@link ClusterSettings#merge()} similar to it (the new articles bridged them),
 * and is grouped again with its earlier articles, read back through the caller's lookup: where
 * they now part, it splits. Nothing else moves: a build does not re-cluster the workspace.
 *
 * <p>A story's id is {@code s-} plus the id (without {@code a-}) of the article that started it;
 * when two stories merge, the larger keeps its id (on a tie, the smaller id) and the other is
 * reported as touched; when a story splits, the part with the article that started it keeps its
 * id. Thread-safe: all state is in the call.
 */
public final class EventClusterer implements StoryClusterer {

    private static final Logger LOG = LoggerFactory.getLogger(EventClusterer.class);
    private static final int MAX_EVENT_DAYS = 16;
    /**
     * Function words stay in the vectors at a tenth of their weight: enough to keep two reports in
     * one language from looking unrelated (complete linkage needs every pair to be a little alike),
     * too little to make unrelated reports alike in a small build, whose document frequencies
     * cannot yet tell that "the" is common.
     */
    private static final double FUNCTION_WORD_WEIGHT = 0.1;
    /** Stories of more articles than this are not grouped again when they grow. */
    static final int RECUT_LIMIT = 60;

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
            for (String key : f.terms().keySet()) {
                state.documentFrequency.merge(key, 1, Integer::sum);
            }
            for (String key : f.identity()) {
                state.documentFrequency.merge(key, 1, Integer::sum);
            }
        }
        state.documents += originals.size();

        Set<String> touched = new TreeSet<>();
        for (int from = 0; from < originals.size(); from += settings.batchSize()) {
            placeBatch(state, originals.subList(from, Math.min(originals.size(), from + settings.batchSize())),
                    features, earlier, touched);
        }
        for (AnalyzedArticle a : fresh) {
            String id = a.article().id();
            String original = duplicateOf.get(id);
            if (original == null) {
                continue;
            }
            // The original is placed by now: in the state, or earlier in this call (it sorts first).
            String story = state.storyOf.get(original);
            state.stories.get(state.handleOf.get(story)).addCopy(id, original);
            state.storyOf.put(id, story);
            touched.add(story);
        }
        return new Clustering(state.write(), state.storyOf, duplicateOf, touched);
    }

    /**
     * Groups one batch of new articles among themselves ({@link BatchClusterer}), then lets each
     * group join the most similar story of earlier calls or batches, or start a story of its own.
     */
    private void placeBatch(ClusterState state, List<AnalyzedArticle> batch, Map<String, ArticleFeatures> features,
                            Function<String, Optional<AnalyzedArticle>> earlier, Set<String> touched) {
        int n = batch.size();
        List<String> ids = new ArrayList<>(n);
        List<Sketch> sketches = new ArrayList<>(n);
        for (AnalyzedArticle a : batch) {
            ArticleFeatures f = features.get(a.article().id());
            ids.add(a.article().id());
            sketches.add(sketch(state, f));
        }
        int before = state.stories.size();
        Set<String> grown = new TreeSet<>();
        for (int[] group : new BatchClusterer(settings).groups(pairSimilarities(sketches), names(sketches))) {
            // Each article votes for the earlier story it would join alone; a group of two events
            // that the batch could not tell apart is then parted by the stories they continue.
            Map<Integer, List<Integer>> votes = new TreeMap<>();
            List<Integer> unvoted = new ArrayList<>();
            for (int i : group) {
                StoryProfile alone = new StoryProfile("");
                alone.absorb(sketches.get(i), settings.profileTerms(), MAX_EVENT_DAYS);
                int story = bestEarlier(state, alone, before);
                if (story >= 0) {
                    votes.computeIfAbsent(story, k -> new ArrayList<>()).add(i);
                } else {
                    unvoted.add(i);
                }
            }
            if (votes.isEmpty()) {
                int handle = state.add(new StoryProfile(newStoryId(state, ids.get(group[0]))));
                join(state, handle, group, ids, sketches, touched);
                continue;
            }
            int plurality = -1;
            for (Map.Entry<Integer, List<Integer>> e : votes.entrySet()) {
                if (plurality < 0 || e.getValue().size() > votes.get(plurality).size()) {
                    plurality = e.getKey();
                }
            }
            votes.get(plurality).addAll(unvoted);
            Map<StoryProfile, List<Integer>> byStory = new LinkedHashMap<>();
            votes.forEach((handle, members) -> byStory.put(state.stories.get(handle), members));
            for (Map.Entry<StoryProfile, List<Integer>> e : byStory.entrySet()) {
                // An earlier join in this loop may have merged the voted story into another.
                int handle = state.handleOf.get(state.storyOf.get(e.getKey().members.get(0)));
                int[] members = e.getValue().stream().mapToInt(Integer::intValue).sorted().toArray();
                join(state, handle, members, ids, sketches, touched);
                // The articles may bridge two earlier stories of one event.
                List<Integer> candidates = new ArrayList<>();
                for (int c : candidates(state, state.stories.get(handle).sum)) {
                    if (c < before) {
                        candidates.add(c);
                    }
                }
                grown.add(mergeLinked(state, handle, candidates, touched));
            }
        }
        for (String story : grown) {
            recut(state, story, features, earlier, touched);
        }
    }

    private static List<Set<String>> names(List<Sketch> sketches) {
        List<Set<String>> names = new ArrayList<>(sketches.size());
        for (Sketch s : sketches) {
            names.add(s.identity().keySet());
        }
        return names;
    }

    /** {@code s-} and the article id without its {@code a-}; made unique if a story has it already. */
    private static String newStoryId(ClusterState state, String articleId) {
        String base = "s-" + (articleId.startsWith("a-") ? articleId.substring(2) : articleId);
        String id = base;
        for (int n = 2; state.handleOf.containsKey(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /**
     * Groups the articles of an earlier story that grew in this call again, as if they had all
     * come in one build ({@link BatchClusterer}), and splits the story where they now part: what
     * a few early reports could not tell apart, the later ones may. The part with the article that
     * started the story keeps its id; near-duplicates follow their originals. Earlier articles
     * come from {@code earlier}; a story with one it cannot give, or of more than
     * {@value #RECUT_LIMIT} articles (settled long ago), is left as it is.
     */
    private void recut(ClusterState state, String storyId, Map<String, ArticleFeatures> features,
                       Function<String, Optional<AnalyzedArticle>> earlier, Set<String> touched) {
        Integer handle = state.handleOf.get(storyId);
        if (handle == null) {
            return;
        }
        StoryProfile story = state.stories.get(handle);
        if (story.weighted < 3 || story.weighted > RECUT_LIMIT) {
            return;
        }
        // This call's articles have their features; earlier ones are read back.
        Map<String, Sketch> sketchOf = new LinkedHashMap<>();
        for (String member : story.members) {
            if (story.copies.containsKey(member)) {
                continue;
            }
            ArticleFeatures f = features.get(member);
            if (f == null) {
                Optional<AnalyzedArticle> article = earlier.apply(member);
                if (article.isEmpty()) {
                    return;
                }
                f = extractor.extract(article.get());
            }
            sketchOf.put(member, sketch(state, f));
        }
        List<String> ids = new ArrayList<>(sketchOf.keySet());
        List<Sketch> sketches = new ArrayList<>(sketchOf.values());
        List<int[]> groups = new BatchClusterer(settings).groups(pairSimilarities(sketches), names(sketches));
        if (groups.size() < 2) {
            return;
        }
        Map<String, Integer> partOf = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (int i : groups.get(g)) {
                partOf.put(ids.get(i), g);
            }
        }
        String founder = story.members.get(0);
        int founderPart = partOf.getOrDefault(founder, 0);
        story.copies.forEach((copy, original) -> partOf.put(copy, partOf.getOrDefault(original, founderPart)));
        state.remove(story);
        touched.add(story.id);
        StoryProfile[] parts = new StoryProfile[groups.size()];
        for (String member : story.members) {
            int g = partOf.getOrDefault(member, founderPart);
            if (parts[g] == null) {
                String id = g == founderPart ? story.id : newStoryId(state, member);
                parts[g] = new StoryProfile(id);
                state.add(parts[g]);
            }
            StoryProfile part = parts[g];
            if (story.copies.containsKey(member)) {
                part.addCopy(member, story.copies.get(member));
            } else {
                part.members.add(member);
                part.absorb(sketchOf.get(member), settings.profileTerms(), MAX_EVENT_DAYS);
            }
            state.storyOf.put(member, part.id);
        }
        for (StoryProfile part : parts) {
            if (part != null) {
                post(state, part, state.handleOf.get(part.id), Set.of());
                touched.add(part.id);
            }
        }
    }

    /** The earlier story (handle below {@code earlier}) {@code probe} would join, or -1. */
    private int bestEarlier(ClusterState state, StoryProfile probe, int earlier) {
        int best = -1;
        double bestScore = 0;
        for (int handle : candidates(state, probe.sum)) {
            if (handle >= earlier) {
                continue;
            }
            StoryProfile story = state.stories.get(handle);
            double score = storySimilarity(probe, story);
            if (score > bestScore || score == bestScore && best >= 0
                    && story.id.compareTo(state.stories.get(best).id) < 0) {
                best = handle;
                bestScore = score;
            }
        }
        return bestScore >= settings.join() ? best : -1;
    }

    /** Adds the batch articles {@code members} to the story at {@code handle} and indexes its new features. */
    private void join(ClusterState state, int handle, int[] members, List<String> ids, List<Sketch> sketches,
                      Set<String> touched) {
        StoryProfile story = state.stories.get(handle);
        Set<String> known = new HashSet<>(story.sum.keySet());
        for (int i : members) {
            String id = ids.get(i);
            story.members.add(id);
            story.absorb(sketches.get(i), settings.profileTerms(), MAX_EVENT_DAYS);
            state.storyOf.put(id, story.id);
        }
        post(state, story, handle, known);
        touched.add(story.id);
    }

    private static void post(ClusterState state, StoryProfile story, int handle, Set<String> known) {
        for (String key : new TreeSet<>(story.sum.keySet())) {
            if (!known.contains(key)) {
                state.post(key, handle);
            }
        }
    }

    /**
     * The similarity of every two articles: the dot product of their word vectors (for articles in
     * two languages, of their identity vectors if that is higher, times
     * {@link ClusterSettings#crossLanguage()}), by the publication-time and event-day factors.
     * Accumulated over the articles' own postings, so the cost follows the words they share.
     */
    private float[][] pairSimilarities(List<Sketch> sketches) {
        int n = sketches.size();
        float[][] sim = new float[n][n];
        accumulate(sketches, Sketch::words, sim, false);
        if (settings.crossLanguage() > 0) {
            // Reports in two languages share few words but the same names, numbers and dates.
            float[][] identity = new float[n][n];
            accumulate(sketches, Sketch::identity, identity, true);
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    sim[i][j] = Math.max(sim[i][j], (float) (settings.crossLanguage() * identity[i][j]));
                }
            }
        }
        for (int i = 0; i < n; i++) {
            Sketch a = sketches.get(i);
            for (int j = i + 1; j < n; j++) {
                Sketch b = sketches.get(j);
                float v = sim[i][j];
                if (v != 0) {
                    v *= (float) (dayFactor(a.day(), a.day(), b.day(), b.day())
                            * eventDayFactor(a.eventDays(), b.eventDays()));
                }
                sim[i][j] = v;
                sim[j][i] = v;
            }
        }
        return sim;
    }

    /**
     * Adds to {@code sim[i][j]} (i before j) the products of the weights two articles have under one
     * key of {@code vector}; with {@code onlyAcrossLanguages}, only for articles whose known
     * languages differ.
     */
    private static void accumulate(List<Sketch> sketches, Function<Sketch, Map<String, Float>> vector,
                                   float[][] sim, boolean onlyAcrossLanguages) {
        Map<String, List<Integer>> docs = new HashMap<>();
        Map<String, List<Float>> weights = new HashMap<>();
        for (int i = 0; i < sketches.size(); i++) {
            for (Map.Entry<String, Float> e : vector.apply(sketches.get(i)).entrySet()) {
                docs.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(i);
                weights.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
            }
        }
        for (Map.Entry<String, List<Integer>> e : docs.entrySet()) {
            List<Integer> d = e.getValue();
            List<Float> w = weights.get(e.getKey());
            for (int x = 0; x < d.size(); x++) {
                int i = d.get(x);
                float wi = w.get(x);
                for (int y = x + 1; y < d.size(); y++) {
                    int j = d.get(y);
                    if (!onlyAcrossLanguages || differ(sketches.get(i), sketches.get(j))) {
                        sim[i][j] += wi * w.get(y);
                    }
                }
            }
        }
    }

    private static boolean differ(Sketch a, Sketch b) {
        return a.language() != null && b.language() != null && !a.language().equals(b.language());
    }

    /** The article's identity features weighted by inverse document frequency, unit length. */
    private static Map<String, Float> identityVector(ClusterState state, ArticleFeatures features) {
        Map<String, Float> v = new HashMap<>();
        double norm = 0;
        double n = state.documents;
        for (String key : features.identity()) {
            int df = state.documentFrequency.getOrDefault(key, 1);
            double w = Math.log((n + 1) / (df + 1)) + 1;
            v.put(key, (float) w);
            norm += w * w;
        }
        double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
        v.replaceAll((k, w) -> (float) (w * scale));
        return v;
    }

    /** The article's word and identity vectors under the state's document frequencies. */
    private Sketch sketch(ClusterState state, ArticleFeatures f) {
        return Sketch.of(vector(state, f), identityVector(state, f), f);
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
     * The article's TF-IDF vector over its words, unit length: sublinear term frequency, smoothed
     * inverse document frequency over every article the state has seen.
     */
    private Map<String, Float> vector(ClusterState state, ArticleFeatures features) {
        Map<String, Float> v = new HashMap<>();
        double norm = 0;
        double n = state.documents;
        for (Map.Entry<String, Integer> e : features.terms().entrySet()) {
            int df = state.documentFrequency.getOrDefault(e.getKey(), 1);
            double w = (1 + Math.log(e.getValue())) * (Math.log((n + 1) / (df + 1)) + 1);
            if (FeatureExtractor.STOP.contains(e.getKey())) {
                w *= FUNCTION_WORD_WEIGHT;
            }
            v.put(e.getKey(), (float) w);
            norm += w * w;
        }
        double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
        v.replaceAll((k, w) -> (float) (w * scale));
        return v;
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

    private double storySimilarity(StoryProfile a, StoryProfile b) {
        if (a.weighted == 0 || b.weighted == 0) {
            return 0;
        }
        double dot = dot(a.sum, b.sum) / ((double) a.weighted * b.weighted);
        if (settings.crossLanguage() > 0 && !a.languages.isEmpty() && !b.languages.isEmpty()
                && java.util.Collections.disjoint(a.languages, b.languages)) {
            // As for two articles: in other languages, names, numbers and dates stand in for words.
            double identity = dot(a.identitySum, b.identitySum) / ((double) a.weighted * b.weighted);
            dot = Math.max(dot, settings.crossLanguage() * identity);
        }
        return dot * dayFactor(a.firstDay, a.lastDay, b.firstDay, b.lastDay)
                * eventDayFactor(a.eventDays, b.eventDays);
    }

    /**
     * For two spans of publication days (an article's is one day). Undated on either side: 1.
     * Within the tolerance of each other: the same-moment factor; then falling with the gap, so
     * that a year apart is near 0.
     */
    private double dayFactor(long first, long last, long otherFirst, long otherLast) {
        if (first == StoryProfile.NO_DAY || otherFirst == StoryProfile.NO_DAY) {
            return 1;
        }
        long gap = first > otherLast ? first - otherLast : otherFirst > last ? otherFirst - last : 0;
        long over = Math.max(0, gap - settings.dayTolerance());
        return settings.sameMoment() / (1 + over / settings.dayScale());
    }

    /** Cuts the similarity to 0.3 when both sides name event days and none are within three days of each other. */
    private static double eventDayFactor(Set<String> days, Set<String> others) {
        if (days.isEmpty() || others.isEmpty()) {
            return 1;
        }
        for (String d : days) {
            long day = java.time.LocalDate.parse(d).toEpochDay();
            for (String s : others) {
                if (Math.abs(java.time.LocalDate.parse(s).toEpochDay() - day) <= 3) {
                    return 1;
                }
            }
        }
        return 0.3;
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
