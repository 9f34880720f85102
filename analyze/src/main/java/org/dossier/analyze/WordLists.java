package org.dossier.analyze;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.dossier.model.WordListFile;

/**
 * The word lists of one language that a rule reads (speech verbs, tense cues, ...), from a
 * resource file {@code FOLDER/LANG.txt} beside the class that owns them, {@code LANG} the article's
 * ISO 639-1 code. Each file is read once per process; immutable and thread-safe.
 *
 * <p><b>A language without a file</b> (or an article without a usable code) gets empty lists:
 * the rules that need its words find none, and no other language's words are used in their place.
 *
 * <p><b>File format.</b> UTF-8 text. A line {@code [name]} starts a section, whose names the owner
 * declares (an unknown one fails the load, naming the allowed ones); every other non-blank line is
 * one entry of the current section, written as the rule compares it; {@code #} starts a comment
 * that runs to the end of the line.
 */
public final class WordLists {

    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");
    private static final Map<String, WordLists> LOADED = new ConcurrentHashMap<>();

    private final String language;
    private final Map<String, List<String>> entries;
    private final Map<String, Set<String>> lowerCase = new LinkedHashMap<>();

    private WordLists(String language, Map<String, List<String>> entries) {
        this.language = language;
        this.entries = entries;
        entries.forEach((section, list) -> lowerCase.put(section,
                Set.copyOf(list.stream().map(e -> e.toLowerCase(Locale.ROOT)).toList())));
    }

    /**
     * The lists of {@code language} in {@code owner}'s package, folder {@code folder}, with the
     * sections {@code sections} (each present, empty when the file lacks it).
     */
    public static WordLists of(Class<?> owner, String folder, String language, Set<String> sections) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(folder, "folder");
        String code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            code = "";
        }
        String resource = folder + "/" + code + ".txt";
        String key = owner.getName() + ":" + resource;
        String lang = code;
        return LOADED.computeIfAbsent(key, k -> load(owner, resource, lang, sections));
    }

    /** The language code these lists are for; empty for the lists of no language. */
    public String language() {
        return language;
    }

    /** Whether every list is empty: the language has no file. */
    public boolean isEmpty() {
        return entries.values().stream().allMatch(List::isEmpty);
    }

    /** The section's entries as written, in file order. */
    public List<String> entries(String section) {
        return list(entries, section);
    }

    /** The section's entries in lower case ({@link Locale#ROOT}). */
    public Set<String> words(String section) {
        return list(lowerCase, section);
    }

    private <T> T list(Map<String, T> map, String section) {
        T found = map.get(section);
        if (found == null) {
            throw new IllegalArgumentException("no section [" + section + "]; allowed: " + map.keySet());
        }
        return found;
    }

    private static WordLists load(Class<?> owner, String resource, String language, Set<String> sections) {
        Map<String, List<String>> read = new LinkedHashMap<>();
        sections.stream().sorted().forEach(s -> read.put(s, new ArrayList<>()));
        InputStream in = language.isEmpty() ? null : owner.getResourceAsStream(resource);
        if (in != null) {
            Map<String, List<String>> allowed = read;
            read.putAll(WordListFile.read(in, resource, (title, where) -> {
                if (!allowed.containsKey(title)) {
                    throw new IllegalStateException(where + ": unknown section [" + title + "]; allowed: " + allowed.keySet());
                }
                return title;
            }));
        }
        read.replaceAll((s, list) -> List.copyOf(list));
        return new WordLists(language, read);
    }

    @Override
    public String toString() {
        return "WordLists[" + (language.isEmpty() ? "none" : language) + ": " + entries.keySet() + "]";
    }
}
