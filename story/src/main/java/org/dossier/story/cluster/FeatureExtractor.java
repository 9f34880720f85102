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
     * Function words of the languages the product reads most: they carry no event identity, and
     * document frequencies alone would only down-weight them after many articles.
     */
    private static final Set<String> STOP = Set.copyOf(java.util.Arrays.asList((
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
        Map<String, Integer> counts = new HashMap<>();
        words(article.text(), counts);
        for (Entity entity : analysis.entities()) {
            int mentions = Math.max(1, entity.mentions().size());
            Set<String> nameWords = new TreeSet<>();
            for (String name : entity.aliases()) {
                nameWords.addAll(tokens(name));
            }
            nameWords.addAll(tokens(entity.name()));
            for (String w : nameWords) {
                if (!STOP.contains(w)) {
                    counts.merge("n:" + w, mentions, Integer::sum);
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
                counts.merge("d:" + value, 1, Integer::sum);
            } else if (MONTH.matcher(value).matches()) {
                counts.merge("d:" + value, 1, Integer::sum);
            }
        }
        return new ArticleFeatures(counts, article.publishedDay(), days);
    }

    /** Counts content words, name words, numbers and years of {@code text}. */
    static void words(String text, Map<String, Integer> counts) {
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
            boolean digits = Character.isDigit(cp);
            while (i < n) {
                int c = text.codePointAt(i);
                boolean inner = (c == '.' || c == ',' || c == '\'' || c == '’' || c == '-') && i + 1 < n
                        && Character.isLetterOrDigit(text.codePointAt(i + 1))
                        && (digits || c != ',' && c != '.');
                if (!Character.isLetterOrDigit(c) && !inner) {
                    break;
                }
                i += Character.charCount(c);
            }
            String token = text.substring(start, i);
            if (digits) {
                String number = token.replace(",", "");
                counts.merge(YEAR.matcher(number).matches() ? "y:" + number : "#" + number, 1, Integer::sum);
            } else {
                word(token, sentenceStart, counts);
            }
            sentenceStart = false;
        }
    }

    private static void word(String token, boolean sentenceStart, Map<String, Integer> counts) {
        String lower = token.toLowerCase(Locale.ROOT);
        if (lower.endsWith("'s") || lower.endsWith("’s")) {
            lower = lower.substring(0, lower.length() - 2);
        }
        if (lower.length() < 2 || STOP.contains(lower)) {
            return;
        }
        counts.merge("w:" + stem(lower), 1, Integer::sum);
        if (!sentenceStart && Character.isUpperCase(token.codePointAt(0))) {
            counts.merge("n:" + lower, 1, Integer::sum);
        }
    }

    /** Folds a plural onto its singular so that "meetings" meets "meeting"; harmless for other languages. */
    static String stem(String lower) {
        if (lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss")) {
            return lower.substring(0, lower.length() - 1);
        }
        return lower;
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
