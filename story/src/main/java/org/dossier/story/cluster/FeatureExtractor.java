package org.dossier.story.cluster;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.model.Entity;
import org.dossier.model.TimeExpression;
import org.dossier.story.AnalyzedArticle;

/**
 * Turns an analysed article into {@link ArticleFeatures}. Uses whatever analysis is present:
 * entity names and aliases, normalised time values; with no analysis, words alone (capitalised
 * words inside a sentence stand in for names, four-digit numbers in a plausible range for years).
 * Stateless and thread-safe.
 */
public final class FeatureExtractor {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d{2}");

    /**
     * Function words (and reporting words) of the languages the product reads most: never names,
     * and weighed down in the word vectors, since document frequencies alone would only
     * down-weight them after many articles.
     */
    static final Set<String> STOP = Set.copyOf(java.util.Arrays.asList((
            "a an the and or but if of to in on at by for with from as is are was were be been being has have "
            + "had do does did not no this that these those it its he she they them his her their we our you "
            + "your i me my us who whom which what when where why how than then there here so such can could "
            + "will would shall should may might must also just about after before over under into out up down "
            + "more most some any all each other only own same very said says say told according one two new "
            + "last first year years time while during between since until against among through per via "
            + "der die das und ist nicht ein eine den dem des von mit sich auf für le la les et est un une des "
            + "du en que qui dans pour pas sur el los las y es del por con una para se lo al").split(" ")));

    public ArticleFeatures extract(AnalyzedArticle analyzed) {
        Article article = analyzed.article();
        ArticleAnalysis analysis = analyzed.analysis();
        Map<String, Integer> terms = new HashMap<>();
        Set<String> identity = new TreeSet<>();
        scan(article.text(), terms, identity);
        if (article.title() != null) {
            // A headline's words are the densest summary of the event; its capitals are style, not names.
            scan(article.title(), terms, new TreeSet<>());
        }
        for (Entity entity : analysis.entities()) {
            Set<String> nameWords = new TreeSet<>(tokens(entity.name()));
            for (String name : entity.aliases()) {
                nameWords.addAll(tokens(name));
            }
            for (String w : nameWords) {
                if (!STOP.contains(w)) {
                    identity.add("n:" + w);
                }
            }
        }
        Set<String> days = new TreeSet<>();
        for (TimeExpression time : analysis.times()) {
            String value = time.value();
            if (value == null || !"DATE".equals(time.type())) {
                continue;
            }
            if (DAY.matcher(value).matches()) {
                days.add(value);
                identity.add("d:" + value);
            } else if (MONTH.matcher(value).matches()) {
                identity.add("d:" + value);
            }
        }
        return new ArticleFeatures(terms, identity, article.language(), article.publishedDay(), days);
    }

    /**
     * Counts the words of {@code text} (letters and digits, two characters or more, lower-cased) and
     * collects its identity features: numbers, years, capitalised words inside a sentence.
     */
    static void scan(String text, Map<String, Integer> terms, Set<String> identity) {
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
            String token = text.substring(start, i);
            String lower = token.toLowerCase(Locale.ROOT);
            if (lower.codePointCount(0, lower.length()) > 1) {
                terms.merge(lower, 1, Integer::sum);
            }
            if (Character.isDigit(cp)) {
                identity.add(YEAR.matcher(token).matches() ? "y:" + token : "#" + token);
            } else if (!sentenceStart && Character.isUpperCase(cp) && lower.length() > 1 && !STOP.contains(lower)) {
                identity.add("n:" + lower);
            }
            sentenceStart = false;
        }
    }

    private static Set<String> tokens(String name) {
        Set<String> out = new TreeSet<>();
        for (String part : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (part.length() > 1) {
                out.add(part);
            }
        }
        return out;
    }
}
