package org.dossier.story.cluster;

import com.ibm.icu.text.Transliterator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Evidence;
import org.dossier.model.TimeExpression;
import org.dossier.story.AnalyzedArticle;
import org.dossier.story.consolidate.SentenceSplitter;

/**
 * Turns an analysed article into an {@link EventSketch}: the words of its headline and lead and of
 * its body, the names it gives (entities of the analysis; with no analysis, capitalised words
 * inside a sentence), the event days its lead names, its places and the kinds of happening its lead
 * names. Function words ({@code stopwords/LANG.txt}) and event kinds ({@code event-kinds/LANG.txt})
 * are read from per-language resource files beside this class. Stateless and thread-safe.
 */
public final class FeatureExtractor {

    /** Sentences of the text that, with the headline, make the lead. */
    static final int LEAD_SENTENCES = 3;
    /** Body words kept per article, the most frequent first. */
    static final int BODY_TERMS = 60;
    /** Characters beyond which a run of letters and digits is no word (a hash, a pasted blob). */
    static final int MAX_TOKEN = 40;

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d{2}");
    private static final Set<String> STOP = loadStopWords();
    private static final Map<String, Map<String, String>> KINDS = new ConcurrentHashMap<>();

    public EventSketch extract(AnalyzedArticle analyzed) {
        Article article = analyzed.article();
        ArticleAnalysis analysis = analyzed.analysis();
        String text = article.text();
        int leadEnd = SentenceSplitter.leadEnd(text, article.language(), LEAD_SENTENCES);
        String title = article.title() == null ? "" : article.title();

        Map<String, Integer> lead = new HashMap<>();
        Map<String, Integer> body = new HashMap<>();
        Map<String, Integer> numbers = new HashMap<>();
        Set<String> capitalised = new TreeSet<>();
        Set<String> leadCapitalised = new TreeSet<>();
        Map<String, Integer> years = new HashMap<>();
        Map<String, Integer> titleWords = new HashMap<>();
        words(title, titleWords, numbers, years, null);
        titleWords.forEach((w, c) -> lead.merge(w, c, Integer::sum));
        words(text.substring(0, leadEnd), lead, numbers, years, leadCapitalised);
        words(text, body, new HashMap<>(), new HashMap<>(), capitalised);

        Map<String, Integer> names = new HashMap<>();
        Map<String, Integer> leadNames = new HashMap<>();
        Map<String, Integer> places = new HashMap<>();
        boolean anyEntity = false;
        for (Entity entity : analysis.entities()) {
            if (entity.type() == EntityType.OTHER) {
                continue;
            }
            anyEntity = true;
            Set<String> nameWords = nameWords(entity);
            boolean inLead = false;
            for (Evidence mention : entity.mentions()) {
                inLead |= mention.start() < leadEnd;
            }
            for (String w : nameWords) {
                inLead |= titleWords.containsKey(w);
            }
            for (String w : nameWords) {
                names.merge(w, 1, Integer::sum);
                if (inLead) {
                    leadNames.merge(w, 1, Integer::sum);
                }
            }
            if (inLead && (entity.type() == EntityType.LOCATION || entity.type() == EntityType.COUNTRY)) {
                places.merge(entity.name().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        // The dateline names where the report was filed: the place of its event more often than not.
        // Named as the alias table knows it, so that "OPORTO." meets the Porto of other languages.
        analysis.datelineIfAny().ifPresent(d -> {
            String place = d.commonPlace().toLowerCase(Locale.ROOT);
            if (!place.isEmpty()) {
                places.merge(place, 1, Integer::sum);
            }
        });
        if (!anyEntity) {
            capitalised.forEach(w -> names.merge(w, 1, Integer::sum));
            leadCapitalised.forEach(w -> leadNames.merge(w, 1, Integer::sum));
        }

        TreeSet<Long> leadDays = new TreeSet<>();
        TreeSet<Long> textDays = new TreeSet<>();
        for (TimeExpression time : analysis.times()) {
            String value = time.value();
            if (value == null || !"DATE".equals(time.type()) || !DAY.matcher(value).matches()) {
                continue;
            }
            try {
                long epochDay = LocalDate.parse(value).toEpochDay();
                textDays.add(epochDay);
                if (time.evidence().start() < leadEnd) {
                    leadDays.add(epochDay);
                }
            } catch (java.time.DateTimeException e) {
                // An impossible day ("2021-02-30") says nothing about when.
            }
        }

        Map<String, Integer> kinds = new HashMap<>();
        Map<String, String> kindOf = kinds(article.language());
        for (String w : lead.keySet()) {
            String kind = kindOf.get(w);
            if (kind != null) {
                kinds.merge(kind, 1, Integer::sum);
            }
        }
        LocalDate published = article.publishedDay();
        // An undated report is dated by the latest event day its lead names: it comes after what it reports.
        long day = published != null ? published.toEpochDay()
                : leadDays.isEmpty() ? EventSketch.NO_DAY : leadDays.last();
        return new EventSketch(article.id(), article.language(), day,
                Terms.of(titleWords), Terms.of(lead), Terms.of(strongest(body)), Terms.of(leadNames), Terms.of(names), Terms.of(numbers), Terms.of(years),
                days(leadDays), Terms.of(places), Terms.of(kinds), days(textDays));
    }

    /**
     * Counts the words of {@code text} (letters and digits, two characters or more, lower-cased,
     * function words left out) into {@code words}, its numbers other than years into
     * {@code numbers}, its years into {@code years} and, if {@code capitalised} is given, its
     * capitalised words inside a sentence. Tokens longer than {@link #MAX_TOKEN} are no words.
     */
    static void words(String text, Map<String, Integer> words, Map<String, Integer> numbers, Map<String, Integer> years,
                      Set<String> capitalised) {
        int i = 0;
        int n = text.length();
        boolean sentenceStart = true;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                if (cp == '.' || cp == '!' || cp == '?' || cp == '\n' || cp == ':' || cp == '|') {
                    sentenceStart = true;
                }
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (i - start > MAX_TOKEN) {
                sentenceStart = false;
                continue;
            }
            String token = text.substring(start, i);
            String lower = token.toLowerCase(Locale.ROOT);
            boolean stop = STOP.contains(lower);
            if (lower.codePointCount(0, lower.length()) > 1 && !stop) {
                words.merge(lower, 1, Integer::sum);
            }
            if (Character.isDigit(cp)) {
                if (YEAR.matcher(token).matches()) {
                    years.merge(lower, 1, Integer::sum);
                } else {
                    numbers.merge(lower, 1, Integer::sum);
                }
            } else if (capitalised != null && !sentenceStart && Character.isUpperCase(cp) && lower.length() > 1
                    && !stop) {
                capitalised.add(lower);
            }
            sentenceStart = false;
        }
    }

    private static long[] days(Set<Long> days) {
        return days.stream().mapToLong(Long::longValue).toArray();
    }

    private static Set<String> nameWords(Entity entity) {
        Set<String> out = new TreeSet<>();
        List<String> all = new ArrayList<>(entity.aliases());
        all.add(entity.name());
        for (String name : all) {
            for (String part : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (part.length() > 1 && !STOP.contains(part)) {
                    // Compared in plain Latin letters only, so that a name in two scripts is one word.
                    String latin = latin(part);
                    out.add(latin.length() > 1 ? latin : part);
                }
            }
        }
        return out;
    }

    /** Cyrillic to Latin as the BGN romanisation has it, and accents dropped ("Собянин" is Sobyanin). */
    private static final ThreadLocal<Transliterator> LATIN = ThreadLocal.withInitial(() ->
            Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII"));

    /**
     * A name word in plain Latin letters, so that reports in other scripts and with other accents
     * share it: "блинкен" and "blinken", "wilmès" and "wilmes". ASCII words are returned as given.
     */
    static String latin(String word) {
        if (word.chars().allMatch(c -> c < 128)) {
            return word;
        }
        return LATIN.get().transliterate(word).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static Map<String, Integer> strongest(Map<String, Integer> counts) {
        if (counts.size() <= BODY_TERMS) {
            return counts;
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Integer> out = new HashMap<>();
        for (Map.Entry<String, Integer> e : entries.subList(0, BODY_TERMS)) {
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    /** Word to kind of happening for {@code language}; empty for a language with no list. */
    static Map<String, String> kinds(String language) {
        String lang = language == null ? "en" : language;
        return KINDS.computeIfAbsent(lang, l -> {
            Map<String, String> out = new HashMap<>();
            for (String line : lines("event-kinds/" + l + ".txt")) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    throw new IllegalStateException("event-kinds/" + l + ".txt: no kind in line: " + line);
                }
                String kind = line.substring(0, colon).trim();
                for (String w : line.substring(colon + 1).trim().split("\\s+")) {
                    out.putIfAbsent(w.toLowerCase(Locale.ROOT), kind);
                }
            }
            return Map.copyOf(out);
        });
    }

    private static Set<String> loadStopWords() {
        Set<String> out = new HashSet<>();
        for (String lang : List.of("en", "de", "fr", "es", "it", "ru")) {
            for (String line : lines("stopwords/" + lang + ".txt")) {
                for (String w : line.split("\\s+")) {
                    out.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        return Set.copyOf(out);
    }

    /** The non-empty, non-comment lines of a resource beside this class; none if it is absent. */
    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        InputStream in = FeatureExtractor.class.getResourceAsStream(resource);
        if (in == null) {
            return out;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
