package org.dossier.analyze.time;

import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.dossier.analyze.WordLists;
import org.dossier.analyze.time.TimexRule.Groups;
import org.dossier.analyze.time.TimexRule.Normaliser;

/**
 * The time expressions of a language other than English, written with that language's words from
 * {@code time/LANG.txt} ({@link WordLists}): "am Montag", "lundi dernier", "el pasado domingo", "lo
 * scorso febbraio", "в прошлом году", "3. März 2024", "el 3 de marzo", "vor zwei Wochen". A match's
 * words are read back into the English ones they mean (month number, weekday, unit, "last", "ago"),
 * and the English grammar's normalisers give the value: one normaliser for every language.
 *
 * <p><b>File.</b> Keyed sections ({@code [months]}, {@code [weekdays]}, {@code [units]}, {@code
 * [numbers]}, {@code [relative]}, {@code [words]}) hold entries {@code key = form | form}; the
 * other sections hold words or phrases, {@code form | form}. A form ending in an apostrophe ("l'") joins the
 * next word without a space. Immutable and thread-safe.
 */
final class LanguageGrammar {

    static final Set<String> SECTIONS = Set.of("months", "weekdays", "units", "numbers", "relative", "words",
            "ago before", "ago after", "later before", "later after", "determiners", "date joiners",
            "day suffixes", "year suffixes");

    /** Units that a relative word places as one calendar period ("letzte Woche"). */
    private static final Set<String> CALENDAR_UNITS = Set.of("week", "weekend", "month", "year", "decade", "century");

    private static final String START = "(?<![\\p{L}\\p{N}])";
    private static final String END = "(?![\\p{L}\\p{N}])";
    private static final String DAY = "(?<day>3[01]|[12]\\d|0?[1-9])";
    private static final String YEAR = "(?<year>(?:1[5-9]|20)\\d\\d)(?!\\d)";

    private final WordLists words;
    private final Map<String, Map<String, String>> keyed = new HashMap<>();

    private LanguageGrammar(WordLists words) {
        this.words = words;
        for (String section : List.of("months", "weekdays", "units", "numbers", "relative", "words")) {
            keyed.put(section, keyed(section));
        }
    }

    /** The rules of {@code language}, or none when it has no word list. */
    static List<TimexRule> rules(String language) {
        WordLists lists = WordLists.of(WordLists.class, "time", language, SECTIONS);
        return lists.isEmpty() ? List.of() : new LanguageGrammar(lists).build();
    }

    private List<TimexRule> build() {
        String det = "(?:" + before(plain("determiners")) + ")?";
        String month = group("month", "months");
        String weekday = group("wd", "weekdays");
        String rel = relativeBefore();
        String relAfter = group("rel2", "relative");
        String num = "(?<num>\\d+|" + alternatives(keyed.get("numbers").keySet()) + ")";
        String unit = group("unit", "units");
        String period = group("unit", "units", CALENDAR_UNITS::contains);
        String daySuffix = optional(plain("day suffixes"), "");
        List<String> joiners = plain("date joiners");
        String joiner = joiners.isEmpty() ? "" : "(?:(?:" + alternatives(joiners) + ")\\s+)?";
        String yearSuffix = optional(plain("year suffixes"), "\\s+");
        String year = YEAR + yearSuffix;
        List<TimexRule> r = new ArrayList<>();
        r.add(rule("day-month", START + det + "(?:" + weekday + ",?\\s+" + det + ")?" + DAY + daySuffix + "\\s+"
                + joiner + month + "(?:,?\\s+" + joiner + year + ")?" + END, TimexGrammar::dayOfMonth));
        r.add(rule("month-year", START + det + month + ",?\\s+" + joiner + year + END,
                (g, s) -> Normalised.date(Dates.month(Integer.parseInt(g.get("year")),
                        Dates.monthNumber(g.get("month"))))));
        r.add(rule("month", START + det + "(?:" + rel + month + "|" + month.replace("<month>", "<month2>") + "\\s+"
                + relAfter + "|" + month.replace("<month>", "<month3>") + ")" + END, TimexGrammar::month));
        r.add(rule("weekday", START + det + "(?:" + rel + weekday + "|" + weekday.replace("<wd>", "<wd2>") + "\\s+"
                + relAfter + "|" + weekday.replace("<wd>", "<wd3>") + ")" + END, TimexGrammar::weekday));
        r.add(rule("relative-unit", START + det + "(?:" + rel + period + "|" + period.replace("<unit>", "<unit2>")
                + "\\s+" + relAfter + ")" + END, TimexGrammar::relativeUnit));
        String amount = num + "\\s+" + unit;
        addAgo(r, "ago", "ago before", "ago after", amount);
        addAgo(r, "later", "later before", "later after", amount);
        r.add(rule("duration", START + amount + END, TimexGrammar::duration));
        Map<String, String> dayWords = keyed.get("words");
        if (!dayWords.isEmpty()) {
            // "la mañana" is the morning, "mañana" tomorrow: a day word after an article is not one.
            String notAfterArticle = plain("determiners").stream().filter(d -> !joins(d))
                    .map(d -> "(?<!" + Pattern.quote(d) + "\\s)").reduce("", String::concat);
            r.add(rule("word", START + notAfterArticle + "(?<w>" + alternatives(dayWords.keySet()) + ")" + END,
                    (g, s) -> g.get("w").startsWith("the day") ? TimexGrammar.relativeDay(g, s)
                            : TimexGrammar.word(g, s)));
        }
        r.add(rule("year", "(?<![\\p{L}\\p{N}$.,/-])" + YEAR + "(?![\\p{L}%]|[.,]\\d|-\\d)",
                (g, s) -> Normalised.date(g.get("year"))));
        return List.copyOf(r);
    }

    private void addAgo(List<TimexRule> r, String dir, String beforeSection, String afterSection, String amount) {
        List<String> before = plain(beforeSection);
        List<String> after = plain(afterSection);
        Normaliser ago = (g, s) -> TimexGrammar.ago(with(g, "dir", dir), s);
        if (!before.isEmpty()) {
            r.add(rule(dir + "-before", START + "(?:" + alternatives(before) + ")\\s+" + amount + END, ago));
        }
        if (!after.isEmpty()) {
            r.add(rule(dir + "-after", START + amount + "\\s+(?:" + alternatives(after) + ")" + END, ago));
        }
    }

    /** A rule whose groups are read back into English words before {@code normaliser} runs. */
    private TimexRule rule(String name, String regex, Normaliser normaliser) {
        return TimexRule.of(name, regex, (g, s) -> normaliser.apply(english(g), s));
    }

    /** The match with its words replaced by the English ones they mean; numbered duplicates merged. */
    private Groups english(Groups g) {
        Map<String, String> values = new HashMap<>();
        g.values().forEach((name, value) -> {
            String base = name.replaceAll("\\d$", "");
            String key = lower(value);
            String english = switch (base) {
                case "month" -> monthName(keyed.get("months").get(key));
                case "wd" -> keyed.get("weekdays").get(key);
                case "rel" -> keyed.get("relative").get(key);
                case "unit" -> keyed.get("units").get(key);
                case "num" -> keyed.get("numbers").getOrDefault(key, value);
                case "w" -> keyed.get("words").get(key);
                default -> value;
            };
            values.put(base, english == null ? value : english);
        });
        return new Groups(g.text(), values);
    }

    /** The English name of month number {@code number} ("2": FEBRUARY), or null for no number. */
    private static String monthName(String number) {
        return number == null || !number.matches("0?[1-9]|1[0-2]") ? null : Month.of(Integer.parseInt(number)).name();
    }

    private static Groups with(Groups g, String name, String value) {
        Map<String, String> values = new HashMap<>(g.values());
        values.put(name, value);
        return new Groups(g.text(), values);
    }

    /** The forms of a section of plain entries; an entry may give several, "form | form". */
    private List<String> plain(String section) {
        return words.entries(section).stream().flatMap(e -> Arrays.stream(e.split("\\|")))
                .map(LanguageGrammar::lower).filter(f -> !f.isEmpty()).toList();
    }

    /** Form (lower case, single spaces) to key, from the section's {@code key = form | form} entries. */
    private Map<String, String> keyed(String section) {
        Map<String, String> forms = new LinkedHashMap<>();
        for (String entry : words.entries(section)) {
            int eq = entry.indexOf('=');
            if (eq < 0) {
                throw new IllegalStateException("time/" + words.language() + ".txt [" + section
                        + "]: expected \"key = form | form\": " + entry);
            }
            String key = entry.substring(0, eq).strip();
            for (String form : entry.substring(eq + 1).split("\\|")) {
                forms.put(lower(form), key);
            }
        }
        return forms;
    }

    /** A named group of the forms of a keyed section whose keys {@code keys} allows. */
    private String group(String name, String section, Predicate<String> keys) {
        List<String> forms = keyed.get(section).entrySet().stream().filter(e -> keys.test(e.getValue()))
                .map(Map.Entry::getKey).toList();
        return "(?<" + name + ">" + alternatives(forms) + ")";
    }

    private String group(String name, String section) {
        return group(name, section, k -> true);
    }

    /** A relative word before its noun, in {@code rel}, or joined to it by an apostrophe, in {@code rel1}. */
    private String relativeBefore() {
        List<String> forms = List.copyOf(keyed.get("relative").keySet());
        List<String> joined = forms.stream().filter(LanguageGrammar::joins).toList();
        List<String> spaced = forms.stream().filter(f -> !joins(f)).toList();
        return "(?:(?<rel>" + alternatives(spaced) + ")\\s+" + (joined.isEmpty() ? "" : "|(?<rel1>"
                + alternatives(joined) + ")") + ")";
    }

    private static boolean joins(String form) {
        return form.endsWith("'") || form.endsWith("’");
    }

    /** Words that go before the next one: spaced ones, then ones ending in an apostrophe. */
    private static String before(List<String> forms) {
        List<String> spaced = forms.stream().filter(f -> !joins(f)).toList();
        List<String> joined = forms.stream().filter(LanguageGrammar::joins).toList();
        String out = spaced.isEmpty() ? "" : "(?:" + alternatives(spaced) + ")\\s+";
        if (!joined.isEmpty()) {
            out = (out.isEmpty() ? "" : out + "|") + "(?:" + alternatives(joined) + ")";
        }
        return out.isEmpty() ? "(?!)" : "(?:" + out + ")";
    }

    private static String optional(List<String> forms, String lead) {
        return forms.isEmpty() ? "" : "(?:" + lead + "(?:" + alternatives(forms) + "))?";
    }

    /** The forms as one alternation, longest first, spaces as any run of white space. */
    private static String alternatives(Collection<String> forms) {
        return forms.stream().map(LanguageGrammar::lower).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(f -> String.join("\\s+", Arrays.stream(f.split(" ")).map(Pattern::quote).toList()))
                .reduce((a, b) -> a + "|" + b).orElse("(?!)");
    }

    private static String lower(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
