package org.dossier.analyze.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.analyze.entity.AliasTable.Alias;
import org.dossier.analyze.entity.Mention.Origin;
import org.dossier.analyze.WordLists;
import org.dossier.analyze.nlp.NlpDocument;
import org.dossier.analyze.nlp.Sentence;
import org.dossier.analyze.nlp.Token;
import org.dossier.model.EntityType;

/**
 * Finds the named mentions of one article: CoreNLP's NER chunks, corrected and completed with the
 * alias knowledge. Stateless apart from the shared table; thread-safe.
 *
 * <p>Rules, in order: (1) chunks of equal NER tags; (2) knowledge matches (longest first, matched
 * on words split at hyphens and slashes, so "anti-IS" yields "IS"), which retype a chunk of the
 * same span (Daesh tagged PERSON becomes GROUP), replace shorter chunks inside them, and add
 * countries, organisations and groups CoreNLP missed; short upper-case forms ("IS", "US") only
 * match in upper case and never in an all-caps headline; weak forms (initials derived from a name)
 * need the entity elsewhere in the article, the tagger naming the same span, or a context word
 * (a group word beside "IS"; "the US", "US troops" for two-letter country codes); (3) acronyms
 * the article defines ("Islamic State (IS)"); (4) an unknown upper-case acronym in a sentence
 * that speaks of an armed group names the one group of the article whose names start with its
 * letter (the transliterated Russian "IG"); (5) "the Bundeswehr": a lone untagged proper noun
 * after "the" that the article never writes in lower case is taken for an organisation.
 * MISC chunks are dropped last: demonyms only feed roles, and the product reports no MISC.
 *
 * <p>The context words these rules read (group words, locative prepositions, event heads, the "of"
 * of a title) are those of the article's language, from {@code mentions/LANG.txt} ({@link
 * WordLists}); a language without a file has none. The connectors inside names are read in every
 * language, since names keep their own language's words.
 */
final class MentionFinder {

    /** The sections of {@code mentions/LANG.txt}: the words of the article's language the rules read. */
    private static final Set<String> SECTIONS = Set.of("group words", "armed group words", "group prefixes",
            "locative prepositions", "event heads", "title links");
    /** Words that join the parts of a name in any language ("Banco de España", "Ansar al-Sharia"). */
    private static final Set<String> CONNECTORS = Set.of("of", "and", "the", "for", "in", "on", "to", "fi", "al",
            "wa", "de", "du", "des", "la", "le", "el", "del", "y", "et", "und");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9]{1,5}");

    private final AliasTable table;

    MentionFinder(AliasTable table) {
        this.table = table;
    }

    /** A piece of a token between hyphens and slashes. */
    record Word(String text, int start, int end, int token, int sentence) {
        boolean capitalised() {
            return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
        }

        boolean upperCase() {
            return text.chars().anyMatch(Character::isLetter) && text.equals(text.toUpperCase(Locale.ROOT));
        }
    }

    /** What the finder learned about an article. */
    record Found(List<Mention> mentions, List<Word> words, Map<Integer, String> demonymTokens) {
    }

    Found find(NlpDocument doc) {
        String text = doc.text();
        List<Token> tokens = doc.tokens();
        List<Word> words = words(text, tokens);
        boolean[] shouting = shoutingTokens(doc);
        WordLists lists = WordLists.of(MentionFinder.class, "mentions", doc.language(), SECTIONS);

        List<Mention> chunks = nerChunks(text, tokens, lists);
        Map<Integer, String> demonyms = new HashMap<>();
        List<Mention> matches = new ArrayList<>();
        List<Mention> weak = new ArrayList<>();
        List<List<Alias>> weakCandidates = new ArrayList<>();
        knowledgeMatches(text, words, shouting, matches, weak, weakCandidates, demonyms);

        List<Mention> mentions = merge(tokens, chunks, matches, lists);
        mentions.removeIf(m -> m.canonical() == null && partOfTitle(m, tokens, lists));

        Set<String> present = new HashSet<>();
        for (Mention m : mentions) {
            present.add(m.canonical() != null ? m.canonical() : m.surface());
        }
        for (int i = 0; i < weak.size(); i++) {
            Mention w = weak.get(i);
            String supported = null;
            for (Alias a : weakCandidates.get(i)) {
                if (present.contains(a.canonical())) {
                    supported = a.canonical();
                }
            }
            if (supported == null && weakCandidates.get(i).size() == 1 && (w.type() == EntityType.GROUP
                    ? groupContext(words, w, lists) : countryContext(words, w))) {
                supported = weakCandidates.get(i).get(0).canonical();
            }
            // The tagger naming exactly this span ("US" tagged LOCATION) is support too.
            Mention tagged = mentions.stream().filter(m -> m.start() == w.start() && m.end() == w.end()
                    && m.origin() == Origin.NER && m.type() != EntityType.PERSON).findFirst().orElse(null);
            if (supported == null && tagged != null && weakCandidates.get(i).size() == 1) {
                supported = weakCandidates.get(i).get(0).canonical();
            }
            if (supported != null && tagged != null) {
                mentions.set(mentions.indexOf(tagged), w.withType(w.type(), supported, Origin.KNOWLEDGE));
            } else if (supported != null && mentions.stream().noneMatch(m -> m.overlaps(w))) {
                mentions.add(w.withType(w.type(), supported, Origin.CONTEXT));
            }
        }
        definedAcronyms(text, words, shouting, mentions);
        unknownProperNames(doc, shouting, mentions);
        soleGroupAcronyms(words, shouting, mentions, lists);
        // Demonyms ("Italian") only feed roles; other MISC chunks ("Islamic", "U.S. Open") are not
        // entities this product reports, so only clear events stay. They are dropped last so that
        // no rule above finds a name inside them.
        mentions.removeIf(m -> m.type() == EntityType.OTHER);
        mentions.sort(Comparator.comparingInt(Mention::start));
        return new Found(List.copyOf(mentions), words, demonyms);
    }

    static List<Word> words(String text, List<Token> tokens) {
        List<Word> words = new ArrayList<>();
        for (Token t : tokens) {
            int s = t.start();
            for (int i = t.start(); i <= t.end(); i++) {
                if (i == t.end() || text.charAt(i) == '-' || text.charAt(i) == '/') {
                    if (i > s) {
                        words.add(new Word(text.substring(s, i), s, i, t.index(), t.sentence()));
                    }
                    s = i + 1;
                }
            }
        }
        return words;
    }

    /** Tokens of sentences written mostly in capitals (headlines, shouting), where case says nothing. */
    private static boolean[] shoutingTokens(NlpDocument doc) {
        boolean[] out = new boolean[doc.tokens().size()];
        for (Sentence s : doc.sentences()) {
            int upper = 0;
            int letters = 0;
            for (Token t : doc.tokens(s)) {
                for (int i = 0; i < t.text().length(); i++) {
                    char c = t.text().charAt(i);
                    if (Character.isLetter(c)) {
                        letters++;
                        if (Character.isUpperCase(c)) {
                            upper++;
                        }
                    }
                }
            }
            boolean shouting = letters >= 8 && upper * 10 >= letters * 6;
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                out[i] = shouting;
            }
        }
        return out;
    }

    private static List<Mention> nerChunks(String text, List<Token> tokens, WordLists lists) {
        List<Mention> chunks = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            EntityType type = typeOf(t.ner());
            if (type == null) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && tokens.get(j + 1).ner().equals(t.ner())
                    && tokens.get(j + 1).sentence() == t.sentence()) {
                j++;
            }
            int start = t.start();
            int end = tokens.get(j).end();
            EntityType finalType = type;
            if (type == EntityType.OTHER
                    && lists.words("event heads").contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
                finalType = EntityType.EVENT;
            }
            chunks.add(new Mention(start, end, i, j, text.substring(start, end), finalType, null, Origin.NER));
            i = j + 1;
        }
        return chunks;
    }

    /** CoreNLP's coarse tags as entity types; MISC becomes OTHER (or EVENT), the rest is not a name. */
    static EntityType typeOf(String ner) {
        return switch (ner) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION" -> EntityType.LOCATION;
            case "COUNTRY" -> EntityType.COUNTRY;
            case "MISC" -> EntityType.OTHER;
            default -> null;
        };
    }

    private void knowledgeMatches(String text, List<Word> words, boolean[] shouting, List<Mention> matches,
                                  List<Mention> weak, List<List<Alias>> weakCandidates, Map<Integer, String> demonyms) {
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            StringBuilder key = new StringBuilder();
            List<Alias> best = List.of();
            for (int n = 1; n <= table.maxWords() && i + n <= words.size(); n++) {
                Word last = words.get(i + n - 1);
                if (last.sentence() != words.get(i).sentence()) {
                    break;
                }
                String k = AliasTable.key(last.text());
                if (k.isEmpty()) {
                    break;
                }
                if (key.length() > 0) {
                    key.append(' ');
                }
                key.append(k);
                List<Alias> found = usable(table.lookup(key.toString()), words.subList(i, i + n), shouting);
                if (!found.isEmpty()) {
                    best = found;
                    matched = n;
                }
            }
            if (matched == 0) {
                i++;
                continue;
            }
            Word first = words.get(i);
            Word last = words.get(i + matched - 1);
            String surface = text.substring(first.start(), last.end());
            Alias top = preferred(best);
            if (top.type().equals("DEMONYM")) {
                for (int t = first.token(); t <= last.token(); t++) {
                    demonyms.put(t, top.canonical());
                }
            } else if (top.weak()) {
                weak.add(new Mention(first.start(), last.end(), first.token(), last.token(), surface,
                        EntityType.valueOf(top.type()), top.canonical(), Origin.KNOWLEDGE));
                if (top.type().equals("COUNTRY")) {
                    for (int t = first.token(); t <= last.token(); t++) {
                        demonyms.put(t, top.canonical());
                    }
                }
                weakCandidates.add(best.stream().filter(Alias::weak).toList());
            } else {
                Mention m = new Mention(first.start(), last.end(), first.token(), last.token(), surface,
                        EntityType.valueOf(top.type()), top.canonical(), Origin.KNOWLEDGE);
                matches.add(m);
                if (top.type().equals("COUNTRY")) {
                    for (int t = first.token(); t <= last.token(); t++) {
                        demonyms.put(t, top.canonical());
                    }
                }
            }
            i += matched;
        }
    }

    /** The aliases whose case rules the words satisfy. */
    private static List<Alias> usable(List<Alias> aliases, List<Word> words, boolean[] shouting) {
        if (aliases.isEmpty()) {
            return aliases;
        }
        Word first = words.get(0);
        Word last = words.get(words.size() - 1);
        boolean loud = shouting[first.token()];
        List<Alias> out = new ArrayList<>(aliases.size());
        for (Alias a : aliases) {
            boolean ok;
            if (a.acronym()) {
                ok = !loud && words.stream().allMatch(Word::upperCase);
            } else {
                ok = first.capitalised() && (last.capitalised() || !last.text().chars().allMatch(Character::isLetter));
            }
            if (ok) {
                out.add(a);
            }
        }
        return out;
    }

    /** Among aliases of one surface: groups and organisations before countries before places. */
    private static Alias preferred(List<Alias> aliases) {
        Alias best = aliases.get(0);
        for (Alias a : aliases) {
            if (rank(a) < rank(best)) {
                best = a;
            }
        }
        return best;
    }

    private static int rank(Alias a) {
        return switch (a.type()) {
            case "COUNTRY" -> 0;
            case "GROUP" -> a.weak() ? 5 : 1;
            case "ORGANIZATION" -> 2;
            case "DEMONYM" -> 3;
            case "LOCATION" -> a.city() ? 6 : 4;
            default -> 7;
        };
    }

    /** Puts chunks and knowledge matches together; see the class comment for who wins. */
    private List<Mention> merge(List<Token> tokens, List<Mention> chunks, List<Mention> matches, WordLists lists) {
        List<Mention> out = new ArrayList<>(chunks);
        for (Mention k : matches) {
            List<Mention> overlapping = out.stream().filter(k::overlaps).toList();
            boolean strong = k.type() == EntityType.GROUP || k.type() == EntityType.ORGANIZATION
                    || k.type() == EntityType.COUNTRY;
            if (overlapping.isEmpty()) {
                if (strong) {
                    out.add(k);
                }
                continue;
            }
            if (overlapping.size() == 1 && overlapping.get(0).start() == k.start() && overlapping.get(0).end() == k.end()) {
                Mention c = overlapping.get(0);
                if (retypes(c, k, tokens, lists)) {
                    out.set(out.indexOf(c), c.withType(k.type(), k.canonical(), Origin.KNOWLEDGE));
                }
                continue;
            }
            boolean containsAll = overlapping.stream().allMatch(c -> k.start() <= c.start() && c.end() <= k.end());
            if (strong && containsAll && overlapping.stream().allMatch(c -> c.type() != EntityType.PERSON
                    || k.type() == EntityType.GROUP)) {
                out.removeAll(overlapping);
                out.add(k);
            }
        }
        return out;
    }

    /**
     * Whether a knowledge match retypes a tagger chunk of the same span. Groups and organisations
     * always do; places retype a PERSON chunk only where the text reads like a place ("in
     * Mozambique, Cabo Delgado"), since many surnames are also towns.
     */
    private boolean retypes(Mention chunk, Mention k, List<Token> tokens, WordLists lists) {
        if (chunk.type() == k.type() && chunk.canonical() != null) {
            return false;
        }
        if (k.type() == EntityType.GROUP || k.type() == EntityType.ORGANIZATION) {
            return chunk.type() != EntityType.LOCATION || k.type() == EntityType.GROUP;
        }
        if (chunk.type() != EntityType.PERSON) {
            return k.type() == EntityType.COUNTRY || chunk.type() == EntityType.LOCATION;
        }
        if (k.type() == EntityType.LOCATION && table.lookup(AliasTable.key(k.surface())).stream()
                .allMatch(a -> a.city() || !a.type().equals("LOCATION") && !a.type().equals("COUNTRY"))) {
            return false; // many surnames are also towns (Clinton)
        }
        int before = chunk.firstToken() - 1;
        if (before < 0) {
            return false;
        }
        Token prev = tokens.get(before);
        if (lists.words("locative prepositions").contains(prev.text().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return prev.text().equals(",") && before > 0
                && (tokens.get(before - 1).ner().equals("LOCATION") || tokens.get(before - 1).ner().equals("COUNTRY"));
    }

    /** "State" in "Secretary of State": a chunk of title words right after "title head of". */
    private boolean partOfTitle(Mention m, List<Token> tokens, WordLists lists) {
        if (m.firstToken() < 2 || !lists.entries("title links").contains(tokens.get(m.firstToken() - 1).text())) {
            return false;
        }
        if (!table.isTitleHead(tokens.get(m.firstToken() - 2).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int t = m.firstToken(); t <= m.lastToken(); t++) {
            if (!table.isTitleWord(tokens.get(t).text().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** A group word right beside the mention, or an "anti-"/"pro-" prefix on it. */
    private static boolean groupContext(List<Word> words, Mention m, WordLists lists) {
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.start() != m.start()) {
                continue;
            }
            for (int d : new int[] {-2, -1, 1, 2}) {
                int j = i + d;
                if (j >= 0 && j < words.size() && words.get(j).sentence() == w.sentence()) {
                    String n = words.get(j).text().toLowerCase(Locale.ROOT);
                    if (lists.words("group words").contains(n) || (d == -1 && lists.words("group prefixes").contains(n)
                            && words.get(j).token() == w.token())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "the US", "US troops", "US Secretary": a country code used as a noun or a modifier. */
    private boolean countryContext(List<Word> words, Mention m) {
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.start() != m.start()) {
                continue;
            }
            if (i > 0 && words.get(i - 1).sentence() == w.sentence() && words.get(i - 1).text().equals("the")) {
                return true;
            }
            if (i + 1 < words.size() && words.get(i + 1).sentence() == w.sentence()) {
                String next = words.get(i + 1).text();
                boolean lowerWord = !next.isEmpty() && next.chars().allMatch(Character::isLetter)
                        && Character.isLowerCase(next.charAt(0));
                return lowerWord || table.isTitleWord(next.toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    /**
     * "Name (ACR)" defines ACR as an alias of Name; every later upper-case ACR becomes a mention.
     * Quotes may stand between the name and the bracket.
     */
    private static void definedAcronyms(String text, List<Word> words, boolean[] shouting, List<Mention> mentions) {
        Map<String, Mention> defined = new HashMap<>();
        for (Mention m : List.copyOf(mentions)) {
            int i = m.end();
            while (i < text.length() && (text.charAt(i) == ' ' || "\"“”'’»".indexOf(text.charAt(i)) >= 0)) {
                i++;
            }
            if (i >= text.length() || text.charAt(i) != '(') {
                continue;
            }
            int close = text.indexOf(')', i);
            if (close < 0 || close - i > 8) {
                continue;
            }
            String inner = text.substring(i + 1, close);
            if (ACRONYM.matcher(inner).matches() && !inner.equals(m.surface())) {
                defined.putIfAbsent(inner, m);
            }
        }
        if (defined.isEmpty()) {
            return;
        }
        for (Word w : words) {
            Mention source = defined.get(w.text());
            if (source == null || shouting[w.token()]) {
                continue;
            }
            Mention candidate = new Mention(w.start(), w.end(), w.token(), w.token(), w.text(), source.type(),
                    source.canonical() != null ? source.canonical() : source.surface(), Origin.CONTEXT);
            replaceOrAdd(mentions, candidate);
        }
    }

    /**
     * An upper-case acronym no knowledge explains, in a sentence that speaks of a group, names the
     * article's only group: transliterations such as the Russian "IG" for Islamic State.
     */
    private void soleGroupAcronyms(List<Word> words, boolean[] shouting, List<Mention> mentions, WordLists lists) {
        Map<String, Set<Character>> groups = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.GROUP) {
                Set<Character> initials = groups.computeIfAbsent(m.canonical() != null ? m.canonical() : m.surface(),
                        k -> new HashSet<>());
                initials.add(Character.toUpperCase(m.surface().charAt(0)));
                initials.add(Character.toUpperCase((m.canonical() != null ? m.canonical() : m.surface()).charAt(0)));
            }
        }
        if (groups.isEmpty()) {
            return;
        }
        for (Word w : words) {
            if (shouting[w.token()] || !ACRONYM.matcher(w.text()).matches() || w.text().length() > 4
                    || !table.lookup(AliasTable.key(w.text())).isEmpty()
                    || table.isTitleWord(w.text().toLowerCase(Locale.ROOT))
                    || mentions.stream().anyMatch(m -> m.start() < w.end() && w.start() < m.end())) {
                continue;
            }
            boolean groupTalk = words.stream().anyMatch(o -> o.sentence() == w.sentence()
                    && lists.words("armed group words").contains(o.text().toLowerCase(Locale.ROOT)));
            // Translations tend to keep the first letter of a name (ISIS, IS, Russian IG).
            List<String> candidates = groups.entrySet().stream()
                    .filter(e -> e.getValue().contains(w.text().charAt(0))).map(Map.Entry::getKey).toList();
            if (groupTalk && candidates.size() == 1) {
                mentions.add(new Mention(w.start(), w.end(), w.token(), w.token(), w.text(), EntityType.GROUP,
                        candidates.get(0), Origin.CONTEXT));
            }
        }
    }

    /**
     * "the Bundeswehr": a lone capitalised proper noun after "the", mid-sentence, that the tagger
     * left untagged, that no knowledge or title explains and that the article never writes in
     * lower case, is taken for an organisation. A guess by rule: such names are mostly
     * institutions, and the tagger misses foreign ones.
     */
    private void unknownProperNames(NlpDocument doc, boolean[] shouting, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        Set<String> lowerCaseWords = new HashSet<>();
        for (Token t : tokens) {
            if (!t.text().isEmpty() && Character.isLowerCase(t.text().codePointAt(0))) {
                lowerCaseWords.add(t.text().toLowerCase(Locale.ROOT));
            }
        }
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token prev = tokens.get(i - 1);
            Token next = tokens.get(i + 1);
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (shouting[i] || !t.ner().equals("O") || !t.pos().equals("NNP") || !prev.text().equals("the")
                    || prev.sentence() != t.sentence() || t.text().length() < 4
                    || !t.text().chars().allMatch(Character::isLetter) || !Character.isUpperCase(t.text().charAt(0))
                    || t.text().equals(t.text().toUpperCase(Locale.ROOT))
                    || next.sentence() == t.sentence() && !next.text().isEmpty()
                    && Character.isUpperCase(next.text().codePointAt(0))
                    || lowerCaseWords.contains(lower) || table.isTitleWord(lower)
                    || lower.endsWith("s") && table.isTitleWord(lower.substring(0, lower.length() - 1))
                    || !table.lookup(AliasTable.key(t.text())).isEmpty()) {
                continue;
            }
            Mention m = new Mention(t.start(), t.end(), i, i, t.text(), EntityType.ORGANIZATION, null, Origin.CONTEXT);
            if (mentions.stream().noneMatch(m::overlaps)) {
                mentions.add(m);
            }
        }
    }

    private static void replaceOrAdd(List<Mention> mentions, Mention candidate) {
        List<Mention> overlapping = mentions.stream().filter(candidate::overlaps).toList();
        if (overlapping.isEmpty()) {
            mentions.add(candidate);
        } else if (overlapping.size() == 1 && overlapping.get(0).start() == candidate.start()
                && overlapping.get(0).end() == candidate.end() && overlapping.get(0).canonical() == null) {
            mentions.set(mentions.indexOf(overlapping.get(0)), candidate);
        }
    }

    static boolean isConnector(String lowerWord) {
        return CONNECTORS.contains(lowerWord);
    }
}
