package org.dossier.story.consolidate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Evidence;
import org.dossier.model.SummarySentence;
import org.dossier.model.TimelineEntry;
import org.dossier.story.AnalyzedArticle;

/**
 * A short, specific headline for a story.
 *
 * <p>The rule, in order:
 * <ol>
 *   <li>A story of one source whose article has a title of 3 to 20 words: that title (an outlet
 *       suffix such as " - Federal Foreign Office" removed).</li>
 *   <li>Otherwise a headline built from the coverage: <em>actor, event, place, date</em>, as in
 *       "Global Coalition meeting in Rome, 28 June 2021". The event is the event noun ("meeting",
 *       "summit", "attack", ...) most sources use; the place the capitalised name most sources put
 *       after "in" in sentences with that noun; the actor the organisation named right after "meeting of
 *       (the)" or right before the noun ("NATO summit"); the date the day of the timeline entry with most sources within
 *       the publication dates (a week before the first to a day after the last), given only when an
 *       article that gives the place reports it too. Built when the
 *       event and the place or actor are known, from the articles in the story's main language
 *       ({@link StoryText#language()}) with that language's cues: its {@link Cues.Section#EVENT_NOUNS},
 *       {@link Cues.Section#PLACE_PREPOSITIONS} ("in"), {@link Cues.Section#HOLDER_LINKS} ("of the")
 *       and its words that are {@link Cues.Section#NOT_PLACES}, months and weekdays included. A
 *       language whose cues list no event nouns gets no built headline.</li>
 *   <li>Otherwise the best article title (most words shared with the summary), then the first
 *       summary sentence's opening, cut to 90 characters; "(untitled)" for an empty story.</li>
 * </ol>
 * Stateless and thread-safe.
 */
final class StoryTitler {

    static final int MAX_TITLE = 90;

    private static final Pattern OUTLET_SUFFIX = Pattern.compile("\\s+[-|–—]\\s+[^-|–—]{2,60}$");

    String title(StoryText story, List<Entity> entities, List<TimelineEntry> timeline,
                 List<SummarySentence> summary) {
        List<Article> originals = new ArrayList<>();
        for (AnalyzedArticle a : story.members()) {
            if (!story.isDuplicate(a.article().id())) {
                originals.add(a.article());
            }
        }
        if (originals.size() == 1 && usable(originals.get(0).title())) {
            return clean(originals.get(0).title());
        }
        String built = built(story, originals, entities, timeline);
        if (built != null) {
            return built;
        }
        Set<String> summaryWords = new HashSet<>();
        for (SummarySentence s : summary) {
            Cues cues = s.evidence().isEmpty() ? Cues.of(story.language())
                    : story.cues(s.evidence().get(0).articleId());
            summaryWords.addAll(Words.contentStemSet(s.text(), cues));
        }
        String best = null;
        int bestShared = -1;
        for (Article a : originals) {
            if (usable(a.title())) {
                int shared = Words.shared(Words.contentStemSet(a.title(), Cues.of(a.language())), summaryWords);
                if (shared > bestShared) {
                    best = clean(a.title());
                    bestShared = shared;
                }
            }
        }
        if (best != null) {
            return best;
        }
        if (!summary.isEmpty()) {
            return Words.trim(summary.get(0).text().replaceAll("[.!?]+$", ""), MAX_TITLE);
        }
        return "(untitled)";
    }

    private static boolean usable(String title) {
        if (title == null || title.isBlank()) {
            return false;
        }
        int words = clean(title).split("\\s+").length;
        return words >= 3 && words <= 20;
    }

    private static String clean(String title) {
        String t = title.strip().replaceAll("\\s+", " ");
        Matcher m = OUTLET_SUFFIX.matcher(t);
        if (m.find() && m.start() > 15) {
            t = t.substring(0, m.start());
        }
        return Words.trim(t, 140);
    }

    private static String built(StoryText story, List<Article> all, List<Entity> entities,
                                List<TimelineEntry> timeline) {
        String language = story.language();
        Cues cues = Cues.of(language);
        Map<String, String> eventNouns = cues.forms(Cues.Section.EVENT_NOUNS);
        if (eventNouns.isEmpty()) {
            return null;
        }
        List<Article> originals = all.stream().filter(a -> a.language().equals(language)).toList();
        String event = mostSourced(originals, story, text -> {
            List<String> found = new ArrayList<>();
            for (String t : Words.tokens(text)) {
                String noun = eventNouns.get(t);
                if (noun != null) {
                    found.add(noun);
                }
            }
            return found;
        });
        if (event == null) {
            return null;
        }
        List<TextSentence> eventSentences = new ArrayList<>();
        for (Article a : originals) {
            for (TextSentence s : story.sentences(a.id())) {
                if (Words.tokens(s.text()).stream().anyMatch(t -> event.equals(eventNouns.getOrDefault(t, t)))) {
                    eventSentences.add(s);
                }
            }
        }
        Set<String> placeNames = new HashSet<>();
        for (Entity e : entities) {
            if (e.type() == EntityType.LOCATION || e.type() == EntityType.COUNTRY) {
                placeNames.add(Words.nameKey(e.name()));
                e.aliases().forEach(x -> placeNames.add(Words.nameKey(x)));
            }
        }
        Map<String, Set<String>> placeSources = new LinkedHashMap<>();
        Map<String, Integer> besideEvent = new HashMap<>();
        Pattern eventThenIn = Pattern.compile("(?i)\\b" + Pattern.quote(event) + "s?\\s+(?:\\S+\\s+){0,3}$");
        String prepositions = cues.alternation(Cues.Section.PLACE_PREPOSITIONS);
        if (prepositions == null) {
            return null;
        }
        // A place is capitalised: the preposition is matched as written, so a sentence's opening "In" is none.
        Pattern placeAfter = Pattern.compile(
                "\\b" + prepositions + " ((?:[A-Z][\\p{L}'’-]+)(?: [A-Z][\\p{L}'’-]+){0,2})");
        for (TextSentence s : eventSentences) {
            Matcher m = placeAfter.matcher(s.text());
            while (m.find()) {
                String place = m.group(1);
                String first = place.split(" ")[0];
                if (cues.has(Cues.Section.NOT_PLACES, first) || cues.has(Cues.Section.MONTHS, first)
                        || cues.has(Cues.Section.WEEKDAYS, first)) {
                    continue;
                }
                if (!placeNames.isEmpty() && !placeNames.contains(Words.nameKey(place))) {
                    continue;
                }
                placeSources.computeIfAbsent(place, k -> new HashSet<>()).add(story.source(s.articleId()));
                if (eventThenIn.matcher(s.text().substring(0, m.start())).find()) {
                    besideEvent.merge(place, 1, Integer::sum);
                }
            }
        }
        // The place most sources give; on a tie, the one written right after the event noun
        // ("meeting in Rome", not "the situation in Iraq").
        String place = placeSources.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Set<String>> e) -> e.getValue().size())
                        .thenComparingInt(e -> besideEvent.getOrDefault(e.getKey(), 0))
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
        String actor = actor(entities, eventSentences, story, place, event, cues);
        if (place == null && actor == null) {
            return null;
        }
        StringBuilder title = new StringBuilder();
        if (actor != null) {
            title.append(actor).append(' ').append(event);
        } else {
            title.append(Character.toUpperCase(event.charAt(0))).append(event.substring(1));
        }
        if (place != null) {
            title.append(' ').append(cues.entries(Cues.Section.PLACE_PREPOSITIONS).get(0)).append(' ').append(place);
        }
        TimelineEntry day = mainDay(story, timeline);
        // A place and a date go together only when some article reports both.
        if (day != null && (place == null || !Collections.disjoint(placeSources.get(place), sources(story, day)))) {
            title.append(", ").append(format(day, language));
        }
        return Words.trim(title.toString(), MAX_TITLE + 30);
    }

    /**
     * The organisation that holds the event: named right after "&lt;event&gt; of (the)" or right
     * before the event noun ("NATO summit") in some source; among several, the one most sources
     * name at all. Null when no organisation stands in that position.
     */
    private static String actor(List<Entity> entities, List<TextSentence> eventSentences, StoryText story,
                                String place, String event, Cues cues) {
        String links = cues.alternation(Cues.Section.HOLDER_LINKS);
        Pattern before = links == null ? Pattern.compile("(?!)") : Pattern.compile(
                "(?i)\\b" + Pattern.quote(event) + "s?\\s+" + links + "\\s+$");
        Pattern after = Pattern.compile("(?i)^(['’]s)?\\s+" + Pattern.quote(event) + "\\b");
        String best = null;
        int[] bestScore = {0, 0};
        for (Entity e : entities) {
            if (!EntityMerger.family(e.type()).equals("org") || e.name().isBlank()
                    || (place != null && Words.nameKey(e.name()).contains(Words.nameKey(place)))) {
                continue;
            }
            Set<String> holding = new HashSet<>();
            for (TextSentence s : eventSentences) {
                String text = story.article(s.articleId()).text();
                for (Evidence m : e.mentions()) {
                    if (s.contains(m) && !nested(m, e, entities)
                            && (before.matcher(text.substring(s.start(), m.start())).find()
                            || after.matcher(text.substring(m.end(), s.end())).find())) {
                        holding.add(story.source(s.articleId()));
                    }
                }
            }
            Set<String> naming = new HashSet<>();
            e.mentions().forEach(m -> naming.add(story.source(m.articleId())));
            int[] score = {holding.size(), naming.size()};
            if (!holding.isEmpty() && compare(score, bestScore) > 0) {
                best = Character.toUpperCase(e.name().charAt(0)) + e.name().substring(1);
                bestScore = score;
            }
        }
        return best;
    }

    /** Whether a mention lies inside a longer mention of another entity ("Daesh" in "Coalition to Defeat Daesh"). */
    private static boolean nested(Evidence m, Entity owner, List<Entity> entities) {
        for (Entity other : entities) {
            if (other == owner) {
                continue;
            }
            for (Evidence o : other.mentions()) {
                if (o.articleId().equals(m.articleId()) && o.start() <= m.start() && m.end() <= o.end()
                        && o.end() - o.start() > m.end() - m.start()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }

    /** The entry's day as "28 June 2021", the month named in {@code language}. */
    private static String format(TimelineEntry day, String language) {
        return parse(day.date()).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(language)));
    }

    private static Set<String> sources(StoryText story, TimelineEntry entry) {
        Set<String> sources = new HashSet<>();
        entry.evidence().forEach(ev -> sources.add(story.source(ev.articleId())));
        return sources;
    }

    /** The timeline entry of the most sourced day-precision date within the coverage window. */
    private static TimelineEntry mainDay(StoryText story, List<TimelineEntry> timeline) {
        LocalDate first = null;
        LocalDate last = null;
        for (AnalyzedArticle a : story.members()) {
            LocalDate d = parse(StoryText.day(a.article()));
            if (d != null) {
                first = first == null || d.isBefore(first) ? d : first;
                last = last == null || d.isAfter(last) ? d : last;
            }
        }
        TimelineEntry best = null;
        int bestSources = 0;
        for (TimelineEntry e : timeline) {
            LocalDate d = parse(e.date());
            if (d == null || (first != null && (d.isBefore(first.minusDays(7)) || d.isAfter(last.plusDays(1))))) {
                continue;
            }
            Set<String> sources = new HashSet<>();
            e.evidence().forEach(ev -> sources.add(story.source(ev.articleId())));
            if (sources.size() > bestSources) {
                best = e;
                bestSources = sources.size();
            }
        }
        return best;
    }

    private static LocalDate parse(String day) {
        if (day == null || day.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String mostSourced(List<Article> articles, StoryText story,
                                      java.util.function.Function<String, List<String>> extract) {
        Map<String, Set<String>> sources = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Article a : articles) {
            for (String found : extract.apply(a.text())) {
                sources.computeIfAbsent(found, k -> new HashSet<>()).add(story.source(a.id()));
                counts.merge(found, 1, Integer::sum);
            }
        }
        return sources.keySet().stream()
                .max(Comparator.comparingInt((String k) -> sources.get(k).size()).thenComparingInt(counts::get)
                        .thenComparing(Comparator.reverseOrder()))
                .orElse(null);
    }
}
