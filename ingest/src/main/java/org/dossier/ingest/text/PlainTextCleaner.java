package org.dossier.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dossier.ingest.date.DateMention;
import org.dossier.ingest.date.DateMentions;
import org.dossier.ingest.date.TextDates;

/**
 * Removes crawl furniture from plain text (and Markdown) and finds the headline.
 *
 * <p>The text is read as paragraphs (lines, or blank-line separated blocks of hard-wrapped lines)
 * in three zones, by shape rather than by any page's wording:
 * <ul>
 *   <li><b>head</b>, before the first paragraph of running text: page titles, links, breadcrumbs,
 *       stamps and labels. The headline is taken from here (the first headline-shaped line that does
 *       not end in a site name, as a page title does), and nothing else of the head is kept but a
 *       headline-shaped standfirst right after it.</li>
 *   <li><b>body</b>, from the first to the last paragraph of running text: everything is kept
 *       (subheadings, lists) except lines of a known furniture family, bylines, stamps and links.</li>
 *   <li><b>tail</b>, after the last paragraph of running text: dropped. The body also ends early at
 *       a line that only follows articles (comment forms, disclaimers, error-report widgets,
 *       "related posts"), once at least half the running text lies before it: an author bio or a
 *       widget written in sentences then goes with it.</li>
 * </ul>
 * Kept paragraphs are verbatim but for trimming, unwrapping of hard-wrapped lines (joined by a
 * space) and removal of inline underline/bold/italic/link tags left by crawlers. Stateless and
 * thread-safe.
 */
public final class PlainTextCleaner {

    private static final Pattern INLINE_TAG = Pattern.compile(
            "</?(u|b|i|em|strong|a|span|sup|sub|mark|small)(\\s[^<>]{0,300})?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern MD_HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern MD_IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");
    private static final Pattern MD_EMPHASIS = Pattern.compile("(\\*\\*|__)(\\S(?:.*?\\S)?)\\1");

    /** Share of the running text that must precede an end-of-article line for it to cut the rest. */
    private static final double END_AFTER_SHARE = 0.5;

    private PlainTextCleaner() {
    }

    /** A paragraph-sized piece of the text and what it was judged to be. */
    private record Unit(String text, int block, Kind kind, List<String> lines) {
    }

    private enum Kind { PROSE, SHORT, NOISE, END }

    /** Cleans plain text. */
    public static CleanedText clean(String raw) {
        return clean(raw, false);
    }

    /** Cleans plain text, or Markdown when {@code markdown} (headings, links and emphasis become text). */
    public static CleanedText clean(String raw, boolean markdown) {
        List<Unit> units = classify(split(normalize(raw, markdown)));
        units = cutAtEnd(units);
        int first = -1;
        int last = -1;
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).kind() == Kind.PROSE) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return withoutProse(units);
        }
        List<String> headLines = new ArrayList<>();
        for (Unit unit : units.subList(0, first)) {
            headLines.addAll(unit.lines());
        }
        int titleAt = titleIndex(units, first);
        List<String> body = new ArrayList<>();
        if (titleAt >= 0) {
            // A headline-shaped line right under the headline is its standfirst, part of the article.
            for (int i = titleAt + 1; i < first; i++) {
                Unit unit = units.get(i);
                if (unit.kind() == Kind.SHORT && LineShape.isHeadlineLike(unit.text()) && LineShape.words(unit.text()) >= 6) {
                    body.add(unit.text());
                } else {
                    break;
                }
            }
        }
        for (Unit unit : units.subList(first, last + 1)) {
            if (unit.kind() == Kind.PROSE || unit.kind() == Kind.SHORT) {
                body.add(unit.text());
            }
        }
        String title = titleAt >= 0 ? units.get(titleAt).text() : null;
        return new CleanedText(title, String.join("\n\n", body), headLines, units.get(first).text());
    }

    private static String normalize(String raw, boolean markdown) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "");
        text = INLINE_TAG.matcher(text).replaceAll("");
        if (markdown) {
            StringBuilder out = new StringBuilder(text.length());
            for (String line : text.split("\n", -1)) {
                String l = MD_HEADING.matcher(line).replaceAll("$1");
                l = MD_IMAGE.matcher(l).replaceAll("");
                l = MD_LINK.matcher(l).replaceAll("$1");
                l = MD_EMPHASIS.matcher(l).replaceAll("$2");
                out.append(l).append('\n');
            }
            text = out.toString();
        }
        return text;
    }

    /** Blank-line separated blocks of trimmed, non-empty lines. */
    private static List<List<String>> split(String text) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                if (!block.isEmpty()) {
                    blocks.add(block);
                    block = new ArrayList<>();
                }
            } else {
                block.add(trimmed);
            }
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        return blocks;
    }

    private static List<Unit> classify(List<List<String>> blocks) {
        List<Unit> units = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            List<String> lines = blocks.get(b);
            if (isHardWrapped(lines)) {
                String joined = String.join(" ", lines);
                units.add(new Unit(joined, b, kindOf(joined), lines));
                continue;
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                boolean prose = LineShape.isProse(line);
                if (Boilerplate.isByline(line, prose)) {
                    units.add(new Unit(line, b, Kind.NOISE, List.of(line)));
                    // "From Jane Doe," continues on the next line with her desk or outlet.
                    if (line.endsWith(",") && i + 1 < lines.size() && lines.get(i + 1).length() <= 60
                            && !LineShape.isProse(lines.get(i + 1))) {
                        i++;
                        units.add(new Unit(lines.get(i), b, Kind.NOISE, List.of(lines.get(i))));
                    }
                    continue;
                }
                units.add(new Unit(line, b, kindOf(line), List.of(line)));
            }
        }
        return units;
    }

    private static Kind kindOf(String line) {
        boolean prose = LineShape.isProse(line);
        Boilerplate.Kind furniture = Boilerplate.classify(line, prose);
        if (furniture == Boilerplate.Kind.END) {
            return Kind.END;
        }
        if (furniture == Boilerplate.Kind.LINE || LineShape.isUrl(line) || LineShape.isNavigationTrail(line)
                || isStamp(line, prose)) {
            return Kind.NOISE;
        }
        return prose ? Kind.PROSE : Kind.SHORT;
    }

    private static boolean isStamp(String line, boolean prose) {
        if (prose && line.length() > 80) {
            return false;
        }
        List<DateMention> dates = DateMentions.in(line);
        return !dates.isEmpty() && TextDates.isStamp(line, dates.get(0));
    }

    /**
     * A block of lines broken at a fixed width: several long lines, most not ending a sentence, no
     * list marks. Read as one paragraph.
     */
    private static boolean isHardWrapped(List<String> lines) {
        if (lines.size() < 2) {
            return false;
        }
        int open = 0;
        int chars = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (LineShape.isListItem(line)) {
                return false;
            }
            chars += line.length();
            if (i < lines.size() - 1 && !line.matches(".*[.!?:;\"”»)]$")) {
                open++;
            }
        }
        return chars / lines.size() >= 45 && open * 2 >= lines.size() - 1;
    }

    /** Drops everything from the first end-of-article line that follows most of the running text. */
    private static List<Unit> cutAtEnd(List<Unit> units) {
        long total = units.stream().filter(u -> u.kind() == Kind.PROSE).mapToLong(u -> u.text().length()).sum();
        long before = 0;
        List<Unit> kept = new ArrayList<>();
        for (Unit unit : units) {
            if (unit.kind() == Kind.END) {
                if (total > 0 && before >= END_AFTER_SHARE * total) {
                    break;
                }
                kept.add(new Unit(unit.text(), unit.block(), Kind.NOISE, unit.lines()));
                continue;
            }
            if (unit.kind() == Kind.PROSE) {
                before += unit.text().length();
            }
            kept.add(unit);
        }
        return kept;
    }

    /**
     * The headline among the head's units: the first headline-shaped one, passing over page titles
     * that end in a site name ("Headline - Site") when a plain headline follows.
     */
    private static int titleIndex(List<Unit> units, int first) {
        int candidate = -1;
        for (int i = 0; i < first; i++) {
            Unit unit = units.get(i);
            if (unit.kind() != Kind.SHORT || !LineShape.isHeadlineLike(unit.text())) {
                continue;
            }
            if (!LineShape.hasSiteSuffix(unit.text())) {
                return i;
            }
            if (candidate < 0) {
                candidate = i;
            }
        }
        return candidate;
    }

    /** A text without running prose (a note, a list): keep its lines, take no headline. */
    private static CleanedText withoutProse(List<Unit> units) {
        List<String> body = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (Unit unit : units) {
            lines.addAll(unit.lines());
            if (unit.kind() == Kind.SHORT) {
                body.add(unit.text());
            }
        }
        return new CleanedText(null, String.join("\n\n", body), lines, null);
    }
}
