package org.dossier.ingest.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Families of boilerplate phrases that web pages wrap around articles, in the languages of the
 * news this product reads. Each family is a pattern over a whole line, matched case-insensitively;
 * none names one page. Stateless and thread-safe.
 */
final class Boilerplate {

    /** What a line of page furniture means for the text around it. */
    enum Kind {
        /** Not boilerplate. */
        NONE,
        /** Furniture standing alone (navigation, "Read more", an advert label): drop the line. */
        LINE,
        /** Furniture that follows an article (comments, disclaimers, related posts): the article has ended. */
        END
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Short furniture: only recognised on lines that are not running text. */
    private static final List<Pattern> LINE_SHORT = patterns(
            // navigation and page chrome
            "(welcome|home|homepage|start ?page|menu|main menu|navigation|breadcrumbs?|you are here\\b.*|"
                    + "skip to (main )?content|jump to (main )?content|back to top|top of page|print|print (this )?page|"
                    + "e-?mail|close|search|sitemap|contents|table of contents|overview\\b.*|startseite|inhalt|accueil|inicio)",
            // links to more reading
            "(more information|further information|more on (this|the) (topic|subject)|read (more|also|next)|see also|also read|"
                    + "related( (articles?|stories|content|topics|links))?|mehr zum thema|mehr dazu|lesen sie auch|"
                    + "weitere informationen|lire aussi|à lire aussi|en savoir plus|más información|lee también|"
                    + "leer más|leggi anche|per saperne di più|читайте также|подробнее)\\b.{0,80}",
            // advertising
            "(advertisement|advertising|sponsored( content)?|anzeige|werbung|publicité|publicidad|pubblicità|реклама)",
            // genre labels standing in for a headline
            "(press release|press statement|news release|communiqu[ée]( de presse)?|pressemitteilung|pressemeldung|"
                    + "nota de prensa|comunicado( de prensa)?|comunicato stampa|пресс-релиз)",
            // labelled metadata lines
            "(photo|image|picture|credit|caption|source|foto|bild|quelle|fuente|reading time|lesezeit|posted in|filed under)\\s*:.{0,100}",
            // reading time and publication stamps without a date
            "\\d+\\s*(min|mins|minutes?)( read)?",
            "(updated|published|posted|last modified|stand|status|aktualisiert|veröffentlicht|mis à jour|publié( le)?|"
                    + "actualizado|publicado|aggiornato|pubblicato)\\b.{0,40}",
            // social buttons
            "(share|follow us|like us|teilen|partager|compartir|condividi)( (on|this|us|auf|sur|en))?\\b.{0,40}");

    /** Furniture that may be written as sentences: recognised on any line. */
    private static final List<Pattern> LINE_ANY = patterns(
            ".{0,200}\\b(we use cookies|this (web)?site uses cookies|cookie (policy|settings|consent))\\b.{0,200}");

    private static final List<Pattern> END_SHORT = patterns(
            "source( link)?:?",
            "(original|read the original|originally published)\\b.{0,80}",
            "(leave|post|add|write|submit) (a|your) (comment|reply)\\b.{0,60}",
            "comments?( \\(\\d+\\))?:?|\\d+ comments?|(show|view|load|read) (all )?comments\\b.{0,40}",
            "(watch|see|view|read) more( posts| articles| stories| news| videos)?:?",
            "(related|recommended|popular|latest|more|similar) (posts|articles|stories|news|videos)( from .{0,60})?:?",
            "you (may|might) (also )?(like|enjoy|be interested in)\\b.{0,60}",
            "(subscribe|sign up|newsletter)\\b.{0,100}",
            "about the author\\b.{0,60}",
            "(author|autor|auteur|autore|автор)\\s*:.{0,80}",
            "(tags|tagged|topics|keywords|schlagwörter|themen)\\s*:.{0,200}");

    private static final List<Pattern> END_ANY = patterns(
            "disclaimer\\b.*",
            ".*\\b(akismet|captcha)\\b.*",
            ".*\\b(spelling|typing|grammar|grammatical) (error|mistake)s?\\b.*",
            ".*\\bfound (a|an) (typo|error|mistake)\\b.*",
            ".*\\bctrl\\s*\\+\\s*enter\\b.*",
            ".*\\ball rights reserved\\b.*",
            "(©|\\(c\\)|copyright)\\s.*");

    private static final Pattern BYLINE = Pattern.compile(
            "(?i:by|from|von|par|por|door|от)\\s+\\p{Lu}[\\p{L}.'’-]*(\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}"
                    + "\\s*(,.*|\\s(and|und|et|y|e|en|и)\\s.*|\\s[|/–—-]\\s.*|\\s(in|in the|for|für|pour|para)\\s\\p{Lu}.*)?",
            Pattern.UNICODE_CASE);

    private Boilerplate() {
    }

    /** The family {@code line} belongs to; {@code prose} says whether it reads as running text. */
    static Kind classify(String line, boolean prose) {
        if (matchesAny(END_ANY, line) || !prose && line.length() <= 250 && matchesAny(END_SHORT, line)) {
            return Kind.END;
        }
        if (matchesAny(LINE_ANY, line) || !prose && line.length() <= 150 && matchesAny(LINE_SHORT, line)) {
            return Kind.LINE;
        }
        return Kind.NONE;
    }

    /**
     * A byline: "By Jane Doe", "From Tilmann Kleinjung, ARD studio Rome", "Par Marie Dupont et
     * Jean Martin". A sentence that starts with "From" is not one: it ends like prose.
     */
    static boolean isByline(String line, boolean prose) {
        return !prose && line.length() <= 100 && BYLINE.matcher(line).matches();
    }

    private static boolean matchesAny(List<Pattern> patterns, String line) {
        for (Pattern p : patterns) {
            if (p.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    private static List<Pattern> patterns(String... regexes) {
        return java.util.Arrays.stream(regexes).map(r -> Pattern.compile(r, FLAGS)).toList();
    }
}
