package org.dossier.bench.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.bench.quotes.PolnearArticle.Attribution;
import org.dossier.bench.quotes.PolnearArticle.Fragment;

/** Turns PolNeAR attributions into gold quotation units. */
public final class GoldQuotes {

    public static final String DEFINITION = "gold direct quote = one fragment of an attribution's Content whose text, "
            + "trimmed, opens with a quotation mark (\" “ ‘ « „) and, after trailing .,;:!?) are dropped, ends with a "
            + "quotation mark or at its paragraph's end (a quote continued in the next paragraph); every other Content "
            + "fragment is reported (indirect or mixed) content";

    private static final Set<String> PRONOUNS = Set.of("i", "we", "he", "she", "they", "it", "you", "who", "me", "us",
            "him", "her", "them");

    private GoldQuotes() {
    }

    public static List<GoldQuote> of(PolnearArticle article) {
        String text = article.text();
        List<GoldQuote> out = new ArrayList<>();
        for (Attribution a : article.attributions()) {
            String source = null;
            if (!a.source().isEmpty()) {
                StringBuilder sb = new StringBuilder();
                for (Fragment f : a.source()) {
                    sb.append(sb.length() == 0 ? "" : " ").append(text, f.start(), f.end());
                }
                source = sb.toString();
            }
            for (Fragment f : a.content()) {
                out.add(new GoldQuote(f.start(), f.end(), isDirect(text, f), source));
            }
        }
        return out;
    }

    static boolean isDirect(String text, Fragment f) {
        String s = text.substring(f.start(), f.end()).strip();
        if (s.length() < 2 || !isOpening(s.charAt(0))) {
            return false;
        }
        int e = s.length();
        while (e > 1 && ".,;:!?)".indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        if (isMark(s.charAt(e - 1))) {
            return true;
        }
        int lineEnd = text.indexOf('\n', f.end());
        return text.substring(f.end(), lineEnd < 0 ? text.length() : lineEnd).strip().length() <= 1;
    }

    private static boolean isOpening(char c) {
        return c == '"' || c == '“' || c == '‘' || c == '«' || c == '„';
    }

    private static boolean isMark(char c) {
        return c == '"' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '«' || c == '»' || c == '„';
    }

    /** Whether a source names someone: its last word is capitalised and not a pronoun. */
    public static boolean isName(String source) {
        String last = lastWord(source);
        return !last.isEmpty() && Character.isUpperCase(last.charAt(0)) && !PRONOUNS.contains(last.toLowerCase(Locale.ROOT));
    }

    /** The last word of a name, without a possessive. */
    public static String lastWord(String s) {
        if (s == null) {
            return "";
        }
        String[] words = s.replaceAll("['’]s\\b", "").split("[^\\p{L}\\p{N}.-]+");
        for (int i = words.length - 1; i >= 0; i--) {
            String w = words[i].replaceAll("^[.-]+|[.-]+$", "");
            if (!w.isEmpty()) {
                return w;
            }
        }
        return "";
    }
}
