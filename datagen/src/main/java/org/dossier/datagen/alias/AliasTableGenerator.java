package org.dossier.datagen.alias;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.dossier.analyze.entity.AliasTable;

/**
 * Builds the entity annotator's alias table ({@code aliases.tsv}) from the shared name knowledge:
 * Wikidata country labels and aliases (CC0), the JDK's CLDR country names, GeoNames regions and
 * cities (CC BY 4.0), SupraVerden international organisations (CC BY-SA 4.0), the OFAC SDN list's
 * armed and terrorist groups with their aka lists (public domain), nationality adjectives (MIT),
 * and CoreNLP's title gazetteer (GPL, read from the models jar on the classpath).
 *
 * <p>Run at build time by a maintainer, not by the product: {@code bin/generate-aliases}, or
 * {@code java -cp ... org.dossier.datagen.alias.AliasTableGenerator KNOWLEDGE_DIR OUT_FILE}. The
 * output is sorted and deterministic, one row per (surface, type, canonical): {@code surface TAB
 * type TAB canonical TAB flags TAB source}. Surface forms are English, and for places also German, Spanish, French,
 * Italian, Dutch, Portuguese and Russian (see {@link #otherLanguages}), each for its English canonical name.
 */
public final class AliasTableGenerator {

    /** Words that mark an SDGT-listed entity as an armed or political group rather than a firm. */
    private static final Pattern GROUP_WORDS = Pattern.compile(
            "\\b(FRONT|ARMY|BRIGADES?|BATTALIONS?|MOVEMENT|MILITIA|JIHAD|MUJAHIDEEN|MUJAHIDIN|TALIBAN|HIZB\\w*"
                    + "|HEZBOLLAH|PARTY|ISIS|ISIL|ISLAMIC STATE|QA'IDA|QAIDA|KATA'IB|JAYSH|JAISH|LASHKAR|ANSAR"
                    + "|TANZIM|JAMA'AT|SHABAAB|GUARDS?|CORPS)\\b");
    /** Aka entries of groups that name media arms or funds, not the group itself. */
    private static final Pattern NOT_THE_GROUP = Pattern.compile(
            "\\b(NEWS|AGENCY|MEDIA|FOUNDATION|ESTABLISHMENT|CENTER|CENTRE|FUND|COMPANY|TRADING|EXCHANGE|BANK"
                    + "|CHARIT\\w*|RELIEF|OFFICE|MAGAZINE|RADIO|TELEVISION|PUBLICATIONS?|PRODUCTION)\\b");
    private static final Pattern EMOJI_OR_SYMBOL = Pattern.compile("[\\p{So}\\p{Cs}\\p{Co}]");

    /** The languages besides English whose place names the table holds. */
    static final List<String> OTHER_LANGUAGES = List.of("de", "es", "fr", "it", "nl", "pt", "ru");

    private final Map<String, Row> rows = new TreeMap<>();

    private record Row(String surface, String type, String canonical, String flags, String source) {
        String line() {
            return String.join("\t", surface, type, canonical, flags, source);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: AliasTableGenerator KNOWLEDGE_DIR OUT_FILE");
            System.exit(2);
        }
        AliasTableGenerator generator = new AliasTableGenerator();
        Path knowledge = Path.of(args[0]);
        Map<String, String> countryNames = generator.countries(knowledge);
        List<String[]> geonames = geonames(knowledge);
        generator.regionsAndCities(geonames, countryNames);
        generator.nationalities(knowledge, countryNames);
        generator.internationalOrganisations(knowledge);
        generator.groups(knowledge);
        generator.titles();
        generator.otherLanguages(geonames, countryNames);
        generator.write(Path.of(args[1]));
    }

    private void add(String surface, String type, String canonical, String flags, String source) {
        String s = clean(surface);
        if (s.isEmpty() || EMOJI_OR_SYMBOL.matcher(s).find()) {
            return;
        }
        // A name of one language only ("geonames-es") is kept once per language: "Roma" is the
        // Spanish and the Italian name of Rome, and an Italian article must find it as well.
        int dash = source.lastIndexOf('-');
        String language = dash > 0 && source.length() - dash == 3 ? source.substring(dash) : "";
        String key = s + "\t" + type + "\t" + canonical + "\t" + language;
        rows.putIfAbsent(key, new Row(s, type, canonical, flags, source));
    }

    private static String clean(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    /** Countries keyed by ISO alpha-2, canonical name = the JDK's CLDR English name. */
    private Map<String, String> countries(Path knowledge) throws IOException {
        Map<String, String> canonical = new TreeMap<>();
        Map<String, String> iso3to2 = new HashMap<>();
        List<String[]> wikidata = new ArrayList<>();
        for (String line : Files.readAllLines(knowledge.resolve("wikidata-country-aliases/country_aliases.csv"))) {
            String[] f = csv(line);
            if (f.length < 6 || f[0].equals("iso3c")) {
                continue;
            }
            iso3to2.put(f[0], f[1]);
            wikidata.add(f);
        }
        for (String iso2 : new TreeSet<>(iso3to2.values())) {
            String name = new Locale("", iso2).getDisplayCountry(Locale.ENGLISH);
            if (!name.isEmpty() && !name.equals(iso2)) {
                canonical.put(iso2, name);
            }
        }
        // Wikidata's English label is the better canonical where CLDR disambiguates in its own
        // style ("Congo - Kinshasa" is the "Democratic Republic of the Congo").
        for (String[] f : wikidata) {
            if (f[2].equals("en") && f[5].equals("official") && canonical.containsKey(f[1])
                    && canonical.get(f[1]).matches(".*( - |\\(|&).*")) {
                canonical.put(f[1], f[4]);
            }
        }
        Map<String, Set<String>> countriesOf = new HashMap<>();
        List<String[]> candidates = new ArrayList<>();
        for (String[] f : wikidata) {
            String iso2 = f[1];
            String name = canonical.get(iso2);
            if (name == null || !f[2].equals("en")) {
                continue;
            }
            String label = f[4].startsWith("the ") ? f[4].substring(4) : f[4];
            String letters = label.replace(".", "");
            // Short aliases are noisy ("de" for Germany) unless they are upper-case codes (US, UK).
            if (letters.length() <= 2 && !letters.equals(letters.toUpperCase(Locale.ROOT))) {
                continue;
            }
            if (letters.length() < 2) {
                continue;
            }
            countriesOf.computeIfAbsent(key(label), k -> new TreeSet<>()).add(name);
            candidates.add(new String[] {label, name});
        }
        for (String[] c : candidates) {
            // "Congo" names two states: such a surface resolves to neither.
            if (countriesOf.get(key(c[0])).size() == 1) {
                // Two-letter codes (US, UK, but also GB, IN, MX in sports tables) need support.
                String flags = !acronym(c[0]) ? "" : c[0].replace(".", "").length() == 2 ? "acronym,weak" : "acronym";
                add(c[0], "COUNTRY", c[1], flags, "wikidata");
            }
        }
        for (Map.Entry<String, String> e : canonical.entrySet()) {
            add(e.getValue(), "COUNTRY", e.getValue(), "", "cldr");
        }
        return canonical;
    }

    /** GeoNames' names by locale: kind, key, locale, name, one array a row. */
    private static List<String[]> geonames(Path knowledge) throws IOException {
        Path file = knowledge.resolve("geonames-cities-debian/geonames_names_by_locale.tsv.gz");
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length >= 4 && f[3].length() >= 3) {
                    rows.add(f);
                }
            }
        }
        return rows;
    }

    private void regionsAndCities(List<String[]> geonames, Map<String, String> countryNames) {
        for (String[] f : geonames) {
            if (!f[2].equals("en")) {
                continue;
            }
            switch (f[0]) {
                case "country" -> {
                    String name = countryNames.get(f[1]);
                    if (name != null && !f[3].startsWith("Congo")) {
                        add(f[3], "COUNTRY", name, "", "geonames");
                    }
                }
                case "admin1" -> add(f[3], "LOCATION", f[3], "region", "geonames");
                case "city" -> add(f[3], "LOCATION", f[3], "city", "geonames");
                default -> { }
            }
        }
    }

    /**
     * The names of countries (CLDR), regions and cities (GeoNames) in the languages the product reads
     * besides English, each for the English name of the same place ("Oporto", "Porto" in Spanish;
     * "Rom"; "Москва"), so reports in several languages name one place alike. A name that is looked up
     * as an English name of anything ({@link AliasTable#key}) keeps its English reading only. Run last:
     * it needs every English surface.
     */
    void otherLanguages(List<String[]> geonames, Map<String, String> countryNames) {
        Set<String> english = new TreeSet<>();
        rows.values().forEach(r -> english.add(AliasTable.key(r.surface())));
        for (Map.Entry<String, String> country : countryNames.entrySet()) {
            for (String language : OTHER_LANGUAGES) {
                String name = new Locale("", country.getKey()).getDisplayCountry(Locale.forLanguageTag(language));
                if (name.length() >= 3 && !name.equals(country.getKey()) && !english.contains(AliasTable.key(name))) {
                    add(name, "COUNTRY", country.getValue(), "", "cldr-" + language);
                }
            }
        }
        Map<String, String> englishName = new HashMap<>();
        List<String[]> others = new ArrayList<>();
        for (String[] f : geonames) {
            if (!(f[0].equals("admin1") || f[0].equals("city"))) {
                continue;
            }
            if (f[2].equals("en")) {
                englishName.put(f[0] + " " + f[1], f[3]);
            } else if (OTHER_LANGUAGES.contains(f[2])) {
                others.add(f);
            }
        }
        for (String[] f : others) {
            String canonical = englishName.get(f[0] + " " + f[1]);
            if (canonical != null && !f[3].equals(canonical) && !english.contains(AliasTable.key(f[3]))) {
                add(f[3], "LOCATION", canonical, f[0].equals("city") ? "city" : "region", "geonames-" + f[2]);
            }
        }
    }

    private void nationalities(Path knowledge, Map<String, String> countryNames) throws IOException {
        String json = Files.readString(knowledge.resolve("npm-i18n-nationality/langs/en.json"));
        Matcher m = Pattern.compile("\"([A-Z]{2})\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        while (m.find()) {
            String country = countryNames.get(m.group(1));
            if (country != null) {
                add(m.group(2), "DEMONYM", country, "", "i18n-nationality");
            }
        }
    }

    /** SupraVerden's YAML is a flat two-level mapping; its English name fields are all we need. */
    private void internationalOrganisations(Path knowledge) throws IOException {
        Path file = knowledge.resolve("supraverden-international-orgs/general_list.yaml");
        String current = null;
        Map<String, String> fields = new LinkedHashMap<>();
        List<Map.Entry<String, Map<String, String>>> orgs = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isEmpty() && !line.startsWith(" ") && !line.startsWith("#") && line.endsWith(":")) {
                if (current != null) {
                    orgs.add(Map.entry(current, fields));
                }
                current = unquote(line.substring(0, line.length() - 1));
                fields = new LinkedHashMap<>();
            } else if (line.startsWith("  ") && !line.startsWith("   ") && line.contains(": ")) {
                int colon = line.indexOf(": ");
                fields.put(line.substring(2, colon), unquote(line.substring(colon + 2)));
            }
        }
        if (current != null) {
            orgs.add(Map.entry(current, fields));
        }
        for (Map.Entry<String, Map<String, String>> org : orgs) {
            Map<String, String> f = org.getValue();
            String canonical = f.getOrDefault("Name_en", org.getKey());
            if (canonical == null || canonical.isBlank() || canonical.startsWith("[")) {
                canonical = org.getKey();
            }
            for (String field : List.of("Name_en", "Abbreviation_en", "Name_other_en", "Name_other_2_en")) {
                String v = f.get(field);
                if (v == null || v.isBlank() || v.startsWith("[") || v.equals("null") || v.length() < 2) {
                    continue;
                }
                add(v, "ORGANIZATION", canonical, acronym(v) ? "acronym" : "", "supraverden");
            }
            add(org.getKey(), "ORGANIZATION", canonical, acronym(org.getKey()) ? "acronym" : "", "supraverden");
        }
    }

    /**
     * Armed and terrorist groups from OFAC: every FTO entity and the SDGT entities whose names mark
     * them as groups. Canonical name: the shortest multi-word aka that starts the primary name (the
     * ISIL record's "ISLAMIC STATE"), else the primary name; the canonical's initials are added as
     * a weak alias that needs support in the text.
     */
    private void groups(Path knowledge) throws IOException {
        Path dir = knowledge.resolve("ofac-sdn-2022");
        Map<String, String> primary = new TreeMap<>();
        for (String line : Files.readAllLines(dir.resolve("sdn.csv"), StandardCharsets.ISO_8859_1)) {
            String[] f = csv(line);
            if (f.length < 4 || !f[2].strip().equals("-0-")) {
                continue;
            }
            String name = f[1].strip();
            boolean fto = f[3].contains("FTO");
            boolean groupLike = f[3].contains("SDGT") && GROUP_WORDS.matcher(name).find()
                    && !NOT_THE_GROUP.matcher(name).find();
            if (fto || groupLike) {
                primary.put(f[0], name);
            }
        }
        Map<String, List<String>> akas = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("alt.csv"), StandardCharsets.ISO_8859_1)) {
            String[] f = csv(line);
            if (f.length >= 4 && primary.containsKey(f[0]) && f[2].strip().equals("aka")) {
                akas.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[3].strip());
            }
        }
        // An aka shared by two records (ANSAR AL-SHARIA) names neither reliably: dropped.
        Map<String, Integer> uses = new HashMap<>();
        for (Map.Entry<String, String> e : primary.entrySet()) {
            Set<String> names = new TreeSet<>(akas.getOrDefault(e.getKey(), List.of()));
            names.add(e.getValue());
            names.forEach(n -> uses.merge(key(n), 1, Integer::sum));
        }
        for (Map.Entry<String, String> e : primary.entrySet()) {
            String main = stripParenthesis(e.getValue());
            List<String> names = new ArrayList<>(akas.getOrDefault(e.getKey(), List.of()));
            String canonical = main;
            for (String aka : names) {
                String a = stripParenthesis(aka);
                if (a.contains(" ") && main.startsWith(a + " ") && a.length() < canonical.length()) {
                    canonical = a;
                }
            }
            String display = titleCase(canonical);
            add(display, "GROUP", display, "", "ofac");
            if (uses.getOrDefault(key(e.getValue()), 0) == 1) {
                add(surfaceOf(main), "GROUP", display, acronym(main) ? "acronym" : "", "ofac");
            }
            for (String aka : names) {
                String a = stripParenthesis(aka);
                if (a.length() < 3 || NOT_THE_GROUP.matcher(a).find() || uses.getOrDefault(key(aka), 0) > 1) {
                    continue;
                }
                add(surfaceOf(a), "GROUP", display, acronym(a) ? "acronym" : "", "ofac");
            }
            String initials = initials(canonical);
            if (initials.length() >= 2 && !canonical.equals(initials)) {
                add(initials, "GROUP", display, "acronym,weak", "ofac-initials");
            }
        }
    }

    /** Words of CoreNLP's title gazetteer: heads ("minister") and modifiers ("foreign", "deputy"). */
    private void titles() throws IOException {
        String resource = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
        InputStream stream = getClass().getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("CoreNLP models jar not on the classpath: " + resource);
        }
        Set<String> heads = new TreeSet<>();
        Set<String> words = new TreeSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split("\t");
                if (f.length < 2 || !f[1].equals("TITLE") || !f[0].matches("[a-z][a-z -]*")) {
                    continue;
                }
                String[] w = f[0].split("[ -]+");
                heads.add(w[w.length - 1]);
                for (String word : w) {
                    words.add(word);
                }
            }
        }
        for (String w : words) {
            if (w.length() > 1) {
                add(w, heads.contains(w) ? "TITLE_HEAD" : "TITLE_WORD", w, "", "corenlp-titles");
            }
        }
    }

    private void write(Path out) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        OutputStream raw = Files.newOutputStream(out);
        if (out.toString().endsWith(".gz")) {
            raw = new GZIPOutputStream(raw);
        }
        try (Writer w = new OutputStreamWriter(raw, StandardCharsets.UTF_8)) {
            w.write("# Generated by " + AliasTableGenerator.class.getName() + "; sources and licences in NOTICE.\n");
            w.write("# surface\ttype\tcanonical\tflags\tsource\n");
            for (Row r : rows.values()) {
                w.write(r.line());
                w.write('\n');
            }
        }
        System.err.println("wrote " + rows.size() + " rows to " + out);
    }

    static boolean acronym(String s) {
        String letters = s.replace(".", "");
        // Longer upper-case names (DAESH, NATO) are written in title case too; only short ones
        // need an exact-case match in the text.
        return letters.length() <= 3 && letters.length() >= 2 && letters.matches("[A-Z0-9&-]+")
                && !letters.matches("[0-9-]+");
    }

    /** Upper-case OFAC names become title case; acronyms stay as they are. */
    static String surfaceOf(String ofacName) {
        return acronym(ofacName) ? ofacName : titleCase(ofacName);
    }

    static String titleCase(String s) {
        if (acronym(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        String lower = s.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-' || c == '(' || c == '/';
        }
        return lowerFunctionWords(b.toString());
    }

    private static String lowerFunctionWords(String s) {
        Matcher m = Pattern.compile("(?<=\\s)(Of|And|The|In|For|On|To|Fi|Wa)(?=\\s)").matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, m.group(1).toLowerCase(Locale.ROOT));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static String initials(String name) {
        StringBuilder b = new StringBuilder();
        // Hyphenated single names (ISIS-SOMALIA) have no initials worth matching.
        if (!name.contains(" ")) {
            return "";
        }
        for (String w : name.split("\\s+")) {
            if (!w.isEmpty() && !w.matches("(?i)of|and|the|in|for|al")) {
                b.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return b.toString();
    }

    private static String stripParenthesis(String s) {
        return s.replaceAll("\\s*\\([^)]*\\)", "").strip();
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[.'’]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String unquote(String v) {
        String s = v.strip();
        if (s.length() >= 2 && (s.startsWith("'") && s.endsWith("'") || s.startsWith("\"") && s.endsWith("\""))) {
            s = s.substring(1, s.length() - 1).replace("''", "'");
        }
        return s;
    }

    /** Splits one CSV line with double-quoted fields. */
    static String[] csv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out.toArray(String[]::new);
    }
}
