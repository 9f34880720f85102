package org.dossier.analyze.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The generated alias knowledge ({@code aliases.tsv.gz}, see the NOTICE beside it): surface forms
 * of countries, regions, cities, international organisations and armed groups with their
 * canonical names, nationality adjectives, and the words of job titles. Immutable after loading;
 * one instance per process ({@link #shared()}), safe to share between threads.
 */
public final class AliasTable {

    /**
     * One known surface form; {@code language} is the language whose name it is when it is a name of
     * one language only ("Oporto" in Spanish), else null: read in every language.
     */
    public record Alias(String surface, String type, String canonical, boolean acronym, boolean weak,
                        boolean city, String language) {
    }

    /** A source column's language suffix ({@code geonames-es}, {@code cldr-fr}). */
    private static final Pattern SOURCE_LANGUAGE = Pattern.compile("-([a-z]{2})$");

    private static final String RESOURCE = "aliases.tsv.gz";
    private static volatile AliasTable shared;

    private final Map<String, List<Alias>> byKey;
    private final Set<String> titleHeads;
    private final Set<String> titleWords;
    private final int maxWords;
    private final Map<String, AliasTable> views = new ConcurrentHashMap<>();

    private AliasTable(Map<String, List<Alias>> byKey, Set<String> titleHeads, Set<String> titleWords, int maxWords) {
        this.byKey = byKey;
        this.titleHeads = titleHeads;
        this.titleWords = titleWords;
        this.maxWords = maxWords;
    }

    public static AliasTable shared() {
        AliasTable table = shared;
        if (table == null) {
            synchronized (AliasTable.class) {
                table = shared;
                if (table == null) {
                    table = load();
                    shared = table;
                }
            }
        }
        return table;
    }

    private static AliasTable load() {
        Map<String, List<Alias>> byKey = new HashMap<>();
        Set<String> heads = new HashSet<>();
        Set<String> words = new HashSet<>();
        int maxWords = 1;
        try (InputStream raw = AliasTable.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 4) {
                    continue;
                }
                switch (f[1]) {
                    case "TITLE_HEAD" -> {
                        heads.add(f[0]);
                        words.add(f[0]);
                    }
                    case "TITLE_WORD" -> words.add(f[0]);
                    default -> {
                        String key = key(f[0]);
                        if (key.isEmpty()) {
                            continue;
                        }
                        Matcher language = SOURCE_LANGUAGE.matcher(f.length > 4 ? f[4] : "");
                        Alias alias = new Alias(f[0], f[1], f[2], f[3].contains("acronym"), f[3].contains("weak"),
                                f[3].contains("city"), language.find() ? language.group(1) : null);
                        byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(alias);
                        maxWords = Math.max(maxWords, key.split(" ").length);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        byKey.replaceAll((k, v) -> List.copyOf(v));
        return new AliasTable(Map.copyOf(byKey), Set.copyOf(heads), Set.copyOf(words), maxWords);
    }

    /** Lower case, accents and dots and apostrophes dropped, other punctuation as spaces. */
    public static String key(String surface) {
        String s = Normalizer.normalize(surface, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("[.'’`]", "").replaceAll("[^\\p{L}\\p{N}]+", " ");
        return s.strip();
    }

    public List<Alias> lookup(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /**
     * The table as an article in {@code language} reads it: the names of every language and those of
     * its own, never another language's ("Paul" is a Portuguese town, "Dominique" French for Dominica:
     * in an English text they are people). One view per language, made once.
     */
    public AliasTable forLanguage(String language) {
        return views.computeIfAbsent(language == null ? "" : language, l -> {
            Map<String, List<Alias>> mine = new HashMap<>();
            byKey.forEach((k, aliases) -> {
                List<Alias> kept = aliases.stream().filter(a -> a.language() == null || a.language().equals(l)).toList();
                if (!kept.isEmpty()) {
                    mine.put(k, kept);
                }
            });
            return new AliasTable(Map.copyOf(mine), titleHeads, titleWords, maxWords);
        });
    }

    /** The longest alias in words. */
    public int maxWords() {
        return maxWords;
    }

    /** A word that ends a job title ("minister", "secretary"), lower case. */
    public boolean isTitleHead(String lowerWord) {
        return titleHeads.contains(lowerWord);
    }

    /** Any word of a job title ("foreign", "prime", "minister"), lower case. */
    public boolean isTitleWord(String lowerWord) {
        return titleWords.contains(lowerWord);
    }

    /** The first reading of {@code surface} as a place (a location or a country), if the table has one. */
    public java.util.Optional<Alias> place(String surface) {
        return lookup(key(surface)).stream()
                .filter(a -> a.type().equals("LOCATION") || a.type().equals("COUNTRY")).findFirst();
    }

    /** The country a nationality adjective or a country name refers to, or null. */
    public String countryOf(String surface) {
        for (Alias a : lookup(key(surface))) {
            if (a.type().equals("DEMONYM") || a.type().equals("COUNTRY")) {
                return a.canonical();
            }
        }
        return null;
    }
}
