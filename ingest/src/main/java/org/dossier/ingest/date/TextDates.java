package org.dossier.ingest.date;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the publication date an article states about itself: a stamp in its head ({@code
 * 04.06.2020 - Press release}, {@code Status: 06/28/2021 4:30 a.m.}, {@code June 4, 2020}) or a
 * dateline opening its first paragraph ({@code ROME, June 28, 2021 (AP) - ...}). Dates that the body
 * merely mentions are never taken: they are what the article is about, not when it appeared.
 * Stateless and thread-safe.
 */
public final class TextDates {

    /** Head lines farther than this from the start are page furniture, not the article's stamp. */
    private static final int MAX_HEAD_LINES = 15;

    /** A dateline: short lead-in (place, agency) with a date, closed by a dash or colon. */
    private static final Pattern DATELINE_END = Pattern.compile("^[^.!?]{0,40}?\\s*(\\(|[-–—:]\\s)");

    private static final Pattern PLACE = Pattern.compile("(\\p{Lu}[\\p{L}.'’ -]{0,30}(\\([^)]{1,20}\\))?,\\s*)?");

    private TextDates() {
    }

    /**
     * The date stated by the head of an article.
     *
     * @param headLines      the lines before the first body paragraph, as read (stamps included)
     * @param firstParagraph the first body paragraph, or null
     * @return ISO date, or date and time when the stamp gives one
     */
    public static Optional<String> find(List<String> headLines, String firstParagraph) {
        int limit = Math.min(headLines.size(), MAX_HEAD_LINES);
        for (int i = 0; i < limit; i++) {
            String line = headLines.get(i);
            List<DateMention> mentions = DateMentions.in(line);
            if (!mentions.isEmpty() && isStamp(line, mentions.get(0))) {
                return Optional.of(mentions.get(0).iso());
            }
        }
        if (firstParagraph != null) {
            return dateline(firstParagraph);
        }
        return Optional.empty();
    }

    /**
     * A head line states the article's date when the date is most of it: a stamp such as {@code
     * Updated: 4 June 2020, 10:12} rather than a headline that happens to name a date: at most four
     * words besides the date and time.
     */
    public static boolean isStamp(String line, DateMention mention) {
        String rest = (line.substring(0, mention.start()) + " " + line.substring(mention.end())).strip();
        long words = Pattern.compile("[\\s|·•/,-]+").splitAsStream(rest)
                .filter(w -> w.codePoints().anyMatch(Character::isLetter))
                .count();
        return words <= 4;
    }

    private static Optional<String> dateline(String paragraph) {
        String lead = paragraph.length() > 120 ? paragraph.substring(0, 120) : paragraph;
        List<DateMention> mentions = DateMentions.in(lead);
        if (mentions.isEmpty()) {
            return Optional.empty();
        }
        DateMention first = mentions.get(0);
        // The date must open the paragraph, alone or after a place ("ROME, "), and a dash, colon
        // or an agency in parentheses must close that lead-in right after it; "On June 4, 2020,
        // ministers met" is a sentence, not a dateline.
        String before = lead.substring(0, first.start());
        if (!PLACE.matcher(before).matches()) {
            return Optional.empty();
        }
        String after = lead.substring(first.end());
        return DATELINE_END.matcher(after).find() ? Optional.of(first.iso()) : Optional.empty();
    }
}
