package org.dossier.story.consolidate;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dossier.model.WordListFile;

/**
 * The words of one language that consolidation relies on: function words, abbreviations, month
 * names, the phrases that mark boilerplate, decisions, background and the like. Read once per
 * language from {@code cues/LANG.txt} beside this class ({@code LANG} the article's ISO 639-1 code)
 * and shared; immutable and thread-safe.
 *
 * <p><b>A language without a file</b> (or an article without a usable code) gets empty cues: no
 * stop words, no abbreviations, no phrases. The language-neutral rules still apply (a line break or
 * a stop before a capital ends a sentence, an initial does not), but no other language's words are
 * ever used in its place.
 *
 * <p><b>File format.</b> UTF-8 text. A line {@code [name]} starts a section (the names are those of
 * {@link Section}; an unknown name fails the load, naming the allowed ones). Every other non-blank
 * line is one entry of the current section; {@code #} starts a comment that runs to the end of the
 * line. Entries are matched regardless of case, as whole words; the words of a phrase may be
 * separated by any white space in the text. In a phrase a word ending in {@code *} stands for any
 * word it begins ({@code launch*}: "launched", "launches"), and a {@code *} alone for any one word
 * ({@code * years ago}). Sections read as word forms ({@link Section#forms()}) list on one line a
 * word and its other forms, the first being the one the others count as ({@code election
 * elections}).
 */
public final class Cues {

    /** The sections of a cue file, by what the code does with their entries. */
    public enum Section {
        /** Function words: no content for word overlap, centrality or names. */
        STOPWORDS("stopwords"),
        /**
         * Words written with a stop that does not end a sentence, as written ({@code Dr.}, {@code z. B.});
         * {@link Cues#words} gives them in lower case without their last stop.
         */
        ABBREVIATIONS("abbreviations"),
        /** Month names in full. */
        MONTHS("months"),
        /** Short month names ({@code Sept}), which also take a stop that does not end a sentence. */
        MONTH_ABBREVIATIONS("month abbreviations"),
        /** Names of the days of the week. */
        WEEKDAYS("weekdays"),
        /** Phrases that mark a sentence as page furniture: cookies, sharing, comments, copyright. */
        BOILERPLATE("boilerplate"),
        /** Phrases that state a decision or an outcome. */
        DECISION("decision"),
        /** Phrases that name who chaired, took part, joined or proposed. */
        PARTICIPATION("participation"),
        /** Phrases that place a sentence before the event ("as a reminder", "two years ago"). */
        BACKGROUND("background"),
        /** Words that, opening a sentence, lean on an earlier one (pronouns). */
        ANAPHORIC_OPENINGS("anaphoric openings"),
        /** Words that open a dateline line ("Updated", "Published"). */
        DATELINE_OPENINGS("dateline openings"),
        /** Phrases that make a short line a dateline wherever they stand ("press release"). */
        DATELINE_PHRASES("dateline phrases"),
        /** Connectives that may open a clause and say nothing of its event ("Meanwhile,"). */
        CONNECTIVES("connectives"),
        /** Words that open a relative clause. */
        RELATIVE_PRONOUNS("relative pronouns"),
        /** Nouns naming an event a headline can be built on, as word forms. */
        EVENT_NOUNS("event nouns", true),
        /** Capitalised words that follow a place preposition without being a place. */
        NOT_PLACES("not places"),
        /** Prepositions before the place of an event; the first is written in built headlines. */
        PLACE_PREPOSITIONS("place prepositions"),
        /** Words between an event noun and the organisation holding it ("meeting of the"). */
        HOLDER_LINKS("holder links"),
        /** Words that link the parts of an organisation's name and do not name it. */
        NAME_LINKS("name links"),
        /** Phrases that say members were added or joined. */
        JOIN_CUES("join cues"),
        /** Phrases for counted newcomers ("new members", "new states"). */
        NEW_MEMBERS("new members"),
        /** Phrases that introduce a list of names ("such as"). */
        LIST_INTRODUCERS("list introducers"),
        /** Words that join the last items of a list ("and", "or"). */
        LIST_CONJUNCTIONS("list conjunctions"),
        /** Articles that may stand before a name in a list. */
        ARTICLES("articles"),
        /** Phrases that set part of a count apart ("of them", "without a vote"). */
        SET_APART_CUES("set apart cues"),
        /**
         * Words for the happening before the present one ("last", "previous"), as word forms; the
         * first is the one a dated claim's subject is written with.
         */
        PREVIOUS("previous", true),
        /** The word that opens "the first meeting since …", which dates the one before it. */
        FIRST("first"),
        /** The word between "the first meeting" and the date of the one before it. */
        SINCE("since"),
        /**
         * Words that make a happening of another kind than the plain one ("virtual meeting"), as word
         * forms; the first is written in the subject of a dated claim.
         */
        EVENT_KINDS("event kinds", true),
        /**
         * Verbs whose clause tells of a happening an event noun names, as word forms: the noun first
         * ({@code meeting met meet}), so "the last" of "they met … (the last was in March)" is a meeting.
         */
        EVENT_VERBS("event verbs", true),
        /** Phrases that say a happening took place ("took place", "was held"). */
        HAPPENED("happened"),
        /** Phrases that say a happening was only planned ("was to have been", "was scheduled"). */
        PLANNED("planned"),
        /** Numbers written as words: the number, then the words for it ({@code 4 four}). */
        NUMBER_WORDS("number words", true);

        private final String title;
        private final boolean forms;

        Section(String title) {
            this(title, false);
        }

        Section(String title, boolean forms) {
            this.title = title;
            this.forms = forms;
        }

        /** The name written between brackets in a cue file. */
        public String title() {
            return title;
        }

        /** Whether a line lists a word and its other forms rather than one entry. */
        public boolean forms() {
            return forms;
        }

        static Section named(String title, String where) {
            for (Section s : values()) {
                if (s.title.equals(title)) {
                    return s;
                }
            }
            throw new IllegalStateException(where + ": unknown section [" + title + "]; allowed: "
                    + Arrays.stream(values()).map(s -> "[" + s.title + "]").collect(Collectors.joining(" ")));
        }
    }

    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");
    private static final Map<String, Cues> LOADED = new ConcurrentHashMap<>();
    private static final Cues NONE = new Cues("", new EnumMap<>(Section.class));
    private static final String WORD_CHARS = "[\\p{L}\\p{M}\\p{N}_]";

    private final String language;
    private final Map<Section, List<String>> entries;
    private final Map<Section, Set<String>> words = new EnumMap<>(Section.class);
    private final Map<Section, Map<String, String>> forms = new EnumMap<>(Section.class);
    private final Map<List<Section>, Pattern> patterns = new ConcurrentHashMap<>();
    private final Map<List<Section>, Pattern> openings = new ConcurrentHashMap<>();

    private Cues(String language, Map<Section, List<String>> entries) {
        this.language = language;
        this.entries = entries;
        for (Section s : Section.values()) {
            List<String> list = entries.getOrDefault(s, List.of());
            Set<String> lower = new LinkedHashSet<>();
            Map<String, String> toFirst = new LinkedHashMap<>();
            for (String entry : list) {
                String e = Words.fold(entry);
                if (s.forms()) {
                    String[] parts = e.split("\\s+");
                    for (String p : parts) {
                        lower.add(p);
                        toFirst.putIfAbsent(p, parts[0]);
                    }
                } else if (s == Section.ABBREVIATIONS && e.endsWith(".")) {
                    lower.add(e.substring(0, e.length() - 1));
                } else {
                    lower.add(e);
                }
            }
            words.put(s, Set.copyOf(lower));
            forms.put(s, Map.copyOf(toFirst));
        }
    }

    /**
     * The cues of a language, loaded on first use; empty cues for null, a code that is not two or
     * three letters, or a language without a file.
     */
    public static Cues of(String language) {
        if (language == null) {
            return NONE;
        }
        Cues loaded = LOADED.get(language);
        if (loaded != null) {
            return loaded;
        }
        String code = language.strip().toLowerCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            return NONE;
        }
        return LOADED.computeIfAbsent(code, Cues::load);
    }

    /** The language code these cues are for; empty for the cues of no language. */
    public String language() {
        return language;
    }

    /** Whether no section has an entry: the language has no file. */
    public boolean isEmpty() {
        return entries.values().stream().allMatch(List::isEmpty);
    }

    /** The section's entries as written, in file order. */
    public List<String> entries(Section section) {
        return entries.getOrDefault(section, List.of());
    }

    /**
     * The section's entries (for word forms, every form) in lower case with accents removed, as
     * {@link Words#tokens} gives words.
     */
    public Set<String> words(Section section) {
        return words.get(section);
    }

    /** Whether {@code word} (compared in lower case, accents removed) is an entry of the section. */
    public boolean has(Section section, String word) {
        return words.get(section).contains(Words.fold(word));
    }

    /**
     * For a section of word forms, the form each word counts as ("elections" → "election"); for
     * {@link Section#NUMBER_WORDS} the number each word stands for ("four" → "4").
     */
    public Map<String, String> forms(Section section) {
        return forms.get(section);
    }

    /**
     * A regular expression group {@code (?:…)} matching any entry of the sections (longest
     * first, so an alternative is never cut short by one it begins with), without boundaries or
     * flags; null when the sections have no entry.
     */
    public String alternation(Section... sections) {
        List<String> all = new ArrayList<>();
        for (Section s : sections) {
            if (s.forms()) {
                all.addAll(words.get(s));
            } else {
                all.addAll(entries(s));
            }
        }
        if (all.isEmpty()) {
            return null;
        }
        return all.stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Cues::regex).collect(Collectors.joining("|", "(?:", ")"));
    }

    /**
     * A case-insensitive pattern that finds any entry of the sections as a whole word or phrase;
     * one that never matches when they have no entry. Compiled once per combination.
     */
    public Pattern pattern(Section... sections) {
        return patterns.computeIfAbsent(List.of(sections), k -> {
            String alternation = alternation(sections);
            return alternation == null ? Pattern.compile("(?!)")
                    : Pattern.compile("\\b" + alternation + "\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        });
    }

    /** Like {@link #pattern}, but matching only at the start of the input. */
    public Pattern opening(Section... sections) {
        return openings.computeIfAbsent(List.of(sections), k -> {
            String alternation = alternation(sections);
            return alternation == null ? Pattern.compile("(?!)")
                    : Pattern.compile("^" + alternation + "\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        });
    }

    /** The regular expression of one entry: words quoted, {@code *} as described in the class comment. */
    private static String regex(String entry) {
        List<String> parts = new ArrayList<>();
        for (String word : entry.strip().split("\\s+")) {
            if (word.equals("*")) {
                parts.add(WORD_CHARS + "+");
            } else if (word.endsWith("*")) {
                parts.add(Pattern.quote(word.substring(0, word.length() - 1)) + WORD_CHARS + "*");
            } else {
                parts.add(Pattern.quote(word));
            }
        }
        return String.join("\\s+", parts);
    }

    private static Cues load(String code) {
        String resource = "cues/" + code + ".txt";
        InputStream in = Cues.class.getResourceAsStream(resource);
        if (in == null) {
            return new Cues(code, new EnumMap<>(Section.class));
        }
        Map<Section, List<String>> read = new EnumMap<>(Section.class);
        read.putAll(WordListFile.read(in, resource, Section::named));
        return new Cues(code, read);
    }

    @Override
    public String toString() {
        return "Cues[" + (language.isEmpty() ? "none" : language) + "]";
    }
}
