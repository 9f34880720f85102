package org.dossier.story.consolidate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.model.Entity;
import org.dossier.model.Evidence;
import org.dossier.model.Quote;
import org.dossier.model.SummarySentence;
import org.dossier.model.TimeExpression;
import org.dossier.story.AnalyzedArticle;

/**
 * An extractive summary of a story: 3 to 7 of its sentences, chosen for centrality and spread.
 *
 * <p><b>Candidates.</b> Every sentence of the story's original articles (not near-duplicates) in its
 * main language ({@link #mainLanguage}) with
 * 8 to 70 words, except headings (a line of its own without a closing stop), boilerplate (links, and
 * the disclaimers, comment and sharing widgets of {@link Cues.Section#BOILERPLATE}), sentences that
 * are mostly quotation (half their
 * characters inside quotation marks or a found quotation: a summary reports, it does not quote),
 * and sentences with unbalanced quotation marks (cut in the middle of a quotation).
 *
 * <p><b>Score.</b> TF-IDF cosine (content-word stems, sentences as documents) to the story centroid,
 * in which every article weighs the same, so topics several sources share win; plus up to 0.15 for
 * density of names, dates and numbers, 0.1 for the lead sentences of an article (decaying), and
 * 0.1 for sentences stating a decision or outcome, 0.15 for naming who chaired, took part, joined or
 * proposed, and 0.02 per name given (up to 8); minus 0.1 for background (a sentence whose dates all lie
 * more than a week before the first publication), 0.05 for words that place it before the event
 * ("as a reminder", "two years ago"), 0.05 for opening with a pronoun and 0.15 for opening with a
 * quotation. The words of each rule are those of the sentence's language ({@link Cues}: stop words,
 * {@link Cues.Section#DECISION}, {@link Cues.Section#PARTICIPATION}, {@link Cues.Section#BACKGROUND},
 * {@link Cues.Section#ANAPHORIC_OPENINGS}); a language without cues gets none of these bonuses and
 * penalties. The first line is a title (not a candidate) when it is the article's given title or,
 * without one, when more lines follow; a line ending in a colon is a sentence.
 *
 * <p><b>Selection.</b> Greedy by score (maximal marginal relevance): minus 0.7 times the highest cosine to
 * a sentence already chosen and 0.08 per sentence already taken from the same source, skipping any sentence whose words overlap a chosen one by Jaccard 0.5 or more; such
 * near-repeats from other articles are added to the chosen sentence's evidence instead. The count is
 * two more than the number of sources, within 3 to 7. A summary must say what was decided: when no
 * chosen sentence states a decision or outcome, the last place goes to the best one that does (if
 * it is not background and scores at least 0.3 of the best sentence). Stateless and thread-safe.
 */
final class Summarizer {

    static final int MIN_SENTENCES = 3;
    static final int MAX_SENTENCES = 7;
    static final double NEAR_REPEAT = 0.5;
    static final double REDUNDANCY = 0.7;
    static final double DECISION_BONUS = 0.1;
    static final double DECISION_FLOOR = 0.3;
    static final double BACKGROUND_PENALTY = 0.1;
    static final int BACKGROUND_DAYS = 7;
    static final double SAME_SOURCE = 0.08;
    static final double PARTICIPATION_BONUS = 0.15;
    static final double NAME_BONUS = 0.02;
    static final int NAMES_COUNTED = 8;
    static final double CUE_PENALTY = 0.05;
    static final double ANAPHORA_PENALTY = 0.05;
    static final double QUOTE_OPENING_PENALTY = 0.15;

    /** Links and marks of page furniture in any language; the words of it are in the cues. */
    private static final Pattern LINKS = Pattern.compile("https?://|www\\.|\\.(com|org|net|de|fr|es|ru|it)\\b/|©",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\d");
    private static final String OPENERS = "\"“„«‘'";

    /** A candidate sentence with what scoring needs. */
    record Candidate(TextSentence sentence, String source, Map<String, Double> vector, Set<String> stems,
                     double score, boolean decision) {
    }

    List<SummarySentence> summarize(StoryText story, List<Entity> entities, List<Quote> quotes) {
        List<Candidate> ranked = rank(story, entities, quotes);
        Set<String> sources = new LinkedHashSet<>();
        for (AnalyzedArticle a : story.members()) {
            sources.add(story.source(a.article().id()));
        }
        int wanted = Math.max(MIN_SENTENCES, Math.min(MAX_SENTENCES, sources.size() + 2));
        List<Candidate> chosen = new ArrayList<>();
        List<Set<Evidence>> evidence = new ArrayList<>();
        Map<String, Integer> perSource = new HashMap<>();
        List<Candidate> pool = new ArrayList<>(ranked);
        double top = ranked.isEmpty() ? 0 : ranked.get(0).score();
        while (chosen.size() < wanted && !pool.isEmpty()) {
            boolean decisionSlot = chosen.size() == wanted - 1
                    && chosen.stream().noneMatch(Candidate::decision)
                    && pool.stream().anyMatch(c -> c.decision() && c.score() >= DECISION_FLOOR * top);
            Candidate best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Candidate c : pool) {
                if (decisionSlot && !c.decision()) {
                    continue;
                }
                double similarity = 0;
                for (Candidate taken : chosen) {
                    similarity = Math.max(similarity, dot(taken.vector(), c.vector()));
                }
                double s = c.score() - REDUNDANCY * similarity - SAME_SOURCE * perSource.getOrDefault(c.source(), 0);
                if (s > bestScore) {
                    best = c;
                    bestScore = s;
                }
            }
            pool.remove(best);
            int repeatOf = -1;
            for (int i = 0; i < chosen.size(); i++) {
                if (Words.jaccard(chosen.get(i).stems(), best.stems()) >= NEAR_REPEAT) {
                    repeatOf = i;
                    break;
                }
            }
            if (repeatOf >= 0) {
                evidence.get(repeatOf).add(best.sentence().evidence());
                continue;
            }
            chosen.add(best);
            evidence.add(new LinkedHashSet<>(List.of(best.sentence().evidence())));
            perSource.merge(best.source(), 1, Integer::sum);
        }
        // Near-duplicate articles repeat the chosen sentences: their copies are evidence too.
        for (int i = 0; i < chosen.size(); i++) {
            Set<String> stems = chosen.get(i).stems();
            for (AnalyzedArticle a : story.members()) {
                if (!story.isDuplicate(a.article().id())) {
                    continue;
                }
                for (TextSentence s : story.sentences(a.article().id())) {
                    if (Words.jaccard(stems, Words.contentStemSet(s.text(), s.cues())) >= NEAR_REPEAT) {
                        evidence.get(i).add(s.evidence());
                    }
                }
            }
        }
        List<SummarySentence> out = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            List<Evidence> ev = new ArrayList<>(evidence.get(i));
            ev.sort(story.evidenceOrder());
            // The chosen wording's own passage stays first.
            ev.remove(chosen.get(i).sentence().evidence());
            ev.add(0, chosen.get(i).sentence().evidence());
            out.add(new SummarySentence(chosen.get(i).sentence().text().strip().replaceAll("\\s+", " "), ev));
        }
        return List.copyOf(out);
    }

    /** Candidates with their scores, best first. */
    List<Candidate> rank(StoryText story, List<Entity> entities, List<Quote> quotes) {
        List<TextSentence> candidates = new ArrayList<>();
        Map<String, Integer> leadIndex = new HashMap<>();
        String language = mainLanguage(story);
        for (AnalyzedArticle a : story.members()) {
            String id = a.article().id();
            if (story.isDuplicate(id) || language != null && !language.equals(a.article().language())) {
                continue;
            }
            boolean[] quoted = quotedChars(a.article().text(), quotes, id);
            boolean titleFirst = titleFirst(a.article().title(), a.article().text());
            int lead = 0;
            for (TextSentence s : story.sentences(id)) {
                if (candidate(s, quoted, titleFirst)) {
                    candidates.add(s);
                    leadIndex.put(key(s), lead++);
                }
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> df = new HashMap<>();
        List<List<String>> stems = new ArrayList<>();
        for (TextSentence s : candidates) {
            List<String> st = Words.contentStems(s.text(), s.cues());
            stems.add(st);
            for (String t : new LinkedHashSet<>(st)) {
                df.merge(t, 1, Integer::sum);
            }
        }
        int n = candidates.size();
        List<Map<String, Double>> vectors = new ArrayList<>();
        for (List<String> st : stems) {
            Map<String, Double> v = new HashMap<>();
            for (String t : st) {
                v.merge(t, 1.0, Double::sum);
            }
            v.replaceAll((t, tf) -> tf * (Math.log((double) n / df.get(t)) + 1));
            vectors.add(normalise(v));
        }
        Map<String, Map<String, Double>> articleMeans = new HashMap<>();
        Map<String, Integer> articleCounts = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String article = candidates.get(i).articleId();
            Map<String, Double> mean = articleMeans.computeIfAbsent(article, k -> new HashMap<>());
            vectors.get(i).forEach((t, w) -> mean.merge(t, w, Double::sum));
            articleCounts.merge(article, 1, Integer::sum);
        }
        Map<String, Double> centroid = new HashMap<>();
        for (Map<String, Double> mean : articleMeans.values()) {
            normalise(mean).forEach((t, w) -> centroid.merge(t, w, Double::sum));
        }
        Map<String, Double> unitCentroid = normalise(centroid);
        List<Evidence> dates = new ArrayList<>();
        List<TimeExpression> past = new ArrayList<>();
        List<TimeExpression> current = new ArrayList<>();
        LocalDate earliest = earliestPublication(story);
        for (AnalyzedArticle a : story.members()) {
            for (TimeExpression t : a.analysis().times()) {
                dates.add(t.evidence());
                LocalDate end = lastDay(t.value());
                if (end != null && earliest != null) {
                    (end.isBefore(earliest.minusDays(BACKGROUND_DAYS)) ? past : current).add(t);
                }
            }
        }
        List<Evidence> names = new ArrayList<>();
        for (Entity e : entities) {
            names.addAll(e.mentions());
        }
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            TextSentence s = candidates.get(i);
            double cosine = dot(vectors.get(i), unitCentroid);
            int words = Math.max(1, s.words().size());
            int facts = count(names, s) + count(dates, s) + (int) NUMBER.matcher(s.text()).results().count();
            if (names.isEmpty()) {
                facts += capitalisedInside(s.text());
            }
            double density = Math.min(1.0, facts * 6.0 / words) * 0.15;
            double position = 0.1 / (1 + leadIndex.get(key(s)));
            Cues cues = s.cues();
            double decision = cues.pattern(Cues.Section.DECISION).matcher(s.text()).find() ? DECISION_BONUS : 0;
            // Who chaired, took part, joined or proposed: the event's actors, which a reader asks first.
            double participation = cues.pattern(Cues.Section.PARTICIPATION).matcher(s.text()).find()
                    ? PARTICIPATION_BONUS : 0;
            // Each name a sentence gives is a fact of who or where, beyond density (long sentences may list several).
            double named = NAME_BONUS * Math.min(NAMES_COUNTED, names.isEmpty() ? capitalisedInside(s.text()) : count(names, s));
            // Words that place a sentence before the event mark background even without a date.
            double cue = cues.pattern(Cues.Section.BACKGROUND).matcher(s.text()).find() ? CUE_PENALTY : 0;
            // Opening with a pronoun: the sentence leans on one the summary may not have.
            double anaphora = cues.opening(Cues.Section.ANAPHORIC_OPENINGS).matcher(s.text().strip()).find()
                    ? ANAPHORA_PENALTY : 0;
            // A sentence dated only well before the coverage began is background, not the event.
            double background = past.stream().anyMatch(t -> s.contains(t.evidence()))
                    && current.stream().noneMatch(t -> s.contains(t.evidence())) ? BACKGROUND_PENALTY : 0;
            // Opening with a quotation: the reporting part may be informative, the quote is not.
            double quoteOpening = OPENERS.indexOf(s.text().charAt(0)) >= 0 ? QUOTE_OPENING_PENALTY : 0;
            out.add(new Candidate(s, story.source(s.articleId()), vectors.get(i), new LinkedHashSet<>(stems.get(i)),
                    cosine + density + position + decision + participation + named - quoteOpening - background - cue
                            - anaphora,
                    decision > 0 && background == 0));
        }
        out.sort(Comparator.comparingDouble((Candidate c) -> -c.score())
                .thenComparingInt(c -> story.rank(c.sentence().articleId()))
                .thenComparingInt(c -> c.sentence().start()));
        return List.copyOf(out);
    }

    /**
     * The language of most of the story's original articles (ties: English, then the first in
     * alphabetical order), or null when they are all of one language or none is known: a summary
     * reads in one language, and the same fact translated three times is a repeat no word overlap
     * can catch.
     */
    static String mainLanguage(StoryText story) {
        Set<String> languages = new HashSet<>();
        for (AnalyzedArticle a : story.members()) {
            if (!story.isDuplicate(a.article().id())) {
                languages.add(a.article().language());
            }
        }
        return languages.size() < 2 ? null : story.language();
    }

    private static boolean candidate(TextSentence s, boolean[] quoted, boolean titleFirst) {
        List<String> words = s.words();
        long wordCount = words.stream().filter(w -> Character.isLetter(w.charAt(0))).count();
        if (wordCount < 8 || wordCount > 70) {
            return false;
        }
        String t = s.text().strip();
        char last = t.charAt(t.length() - 1);
        boolean closed = ".!?\"”’»)".indexOf(last) >= 0;
        // A line that ends in a colon introduces what follows: a sentence, not a heading.
        boolean introduces = last == ':';
        if (s.wholeLine() && (!(closed || introduces) || last == '?' || s.index() == 0 && titleFirst)) {
            return false; // a heading or the title line
        }
        if (LINKS.matcher(t).find() || s.cues().pattern(Cues.Section.BOILERPLATE).matcher(t).find()
                || t.startsWith("-") || t.matches("^\\d+\\.\\s.*")) {
            return false;
        }
        if (!balancedQuotes(t)) {
            return false; // cut inside a quotation: its other half is in the next sentence
        }
        int inside = 0;
        for (int i = s.start(); i < s.end(); i++) {
            if (quoted[i]) {
                inside++;
            }
        }
        return inside * 2 < s.end() - s.start();
    }

    /**
     * Whether an article's first line is its title: the line is the title it was given, or, without a
     * given title, the article has further lines (an article of one line is not all title).
     */
    static boolean titleFirst(String title, String text) {
        String stripped = text.strip();
        int end = stripped.indexOf('\n');
        String first = end < 0 ? stripped : stripped.substring(0, end).strip();
        if (title != null && !title.isBlank()) {
            return first.equals(title.strip());
        }
        return end >= 0;
    }

    /**
     * Characters inside quotation marks (curly pairs, or straight quotes toggling within a line)
     * or inside a found quotation's span.
     */
    static boolean[] quotedChars(String text, List<Quote> quotes, String articleId) {
        boolean[] quoted = new boolean[text.length()];
        boolean inCurly = false;
        boolean inStraight = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                inStraight = false;
            }
            if (c == '“' || c == '«' || c == '„') {
                inCurly = true;
            } else if (c == '”' || c == '»') {
                quoted[i] = true;
                inCurly = false;
                continue;
            } else if (c == '"') {
                inStraight = !inStraight;
            }
            quoted[i] = inCurly || inStraight || c == '"';
        }
        for (Quote q : quotes) {
            List<Evidence> all = new ArrayList<>(q.alsoReportedIn());
            all.add(q.evidence());
            for (Evidence e : all) {
                if (e.articleId().equals(articleId)) {
                    for (int i = e.start(); i < Math.min(e.end(), text.length()); i++) {
                        quoted[i] = true;
                    }
                }
            }
        }
        return quoted;
    }

    private static LocalDate earliestPublication(StoryText story) {
        LocalDate earliest = null;
        for (AnalyzedArticle a : story.members()) {
            LocalDate d = lastDay(StoryText.day(a.article()));
            if (d != null && (earliest == null || d.isBefore(earliest))) {
                earliest = d;
            }
        }
        return earliest;
    }

    /** The last day of an ISO day, month or year value; null for anything else. */
    static LocalDate lastDay(String value) {
        if (value == null) {
            return null;
        }
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(value);
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(value).atEndOfMonth();
            }
            if (value.matches("\\d{4}")) {
                return LocalDate.of(Integer.parseInt(value), 12, 31);
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    static boolean balancedQuotes(String text) {
        int curly = 0;
        int straight = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '«' || c == '„') {
                curly++;
            } else if (c == '”' || c == '»') {
                curly--;
            } else if (c == '"') {
                straight++;
            }
        }
        return curly == 0 && straight % 2 == 0;
    }

    private static int count(List<Evidence> spans, TextSentence s) {
        int n = 0;
        for (Evidence e : spans) {
            if (s.contains(e)) {
                n++;
            }
        }
        return n;
    }

    /** Capitalised words after the first: a stand-in for names when no entities were found. */
    private static int capitalisedInside(String text) {
        String[] words = text.split("\\s+");
        int n = 0;
        for (int i = 1; i < words.length; i++) {
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))) {
                n++;
            }
        }
        return n;
    }

    private static String key(TextSentence s) {
        return s.articleId() + ":" + s.start();
    }

    private static Map<String, Double> normalise(Map<String, Double> v) {
        double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
        Map<String, Double> out = new HashMap<>();
        if (norm > 0) {
            v.forEach((t, w) -> out.put(t, w / norm));
        }
        return out;
    }

    private static double dot(Map<String, Double> a, Map<String, Double> b) {
        double sum = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double w = b.get(e.getKey());
            if (w != null) {
                sum += e.getValue() * w;
            }
        }
        return sum;
    }
}
