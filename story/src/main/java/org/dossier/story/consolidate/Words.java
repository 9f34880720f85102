package org.dossier.story.consolidate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word-level text helpers shared by the consolidation steps: tokens, stems, overlap. Stateless. */
public final class Words {

    private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’\\-]*|\\d+(?:[.,:]\\d+)*");

    private Words() {
    }

    /** Lower-cased word and number tokens, accents folded. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(fold(text));
        while (m.find()) {
            String t = m.group();
            while (t.endsWith("-") || t.endsWith("'") || t.endsWith("’")) {
                t = t.substring(0, t.length() - 1);
            }
            if (t.endsWith("'s") || t.endsWith("’s")) {
                t = t.substring(0, t.length() - 2);
            }
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Stems of the content words (no stop words of the text's language, no single letters), in
     * text order, repeats kept.
     */
    public static List<String> contentStems(String text, Cues cues) {
        List<String> out = new ArrayList<>();
        Set<String> stopwords = cues.words(Cues.Section.STOPWORDS);
        for (String t : tokens(text)) {
            if (!stopwords.contains(t) && (t.length() > 1 || Character.isDigit(t.charAt(0)))) {
                out.add(stem(t));
            }
        }
        return out;
    }

    static Set<String> contentStemSet(String text, Cues cues) {
        return new LinkedHashSet<>(contentStems(text, cues));
    }

    /**
     * A light English suffix stripper: enough to meet "meeting" with "meet" and "states" with
     * "state"; numbers and short words are left alone.
     */
    public static String stem(String word) {
        if (word.length() <= 3 || Character.isDigit(word.charAt(0))) {
            return word;
        }
        String w = word;
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("ing") && w.length() > 5) {
            w = w.substring(0, w.length() - 3);
        } else if (w.endsWith("ed") && w.length() > 4) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("es") && w.length() > 4 && (w.endsWith("ses") || w.endsWith("xes")
                || w.endsWith("ches") || w.endsWith("shes"))) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("e") && w.length() > 4) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() > 3 && w.charAt(w.length() - 1) == w.charAt(w.length() - 2)
                && "bdfgmnprt".indexOf(w.charAt(w.length() - 1)) >= 0) {
            w = w.substring(0, w.length() - 1); // "planned" -> "plann" -> "plan"
        }
        return w;
    }

    /** |a ∩ b| / |a ∪ b|; 0 when both are empty. */
    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        return (double) inter.size() / (a.size() + b.size() - inter.size());
    }

    /** |a ∩ b| / min(|a|, |b|): high when one text is contained in the other. */
    static double containment(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return (double) shared(a, b) / Math.min(a.size(), b.size());
    }

    static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String s : a) {
            if (b.contains(s)) {
                n++;
            }
        }
        return n;
    }

    /** Lower case with accents removed, for comparing names. */
    static String fold(String text) {
        String d = Normalizer.normalize(text, Normalizer.Form.NFD);
        return d.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /** Letters each followed by a dot, two or more: "F.B.I.", "U.S", "U.N.". */
    private static final Pattern DOTTED_ACRONYM =
            Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}(?:\\.\\p{L})+\\.?(?![\\p{L}\\p{N}])");

    /**
     * A name reduced for comparison: folded, dotted acronyms closed up ("F.B.I." as "fbi"),
     * punctuation to spaces, a leading "the" dropped.
     */
    public static String nameKey(String name) {
        Matcher m = DOTTED_ACRONYM.matcher(fold(name));
        StringBuilder closed = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(closed, Matcher.quoteReplacement(m.group().replace(".", "")));
        }
        m.appendTail(closed);
        String k = closed.toString().replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (k.startsWith("the ")) {
            k = k.substring(4);
        }
        return k;
    }

    /** Cuts {@code text} to at most {@code max} characters at a word boundary, marking the cut. */
    static String trim(String text, int max) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        return t.substring(0, cut).replaceAll("[\\s,;:–—-]+$", "") + "…";
    }
}
