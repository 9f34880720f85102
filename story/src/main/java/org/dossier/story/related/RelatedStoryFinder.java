package org.dossier.story.related;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Evidence;
import org.dossier.model.RelatedStory;
import org.dossier.model.Story;
import org.dossier.story.consolidate.Cues;
import org.dossier.story.consolidate.SentenceSplitter;
import org.dossier.story.consolidate.Words;

/**
 * Finds, for each story of a workspace, the other stories about the same participants and subject
 * that are a different happening: a coalition's virtual meeting of one year and its ministerial
 * meeting of the next, two debates of the same candidates. Stories are events; this is the level
 * above them.
 *
 * <p>Two stories are compared on two cosines, each in [0, 1]:
 * <ul>
 *   <li><b>participants</b>: the people, organisations, groups, countries and places a story names
 *       in a headline or lead (an article's title and its first {@value #LEAD_SENTENCES} sentences)
 *       or at least twice, each weighted by smoothed inverse story frequency
 *       {@code idf = 1 + ln((N + 1) / (df + 1))}, so that
 *       a name most stories give counts less than a rare one, and by {@value #BODY_WEIGHT} when it
 *       is named only in the body. A participant of one story matches one of the other through its
 *       name or any alias.</li>
 *   <li><b>subject</b>: the TF-IDF cosine of the content-word stems of the stories' original
 *       articles (near-duplicates left out), with {@code tf = 1 + ln count} and the same
 *       {@code idf} over the N stories.</li>
 * </ul>
 * The score is their mean. Another story is related when it shares at least one participant and
 * scores at least {@value #MIN_SCORE}; at most {@value #MAX_RELATED} are kept, strongest first
 * (then by id). Only stories sharing a participant are ever compared, so the work grows with the
 * number of such pairs rather than with the square of the workspace. A story is never related to
 * itself.
 *
 * <p>Stateless, thread-safe and deterministic: the order of the profiles does not matter.
 */
public final class RelatedStoryFinder {

    /**
     * The least mean of the two cosines for a relation. Stories of one ongoing subject share most
     * of their lead names and much of their vocabulary (both cosines well above a third); two
     * stories that merely name the same country share little of either (both near a tenth).
     */
    public static final double MIN_SCORE = 0.2;
    /** Related stories kept per story. */
    public static final int MAX_RELATED = 5;
    /** The weight of a participant named only in the body, against one named in a headline or lead. */
    public static final double BODY_WEIGHT = 0.5;
    /** Sentences of an article's text that, with its title, make its lead (as for clustering). */
    static final int LEAD_SENTENCES = 3;
    /** Names and words the reason shows of each kind; the record lists every shared participant. */
    static final int SHOWN = 3;
    /** Subject words the record keeps. */
    static final int SUBJECT_WORDS = 5;

    private static final Set<EntityType> PARTICIPANT_TYPES = Set.of(EntityType.PERSON, EntityType.ORGANIZATION,
            EntityType.GROUP, EntityType.COUNTRY, EntityType.LOCATION);

    /**
     * The profile of {@code story} from its consolidated entities and its articles' text.
     *
     * @param articles the story's articles; others are ignored, and a missing one only makes the
     *                 profile poorer
     */
    public StoryProfile profile(Story story, List<Article> articles) {
        Objects.requireNonNull(story, "story");
        Set<String> members = new HashSet<>(story.articleIds());
        Map<String, Article> byId = new TreeMap<>();
        for (Article a : articles) {
            if (members.contains(a.id())) {
                byId.put(a.id(), a);
            }
        }
        Map<String, Integer> leadEnd = new HashMap<>();
        List<String> titleKeys = new ArrayList<>();
        Map<String, Integer> terms = new HashMap<>();
        Map<String, Map<String, Integer>> forms = new HashMap<>();
        for (Article a : byId.values()) {
            leadEnd.put(a.id(), SentenceSplitter.leadEnd(a.text(), a.language(), LEAD_SENTENCES));
            if (a.title() != null) {
                titleKeys.add(" " + Words.nameKey(a.title()) + " ");
            }
            // A near-duplicate repeats its original's words; counting them twice would weigh one source double.
            if (a.duplicateOf() == null || !byId.containsKey(a.duplicateOf())) {
                Cues cues = Cues.of(a.language());
                count(a.title(), cues, terms, forms);
                count(a.text(), cues, terms, forms);
            }
        }
        List<StoryProfile.Participant> participants = new ArrayList<>();
        for (Entity e : story.entities()) {
            if (!PARTICIPANT_TYPES.contains(e.type())) {
                continue;
            }
            List<String> keys = keys(e);
            boolean lead = inLead(e, keys, leadEnd, titleKeys);
            // A name given once in passing is no participant; one in a headline or lead always is.
            if (!keys.isEmpty() && (lead || e.mentions().size() >= 2)) {
                participants.add(new StoryProfile.Participant(e.name(), keys, lead));
            }
        }
        Map<String, String> surface = new HashMap<>();
        forms.forEach((stem, counts) -> surface.put(stem, counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey()));
        return new StoryProfile(story.id(), story.title(), participants, terms, surface);
    }

    /**
     * The related stories of every profiled story (an empty list for one with none), by story id.
     *
     * @throws IllegalArgumentException if two profiles have the same story id
     */
    public Map<String, List<RelatedStory>> relate(Collection<StoryProfile> profiles) {
        List<StoryProfile> stories = new ArrayList<>(profiles);
        stories.sort(Comparator.comparing(StoryProfile::storyId));
        int n = stories.size();
        Map<String, Integer> termDf = new HashMap<>();
        Map<String, Integer> keyDf = new HashMap<>();
        Map<String, List<Integer>> storiesOfKey = new HashMap<>();
        for (int i = 0; i < n; i++) {
            StoryProfile s = stories.get(i);
            if (i > 0 && stories.get(i - 1).storyId().equals(s.storyId())) {
                throw new IllegalArgumentException("two profiles of story " + s.storyId());
            }
            s.terms().keySet().forEach(t -> termDf.merge(t, 1, Integer::sum));
            for (String key : keysOf(s)) {
                keyDf.merge(key, 1, Integer::sum);
                storiesOfKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        List<Vectors> vectors = new ArrayList<>(n);
        for (StoryProfile s : stories) {
            vectors.add(new Vectors(s, n, termDf, keyDf));
        }
        Map<String, List<RelatedStory>> related = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Set<Integer> candidates = new TreeSet<>();
            for (String key : keysOf(stories.get(i))) {
                candidates.addAll(storiesOfKey.get(key));
            }
            candidates.remove(i);
            List<Scored> found = new ArrayList<>();
            for (int j : candidates) {
                Scored s = compare(vectors.get(i), vectors.get(j));
                if (s != null && s.score() >= MIN_SCORE) {
                    found.add(s);
                }
            }
            found.sort(Comparator.comparingDouble(Scored::score).reversed()
                    .thenComparing(s -> s.other().storyId()));
            related.put(stories.get(i).storyId(), found.stream().limit(MAX_RELATED).map(Scored::toRelated).toList());
        }
        return related;
    }

    /** The weighted vectors of one profile, against the document frequencies of the workspace. */
    private static final class Vectors {

        final StoryProfile profile;
        final double[] participantWeight;
        final double participantNorm;
        final Map<String, Double> terms = new HashMap<>();
        final double termNorm;

        Vectors(StoryProfile profile, int n, Map<String, Integer> termDf, Map<String, Integer> keyDf) {
            this.profile = profile;
            List<StoryProfile.Participant> ps = profile.participants();
            participantWeight = new double[ps.size()];
            double sum = 0;
            for (int k = 0; k < ps.size(); k++) {
                participantWeight[k] = idf(n, keyDf.get(ps.get(k).keys().get(0)))
                        * (ps.get(k).inLead() ? 1 : BODY_WEIGHT);
                sum += participantWeight[k] * participantWeight[k];
            }
            participantNorm = Math.sqrt(sum);
            double squares = 0;
            for (Map.Entry<String, Integer> t : profile.terms().entrySet()) {
                double w = (1 + Math.log(t.getValue())) * idf(n, termDf.get(t.getKey()));
                terms.put(t.getKey(), w);
                squares += w * w;
            }
            termNorm = Math.sqrt(squares);
        }
    }

    /** One story's relation to another; null when they share no participant. */
    private static Scored compare(Vectors a, Vectors b) {
        List<StoryProfile.Participant> pa = a.profile.participants();
        List<StoryProfile.Participant> pb = b.profile.participants();
        boolean[] used = new boolean[pb.size()];
        List<Weighted> shared = new ArrayList<>();
        double dot = 0;
        for (int i = 0; i < pa.size(); i++) {
            Set<String> keys = new HashSet<>(pa.get(i).keys());
            for (int j = 0; j < pb.size(); j++) {
                if (!used[j] && pb.get(j).keys().stream().anyMatch(keys::contains)) {
                    used[j] = true;
                    double w = a.participantWeight[i] * b.participantWeight[j];
                    dot += w;
                    shared.add(new Weighted(pa.get(i).name(), w));
                    break;
                }
            }
        }
        if (shared.isEmpty()) {
            return null;
        }
        double participants = dot / (a.participantNorm * b.participantNorm);
        List<Weighted> words = new ArrayList<>();
        double termDot = 0;
        Map<String, Double> small = a.terms.size() <= b.terms.size() ? a.terms : b.terms;
        Map<String, Double> large = small == a.terms ? b.terms : a.terms;
        for (Map.Entry<String, Double> t : small.entrySet()) {
            Double other = large.get(t.getKey());
            if (other != null) {
                double w = t.getValue() * other;
                termDot += w;
                words.add(new Weighted(a.profile.surface().getOrDefault(t.getKey(), t.getKey()), w));
            }
        }
        double subject = a.termNorm == 0 || b.termNorm == 0 ? 0 : termDot / (a.termNorm * b.termNorm);
        shared.sort(Weighted.ORDER);
        words.sort(Weighted.ORDER);
        double score = Math.min(1, (participants + subject) / 2);
        return new Scored(b.profile, score, names(shared, shared.size()), names(words, SUBJECT_WORDS));
    }

    private record Weighted(String text, double weight) {
        static final Comparator<Weighted> ORDER = Comparator.comparingDouble(Weighted::weight).reversed()
                .thenComparing(Weighted::text);
    }

    private record Scored(StoryProfile other, double score, List<String> participants, List<String> subject) {

        RelatedStory toRelated() {
            String reason = "shares " + String.join(", ", participants.subList(0, Math.min(SHOWN, participants.size())))
                    + (subject.isEmpty() ? "" : "; subject: "
                    + String.join(", ", subject.subList(0, Math.min(SHOWN, subject.size()))));
            double rounded = Math.max(0.001, Math.round(score * 1000) / 1000.0);
            return new RelatedStory(other.storyId(), other.title(), rounded, reason, participants, subject);
        }
    }

    private static List<String> names(List<Weighted> sorted, int max) {
        Set<String> out = new LinkedHashSet<>();
        for (Weighted w : sorted) {
            if (out.size() == max) {
                break;
            }
            out.add(w.text());
        }
        return List.copyOf(out);
    }

    private static double idf(int n, Integer df) {
        return Math.log((n + 1.0) / ((df == null ? 1 : df) + 1.0)) + 1;
    }

    private static Set<String> keysOf(StoryProfile s) {
        Set<String> keys = new TreeSet<>();
        s.participants().forEach(p -> keys.addAll(p.keys()));
        return keys;
    }

    private static List<String> keys(Entity e) {
        Set<String> keys = new LinkedHashSet<>();
        List<String> names = new ArrayList<>(List.of(e.name()));
        names.addAll(e.aliases());
        for (String name : names) {
            String key = Words.nameKey(name);
            if (key.length() >= 2) {
                keys.add(key);
            }
        }
        return List.copyOf(keys);
    }

    private static boolean inLead(Entity e, List<String> keys, Map<String, Integer> leadEnd, List<String> titleKeys) {
        for (Evidence m : e.mentions()) {
            Integer end = leadEnd.get(m.articleId());
            if (end != null && m.start() < end) {
                return true;
            }
        }
        for (String title : titleKeys) {
            for (String key : keys) {
                if (title.contains(" " + key + " ")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Counts the content-word stems of {@code text} (numbers and the stop words of its language left
     * out: they date or link, not describe).
     */
    private static void count(String text, Cues cues, Map<String, Integer> terms,
                              Map<String, Map<String, Integer>> forms) {
        if (text == null) {
            return;
        }
        for (String token : Words.tokens(text)) {
            if (token.length() < 2 || Character.isDigit(token.charAt(0)) || cues.has(Cues.Section.STOPWORDS, token)) {
                continue;
            }
            String stem = Words.stem(token);
            terms.merge(stem, 1, Integer::sum);
            forms.computeIfAbsent(stem, k -> new HashMap<>()).merge(token.toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
    }
}
