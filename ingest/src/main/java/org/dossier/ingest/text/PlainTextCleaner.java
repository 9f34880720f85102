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
 *   <li><b>tail</b>, after the last paragraph of running text: short lines that end like sentences
 *       are kept up to the first that does not (a label, button or menu); the rest is dropped.
 *       The body also ends early at a line that only follows articles (comment forms, disclaimers,
 *       error-report widgets, "related posts"), once at least half the running text lies before
 *       it: an author bio or a widget written in sentences then goes with it.</li>
 * </ul>
 * Kept paragraphs are verbatim but for trimming, unwrapping of hard-wrapped lines (joined by a
 * space) and removal of inline underline/bold/italic/link tags left by crawlers. Stateless and
 * thread-safe.
 */
public final class PlainTextCleaner {

    private static final Pattern INLINE_TAG = Pattern.compile(
            "</?(u|b|i|em|strong|a|span|sup|sub|mark|small)(\\s[^<>]{0,300})?>", Pattern.CASE_INSENSITIVE);
    /** A line of nothing but markup placeholders, such as an embedded post's tag. */
    private static final Pattern ONLY_MARKUP = Pattern.compile("(<[^<>]{1,300}>\\s*)+\\p{Punct}?");
    private static final Pattern MD_HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern MD_IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");
    private static final Pattern MD_EMPHASIS = Pattern.compile("(\\*\\*|__)(\\S(?:.*?\\S)?)\\1");

    /** Share of the running text that must precede an end-of-article line for it to cut the rest. */
    private static final double END_AFTER_SHARE = 0.5;

    private PlainTextCleaner() {
    }

    /**
     * A paragraph-sized piece of the text and what it was judged to be; {@code block} numbers the
     * blank-line separated block it came from.
     */
    private record Unit(String text, Kind kind, List<String> lines, int block) {

        Unit as(Kind other) {
            return new Unit(text, other, lines, block);
        }
    }

    /** HEADLINE is the text's first line read as its headline by {@link #leadingHeadline}. */
    private enum Kind { PROSE, SHORT, NOISE, END, HEADLINE }

    /** Cleans plain text. */
    public static CleanedText clean(String raw) {
        return clean(raw, false);
    }

    /** Cleans plain text, or Markdown when {@code markdown} (headings, links and emphasis become text). */
    public static CleanedText clean(String raw, boolean markdown) {
        List<Unit> units = leadingHeadline(cutAtEnd(classify(split(normalize(raw, markdown)))));
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
            addStandfirst(units, titleAt, first, body);
        }
        // A dateline set on its own line belongs to the lead it opens: it gives the report's place.
        if (first > 0 && first - 1 != titleAt && units.get(first - 1).kind() == Kind.SHORT
                && LineShape.isDatelineOnly(units.get(first - 1).text())) {
            body.add(units.get(first - 1).text());
        }
        for (Unit unit : units.subList(first, last + 1)) {
            if (unit.kind() == Kind.PROSE || unit.kind() == Kind.SHORT) {
                body.add(unit.text());
            }
        }
        addClosingLines(units.subList(last + 1, units.size()), body);
        String title = titleAt >= 0 ? units.get(titleAt).text() : null;
        return new CleanedText(title, String.join("\n\n", body), headLines, units.get(first).text());
    }

    /** A headline-shaped line right under the headline is its standfirst, part of the article. */
    private static void addStandfirst(List<Unit> units, int titleAt, int first, List<String> body) {
        for (int i = titleAt + 1; i < first; i++) {
            Unit unit = units.get(i);
            if (unit.kind() != Kind.SHORT || !LineShape.isHeadlineLike(unit.text()) || LineShape.words(unit.text()) < 6) {
                return;
            }
            body.add(unit.text());
        }
    }

    /**
     * After the last paragraph, short lines that end like sentences (a closing list, a signature)
     * are still the article's; labels, buttons and menus end without punctuation and end it. A
     * line ending in a colon is kept only when what it announces is.
     */
    private static void addClosingLines(List<Unit> tail, List<String> body) {
        String announcing = null;
        for (Unit unit : tail) {
            if (unit.kind() == Kind.NOISE) {
                continue;
            }
            if (unit.kind() != Kind.SHORT) {
                return;
            }
            if (unit.text().endsWith(":") && announcing == null) {
                announcing = unit.text();
            } else if (LineShape.endsLikeSentence(unit.text())) {
                if (announcing != null) {
                    body.add(announcing);
                    announcing = null;
                }
                body.add(unit.text());
            } else {
                return;
            }
        }
    }

    /**
     * Cleans the main text an HTML extractor returned. The extractor has already chosen the
     * content, so short lines around the prose (lists, tables, captions) stay; only furniture lines,
     * the end-of-article cut, and a leading repetition of the page's headline are removed. The
     * title returned is {@code pageTitle}, or the text's own headline when the page has none.
     */
    public static CleanedText cleanExtracted(String text, String pageTitle) {
        List<Unit> units = leadingHeadline(cutAtEnd(classify(split(normalize(text, false)))));
        int first = -1;
        for (int i = 0; i < units.size() && first < 0; i++) {
            if (units.get(i).kind() == Kind.PROSE) {
                first = i;
            }
        }
        List<String> headLines = new ArrayList<>();
        for (Unit unit : units.subList(0, first < 0 ? units.size() : first)) {
            headLines.addAll(unit.lines());
        }
        String title = pageTitle;
        int from = 0;
        if (first > 0) {
            int headline = titleIndex(units, first);
            if (headline >= 0 && (title == null || sameWords(units.get(headline).text(), title))) {
                title = title == null ? units.get(headline).text() : title;
                from = headline + 1;
            }
        }
        List<String> body = new ArrayList<>();
        for (Unit unit : units.subList(from, units.size())) {
            if (unit.kind() == Kind.PROSE || unit.kind() == Kind.SHORT || unit.kind() == Kind.HEADLINE) {
                body.add(unit.text());
            }
        }
        return new CleanedText(title, String.join("\n\n", body), headLines, first < 0 ? null : units.get(first).text());
    }

    /** Whether a headline line repeats the page title, which often adds the site's name to it. */
    private static boolean sameWords(String line, String title) {
        String a = line.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        String b = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return !a.isEmpty() && (b.startsWith(a) || a.startsWith(b));
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
            String trimmed = trim(line);
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

    /** Trims whitespace including no-break spaces, which crawls leave at line ends. */
    private static String trim(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isSpace(line.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B';
    }

    private static List<Unit> classify(List<List<String>> blocks) {
        List<Unit> units = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            List<String> lines = blocks.get(b);
            if (isHardWrapped(lines)) {
                String joined = String.join(" ", lines);
                units.add(new Unit(joined, kindOf(joined), lines, b));
                continue;
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                boolean prose = LineShape.isProse(line);
                if (Boilerplate.isByline(line, prose)) {
                    units.add(new Unit(line, Kind.NOISE, List.of(line), b));
                    // "From Jane Doe," continues on the next line with her desk or outlet.
                    if (line.endsWith(",") && i + 1 < lines.size() && lines.get(i + 1).length() <= 60
                            && !LineShape.isProse(lines.get(i + 1))) {
                        i++;
                        units.add(new Unit(lines.get(i), Kind.NOISE, List.of(lines.get(i)), b));
                    }
                    continue;
                }
                units.add(new Unit(line, kindOf(line), List.of(line), b));
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
        if (!prose && LineShape.isDatelineOnly(line)) {
            // "ROME 1996-12-06" is shaped like a date stamp, but it is the report's place and date.
            return Kind.SHORT;
        }
        if (furniture == Boilerplate.Kind.LINE || LineShape.isUrl(line) || ONLY_MARKUP.matcher(line).matches() || LineShape.isNavigationTrail(line)
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
     * A block of lines broken at a fixed width: every line but the last long and of about the same
     * length, most of them not ending a sentence, none a list item. Read as one paragraph.
     */
    private static boolean isHardWrapped(List<String> lines) {
        if (lines.size() < 2) {
            return false;
        }
        int longest = 0;
        int shortest = Integer.MAX_VALUE;
        int open = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (LineShape.isListItem(line)) {
                return false;
            }
            if (i < lines.size() - 1) {
                longest = Math.max(longest, line.length());
                shortest = Math.min(shortest, line.length());
                if (!line.matches(".*[.!?:;\"”»)]$")) {
                    open++;
                }
            }
        }
        return shortest >= 40 && shortest >= 0.6 * longest && open * 2 >= lines.size() - 1;
    }

    /**
     * The text's first line, read as its headline when it is shaped like one though it ends like a
     * sentence (some outlets close headlines with a full stop): one short sentence, standing alone
     * before a blank line or above a longer paragraph. A headline broken after a semicolon, with
     * its second part on the next line ("Ad attack coming;" / "Iowa targeted for two months."),
     * is read as one headline. Only the first line is judged so: further down, a short sentence
     * in a paragraph of its own is the article's.
     */
    private static List<Unit> leadingHeadline(List<Unit> units) {
        int at = 0;
        while (at < units.size() && units.get(at).kind() == Kind.NOISE) {
            at++;
        }
        if (at >= units.size() - 1) {
            return units;
        }
        Unit unit = units.get(at);
        Unit next = units.get(at + 1);
        List<Unit> out = new ArrayList<>(units);
        if (unit.text().endsWith(";") && next.block() == unit.block() && next.kind() != Kind.NOISE
                && LineShape.isHeadlineStart(unit.text()) && LineShape.isHeadlineStart(next.text())
                && LineShape.words(unit.text()) <= LineShape.HEADLINE_SENTENCE_WORDS
                && LineShape.words(next.text()) <= LineShape.HEADLINE_SENTENCE_WORDS) {
            List<String> lines = new ArrayList<>(unit.lines());
            lines.addAll(next.lines());
            out.set(at, new Unit(unit.text() + " " + next.text(), Kind.HEADLINE, lines, unit.block()));
            out.remove(at + 1);
            return out;
        }
        if (unit.kind() != Kind.PROSE || unit.lines().size() != 1 || !LineShape.isHeadlineSentence(unit.text())) {
            return units;
        }
        boolean alone = next.block() != unit.block() && (at == 0 || units.get(at - 1).block() != unit.block());
        boolean aboveLonger = next.kind() == Kind.PROSE && next.text().length() > unit.text().length();
        if (alone || aboveLonger) {
            out.set(at, unit.as(Kind.HEADLINE));
        }
        return out;
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
                kept.add(unit.as(Kind.NOISE));
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
     * The headline among the head's units: the first headline-shaped one after the page's
     * navigation (site names and page titles come before breadcrumbs and menus, the article's
     * headline after them), passing over page titles that end in a site name ("Headline - Site")
     * when a plain headline follows.
     */
    private static int titleIndex(List<Unit> units, int first) {
        for (int i = 0; i < first; i++) {
            if (units.get(i).kind() == Kind.HEADLINE) {
                return i;
            }
        }
        int from = 0;
        for (int i = 0; i < first; i++) {
            String text = units.get(i).text();
            if (LineShape.isNavigationTrail(text) || LineShape.isListItem(text) || LineShape.isUrl(text)) {
                from = i + 1;
            }
        }
        int candidate = candidate(units, from, first);
        return candidate >= 0 || from == 0 ? candidate : candidate(units, 0, first);
    }

    private static int candidate(List<Unit> units, int from, int to) {
        int candidate = -1;
        for (int i = from; i < to; i++) {
            Unit unit = units.get(i);
            if (unit.kind() == Kind.HEADLINE) {
                return i;
            }
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
            if (unit.kind() == Kind.SHORT || unit.kind() == Kind.HEADLINE) {
                body.add(unit.text());
            }
        }
        return new CleanedText(null, String.join("\n\n", body), lines, null);
    }
}
