package org.dossier.analyze.dateline;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dossier.analyze.AnnotationContext;
import org.dossier.analyze.Annotator;
import org.dossier.analyze.entity.AliasTable;
import org.dossier.model.Article;
import org.dossier.model.Dateline;
import org.dossier.model.Span;

/**
 * Finds the dateline that opens a report: at the start of one of the first paragraphs of the
 * cleaned text (the headline is not part of it; a standfirst may come first), a place in capitals
 * or in Title Case, then optionally a region after a comma, a date and a news agency in
 * parentheses, closed by a dash, or by the end of the line after a date:
 * <pre>
 *   WASHINGTON (Reuters) - ...      New York (AFP) – ...      ROME 1996-12-06
 *   PARIS, June 3 (AP) — ...        LONDON — ...              HEMPSTEAD, N.Y., Sept. 26 (UPI) — ...
 * </pre>
 * An en or em dash may touch the report's first word ("BOSTON —Standing"); a hyphen may not, as
 * in "SIEGEL--Jerome Arthur, 98," opening a death notice. A place in Title Case must be followed by an agency or a date, since "Mehmet Oz — surgeon and TV
 * star — has ..." is shaped like "London — ..." but is a sentence. Agencies, dashes, month names
 * and labels that look like a place ("BREAKING —") come from a per-language resource,
 * {@code dateline/<language>.txt}; other languages get no dateline.
 *
 * <p>Needs nothing from earlier stages: it reads the article's text only. Stateless apart from a
 * cache of the loaded word lists, and thread-safe.
 */
public final class DatelineAnnotator implements Annotator<Dateline> {

    /** The languages whose dateline words are shipped. */
    public static final Set<String> LANGUAGES = Set.of("en", "de", "fr", "es", "it");

    /** How many paragraphs from the start of the text may open with the dateline. */
    private static final int PARAGRAPHS = 3;
    /** A dateline is short; a longer lead-in is a sentence. */
    private static final int MAX_LENGTH = 80;

    private static final String CAPS_WORD = "\\p{Lu}[\\p{Lu}'’.-]*(?!\\p{L})";
    private static final String TITLE_WORD = "\\p{Lu}\\p{Ll}[\\p{L}'’.-]*(?!\\p{L})";
    private static final String REGION = "\\p{Lu}[\\p{L}.'’]*(?:\\s\\p{Lu}[\\p{L}.'’]*)?";

    private final AliasTable aliases;
    private final Map<String, Optional<Pattern>> patterns = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> labels = new ConcurrentHashMap<>();

    /** Reads places through the shipped alias table. */
    public DatelineAnnotator() {
        this(AliasTable.shared());
    }

    /** Reads places through {@code aliases}: a dateline's place is also named as the table knows it. */
    public DatelineAnnotator(AliasTable aliases) {
        this.aliases = Objects.requireNonNull(aliases, "aliases");
    }

    /** The languages this annotator reads datelines in; for others it finds nothing. */
    public Set<String> languages() {
        return LANGUAGES;
    }

    @Override
    public List<Dateline> annotate(AnnotationContext context) {
        return find(context.article()).stream().toList();
    }

    /** The article's dateline, if it opens with one. */
    public Optional<Dateline> find(Article article) {
        return find(article.text(), article.language());
    }

    /** The dateline opening {@code text}, written in {@code language}, if any. */
    public Optional<Dateline> find(String text, String language) {
        if (text == null || language == null) {
            return Optional.empty();
        }
        String lang = language.toLowerCase(Locale.ROOT);
        Optional<Pattern> pattern = patterns.computeIfAbsent(lang, DatelineAnnotator::compile);
        if (pattern.isEmpty()) {
            return Optional.empty();
        }
        Set<String> skip = labels.computeIfAbsent(lang, l -> DatelineWords.load(l).map(DatelineWords::labels).orElse(Set.of()));
        int start = 0;
        for (int paragraph = 0; paragraph < PARAGRAPHS && start < text.length(); paragraph++) {
            int end = text.indexOf("\n\n", start);
            end = end < 0 ? text.length() : end;
            Optional<Dateline> found = match(text, start, end, pattern.get(), skip);
            if (found.isPresent()) {
                return found.map(d -> known(d, lang));
            }
            start = end;
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        return Optional.empty();
    }

    private static Optional<Dateline> match(String text, int start, int end, Pattern pattern, Set<String> skip) {
        Matcher m = pattern.matcher(text).region(start, Math.min(end, start + MAX_LENGTH + 40));
        m.useTransparentBounds(true).useAnchoringBounds(false);
        if (!m.lookingAt() || m.end() - start > MAX_LENGTH) {
            return Optional.empty();
        }
        String place = m.group("caps") != null ? m.group("caps") : m.group("title");
        String region = m.group("region");
        String date = m.group("date");
        String agency = m.group("agency");
        if (m.group("title") != null && agency == null && date == null) {
            return Optional.empty();
        }
        if (m.group("dash") == null && date == null) {
            return Optional.empty();
        }
        if (m.group("caps") != null && (letters(place) < 2 || skip.contains(place.toUpperCase(Locale.ROOT)))) {
            return Optional.empty();
        }
        String name = normalise(place) + (region == null ? "" : ", " + (isCaps(region) && !region.contains(".")
                ? normalise(region) : region));
        return Optional.of(new Dateline(name, agency, date, new Span(start, m.end())));
    }

    /**
     * {@code d} with the name the alias table of {@code language} gives its place (without the
     * region), when the table knows it as a place by another name.
     */
    private Dateline known(Dateline d, String language) {
        return aliases.forLanguage(language).place(d.town())
                .map(a -> new Dateline(d.place(), d.agency(), d.dateText(), d.span(), a.canonical()))
                .orElse(d);
    }

    /** "WASHINGTON" is "Washington", "LOS ANGELES" "Los Angeles", "WILKES-BARRE" "Wilkes-Barre". */
    static String normalise(String place) {
        if (!isCaps(place)) {
            return place;
        }
        StringBuilder out = new StringBuilder(place.length());
        boolean upper = true;
        for (int i = 0; i < place.length(); i++) {
            char c = place.charAt(i);
            out.append(upper ? c : Character.toLowerCase(c));
            // After an elided article ("L'AQUILA"), the name starts again.
            boolean elision = (c == '\'' || c == '’') && i == 1;
            upper = c == ' ' || c == '-' || c == '.' || elision;
        }
        return out.toString();
    }

    private static boolean isCaps(String s) {
        return s.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static long letters(String s) {
        return s.codePoints().filter(Character::isLetter).count();
    }

    private static Optional<Pattern> compile(String language) {
        return DatelineWords.load(language).map(DatelineAnnotator::compile);
    }

    static Pattern compile(DatelineWords words) {
        String months = alternation(words.months());
        String date = "\\d{4}-\\d{2}-\\d{2}"
                + (words.months().isEmpty() ? "" : "|(?:" + months + ")\\s\\d{1,2}(?:,\\s\\d{4})?"
                + "|\\d{1,2}\\.?\\s(?:" + months + ")(?:\\s\\d{4})?");
        String dashes = alternation(words.dashes());
        String agency = words.agencies().isEmpty() ? "(?!)" : alternation(words.agencies());
        String regex = "(?:(?<caps>" + CAPS_WORD + "(?:\\s" + CAPS_WORD + "){0,3})|(?<title>" + TITLE_WORD
                + "(?:\\s" + TITLE_WORD + "){0,2}))"
                + "(?:,\\s(?<region>" + REGION + ")(?=,|\\s?\\(|\\s(?:" + dashes + ")))?"
                + "(?:,?\\s(?<date>" + date + "))?"
                + "(?:\\s\\((?<agency>" + agency + ")\\))?"
                // Closed by a dash before the report, or by the end of the line right after a date.
                + "(?:\\s?(?<dash>" + dashes + ")(?=\\s|(?<=[–—])\\p{Lu})|(?<=\\d)(?=[ \\t]*(?:\\n|\\z)))";
        // No-break spaces count as spaces: crawled datelines often hold one before the dash.
        return Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
    }

    private static String alternation(List<String> words) {
        return words.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
