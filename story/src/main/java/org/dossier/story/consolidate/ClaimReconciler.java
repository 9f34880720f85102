package org.dossier.story.consolidate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Claim;
import org.dossier.model.Conflict;
import org.dossier.model.Entity;
import org.dossier.model.Evidence;
import org.dossier.story.AnalyzedArticle;

/**
 * A story's claims with story-wide subjects, and the conflicts between them.
 *
 * <p><b>Subjects.</b> An article-local entity id becomes the story entity's id; a subject given as
 * text becomes the id of the one entity with that name or alias, or whose name holds all its words
 * ("coalition" → the coalition), and stays text otherwise. Attendance counts with text subjects
 * share one ({@link #gatheringSubjects}).
 *
 * <p><b>When values conflict.</b> Each value is read as a range: an exact value is the point itself;
 * "more than N" is (N, ∞), "at least N" [N, ∞), "less than N" (−∞, N), "at most"/"up to N"
 * (−∞, N]; "about"/"approximately"/"some"/"around N" is N ± 10% (at least ± 1), and "nearly"/"almost
 * N" is [N − 10%, N]. Two values are compatible when their ranges meet, so "more than 80" and
 * "about 84" agree with an exact 83. A subject and property has a conflict when two of its values
 * are incompatible; the conflict then lists every value given (qualified ones as written, e.g.
 * "more than 80"), each with all its evidence. Values that are not numbers conflict when they
 * differ after case and accents are folded. The dated claims of {@link DatedClaims} ("the last
 * meeting" on "2019-02") join the article's claims; two dates agree when one holds the other
 * ("2019" and "2019-02"), and a date given as planned is named so in the note.
 *
 * <p><b>Notes.</b> When the sentence of one value says members were added or joined and counts
 * them (a number, or a listed "new members such as A, B, C and D"), and the smaller value plus that
 * count is the larger, the note says the smaller is the count before they joined. When the sentence
 * of a value, or the one before it, sets the difference apart ("four of them attended as observers
 * without a vote"), the note says the smaller leaves those out. Qualified values
 * compatible with an exact one are named as consistent with it. The words these notes look for are
 * those of the sentence's language ({@link Cues.Section#JOIN_CUES}, {@link Cues.Section#NEW_MEMBERS},
 * {@link Cues.Section#SET_APART_CUES}, {@link Cues.Section#NUMBER_WORDS} and the like); a language
 * without cues gets no notes of this kind. Qualifiers are read in the normalised English form the
 * claim annotator gives them, whatever the article's language. Stateless and thread-safe.
 */
final class ClaimReconciler {

    /** The largest part of a count a sentence can set apart in words ("four of them"). */
    static final int MAX_SET_APART = 12;

    /** Properties that count who attended a gathering. */
    private static final Set<String> ATTENDANCE = Set.of("participants", "ministers");

    /** Claims with resolved subjects, and conflicts. */
    record Reconciled(List<Claim> claims, List<Conflict> conflicts) {
    }

    /** One value as a range, with the claims that give it. */
    private record Reading(String label, String value, BigDecimal low, boolean lowOpen, BigDecimal high,
                           boolean highOpen, boolean exact, List<Claim> claims) {

        boolean numeric() {
            return low != null || high != null;
        }

        boolean dated() {
            return claims.get(0).property().equals(DatedClaims.PROPERTY);
        }

        boolean compatible(Reading other) {
            if (dated() && other.dated()) {
                // ISO dates at different precisions: "2019" holds "2019-02".
                return value.startsWith(other.value) || other.value.startsWith(value);
            }
            if (!numeric() || !other.numeric()) {
                return Words.fold(value).equals(Words.fold(other.value));
            }
            return below(low, lowOpen, other.high, other.highOpen) && below(other.low, other.lowOpen, high, highOpen);
        }

        /** Whether a range starting at {@code from} can meet one ending at {@code to}. */
        private static boolean below(BigDecimal from, boolean fromOpen, BigDecimal to, boolean toOpen) {
            if (from == null || to == null) {
                return true;
            }
            int c = from.compareTo(to);
            return c < 0 || (c == 0 && !fromOpen && !toOpen);
        }
    }

    Reconciled reconcile(StoryText story, EntityMerger.Merged entities) {
        List<Claim> claims = new ArrayList<>();
        for (AnalyzedArticle a : story.members()) {
            for (Claim c : a.analysis().claims()) {
                String subject = resolveSubject(a.article().id(), c.subject(), entities,
                        Cues.of(a.article().language()));
                claims.add(new Claim(subject, c.property().strip().toLowerCase(Locale.ROOT), c.value().strip(),
                        c.qualifier() == null || c.qualifier().isBlank() ? null : c.qualifier().strip(),
                        c.evidence()));
            }
        }
        claims.addAll(DatedClaims.find(story));
        claims = gatheringSubjects(claims);
        Comparator<Evidence> order = story.evidenceOrder();
        claims.sort(Comparator.comparing(Claim::subject).thenComparing(Claim::property)
                .thenComparing(Claim::evidence, order));
        Map<String, List<Claim>> groups = new LinkedHashMap<>();
        for (Claim c : claims) {
            groups.computeIfAbsent(c.subject() + "\u0000" + c.property(), k -> new ArrayList<>()).add(c);
        }
        List<Conflict> conflicts = new ArrayList<>();
        for (List<Claim> group : groups.values()) {
            Conflict conflict = conflict(group, story);
            if (conflict != null) {
                conflicts.add(conflict);
            }
        }
        return new Reconciled(List.copyOf(claims), List.copyOf(conflicts));
    }

    /**
     * A story is one gathering or incident: who attended it is counted for "the conference", "the
     * meeting" or, with no gathering named in the sentence, for the counted noun itself ("41 voting
     * delegations"). Such text subjects of attendance counts become one, the commonest of them (ties:
     * alphabetical), so that the sources' counts meet; counts for a named entity keep their subject.
     */
    static List<Claim> gatheringSubjects(List<Claim> claims) {
        Map<String, Integer> uses = new java.util.TreeMap<>();
        for (Claim c : claims) {
            if (ATTENDANCE.contains(c.property()) && !c.subject().startsWith("e-")) {
                uses.merge(c.subject(), 1, Integer::sum);
            }
        }
        if (uses.size() < 2) {
            return claims;
        }
        String common = uses.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            boolean gathering = ATTENDANCE.contains(c.property()) && !c.subject().startsWith("e-");
            out.add(gathering ? new Claim(common, c.property(), c.value(), c.qualifier(), c.evidence()) : c);
        }
        return out;
    }

    private static String resolveSubject(String articleId, String subject, EntityMerger.Merged entities,
                                         Cues cues) {
        String id = entities.resolve(articleId, subject);
        if (id != null) {
            return id;
        }
        id = entities.byName(subject);
        if (id != null) {
            return id;
        }
        Set<String> words = new LinkedHashSet<>(List.of(Words.nameKey(subject).split(" ")));
        words.removeAll(cues.words(Cues.Section.STOPWORDS));
        words.remove("");
        if (words.isEmpty()) {
            return subject;
        }
        String found = null;
        for (Entity e : entities.entities()) {
            List<String> names = new ArrayList<>(e.aliases());
            names.add(e.name());
            boolean holds = names.stream().anyMatch(
                    n -> List.of(Words.nameKey(n).split(" ")).containsAll(words));
            if (holds) {
                if (found != null) {
                    return subject; // ambiguous
                }
                found = e.id();
            }
        }
        return found == null ? subject : found;
    }

    private static Conflict conflict(List<Claim> group, StoryText story) {
        Map<String, List<Claim>> byLabel = new LinkedHashMap<>();
        for (Claim c : group) {
            byLabel.computeIfAbsent(label(c), k -> new ArrayList<>()).add(c);
        }
        if (byLabel.size() < 2) {
            return null;
        }
        List<Reading> readings = new ArrayList<>();
        for (Map.Entry<String, List<Claim>> e : byLabel.entrySet()) {
            readings.add(reading(e.getKey(), e.getValue()));
        }
        boolean disagree = false;
        for (int i = 0; i < readings.size() && !disagree; i++) {
            for (int j = i + 1; j < readings.size(); j++) {
                if (!readings.get(i).compatible(readings.get(j))) {
                    disagree = true;
                    break;
                }
            }
        }
        if (!disagree) {
            return null;
        }
        // Exact values first, the best supported first; qualified values after them.
        readings.sort(Comparator.comparing((Reading r) -> r.exact() ? 0 : 1)
                .thenComparingInt(r -> -sources(r, story))
                .thenComparing(r -> r.claims().get(0).evidence(), story.evidenceOrder()));
        List<Conflict.Value> values = new ArrayList<>();
        for (Reading r : readings) {
            List<Evidence> evidence = new ArrayList<>();
            for (Claim c : r.claims()) {
                if (!evidence.contains(c.evidence())) {
                    evidence.add(c.evidence());
                }
            }
            values.add(new Conflict.Value(r.label(), evidence));
        }
        Claim first = group.get(0);
        return new Conflict(first.subject(), first.property(), values, note(readings, story));
    }

    private static int sources(Reading r, StoryText story) {
        Set<String> s = new LinkedHashSet<>();
        for (Claim c : r.claims()) {
            s.add(story.source(c.evidence().articleId()));
        }
        return s.size();
    }

    private static String label(Claim c) {
        String q = c.qualifier() == null ? "" : c.qualifier().toLowerCase(Locale.ROOT);
        if (q.isEmpty() || q.equals("exactly") || q.equals("=")) {
            return c.value();
        }
        return q + " " + c.value();
    }

    private static Reading reading(String label, List<Claim> claims) {
        Claim c = claims.get(0);
        BigDecimal v = c.property().equals(DatedClaims.PROPERTY) ? null : number(c.value());
        String q = c.qualifier() == null ? "" : c.qualifier().toLowerCase(Locale.ROOT).strip();
        if (v == null) {
            return new Reading(label, c.value(), null, false, null, false, q.isEmpty(), claims);
        }
        BigDecimal tolerance = v.abs().multiply(new BigDecimal("0.1")).max(BigDecimal.ONE);
        return switch (kind(q)) {
            case "exact" -> new Reading(label, c.value(), v, false, v, false, true, claims);
            case "above" -> new Reading(label, c.value(), v, true, null, false, false, claims);
            case "atLeast" -> new Reading(label, c.value(), v, false, null, false, false, claims);
            case "below" -> new Reading(label, c.value(), null, false, v, true, false, claims);
            case "atMost" -> new Reading(label, c.value(), null, false, v, false, false, claims);
            case "nearly" -> new Reading(label, c.value(), v.subtract(tolerance), false, v, false, false, claims);
            default -> new Reading(label, c.value(), v.subtract(tolerance), false, v.add(tolerance), false, false,
                    claims);
        };
    }

    /** The range kind of a qualifier; an unknown qualifier is read as "about". */
    static String kind(String qualifier) {
        String q = qualifier.toLowerCase(Locale.ROOT).strip();
        if (q.isEmpty() || q.equals("exactly") || q.equals("=") || q.equals("precisely")) {
            return "exact";
        }
        if (q.matches("(more than|over|above|greater than|upwards of|in excess of|>)")) {
            return "above";
        }
        if (q.matches("(at least|no fewer than|no less than|minimum|>=)")) {
            return "atLeast";
        }
        if (q.matches("(less than|fewer than|under|below|<)")) {
            return "below";
        }
        if (q.matches("(at most|up to|no more than|maximum|<=)")) {
            return "atMost";
        }
        if (q.matches("(nearly|almost|just under|close to)")) {
            return "nearly";
        }
        return "about";
    }

    static BigDecimal number(String value) {
        String v = value.strip().replace(",", "").replace("_", "").replace(" ", "");
        if (!v.matches("[-+]?\\d+(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(v);
    }

    private static String note(List<Reading> readings, StoryText story) {
        List<String> parts = new ArrayList<>();
        List<Reading> exact = readings.stream().filter(r -> r.exact() && r.numeric()).toList();
        Set<String> explained = new LinkedHashSet<>();
        for (Reading small : exact) {
            for (Reading large : exact) {
                if (small.low().compareTo(large.low()) >= 0) {
                    continue;
                }
                BigDecimal gap = large.low().subtract(small.low());
                for (Reading r : List.of(small, large)) {
                    Integer added = addedCount(r, story);
                    if (added != null && gap.compareTo(BigDecimal.valueOf(added)) == 0
                            && explained.add(small.label() + ">" + large.label())) {
                        parts.add(small.label() + " is the count before " + added + " new member"
                                + (added == 1 ? "" : "s") + " joined (" + small.label() + " + " + added + " = "
                                + large.label() + ")");
                    }
                }
            }
        }
        for (Reading small : exact) {
            for (Reading large : exact) {
                if (small.low().compareTo(large.low()) >= 0
                        || explained.contains(small.label() + ">" + large.label())) {
                    continue;
                }
                BigDecimal gap = large.low().subtract(small.low());
                if (gap.scale() <= 0 && gap.compareTo(BigDecimal.valueOf(MAX_SET_APART)) <= 0
                        && (setApart(small, gap.intValue(), story) || setApart(large, gap.intValue(), story))
                        && explained.add(small.label() + ">" + large.label())) {
                    parts.add(small.label() + " leaves out " + gap.toPlainString() + " of the " + large.label() + " ("
                            + large.label() + " - " + gap.toPlainString() + " = " + small.label() + ")");
                }
            }
        }
        for (Reading r : readings) {
            if (r.dated() && DatedClaims.PLANNED.equals(r.claims().get(0).qualifier())) {
                parts.add("\"" + r.label() + "\" is a date the text gives as planned, not as held");
            }
        }
        for (Reading q : readings) {
            if (q.exact() || !q.numeric()) {
                continue;
            }
            List<String> fits = exact.stream().filter(q::compatible).map(Reading::label).toList();
            if (!fits.isEmpty()) {
                parts.add("\"" + q.label() + "\" is consistent with " + String.join(" and ", fits));
            }
        }
        return parts.isEmpty() ? null : String.join("; ", parts) + ".";
    }

    /**
     * Whether the sentence of one of the reading's claims, or the sentence before it, sets
     * {@code gap} of them apart: names that count ("four", "4") with a cue such as "of them",
     * "observers", "without a vote", "did not", "left".
     */
    private static boolean setApart(Reading reading, int gap, StoryText story) {
        for (Claim c : reading.claims()) {
            TextSentence s = story.sentenceOf(c.evidence());
            if (s == null) {
                continue;
            }
            Cues cues = s.cues();
            StringBuilder written = new StringBuilder(Integer.toString(gap));
            cues.forms(Cues.Section.NUMBER_WORDS).forEach((word, number) -> {
                if (number.equals(Integer.toString(gap)) && !word.equals(number)) {
                    written.append('|').append(Pattern.quote(word));
                }
            });
            Pattern count = Pattern.compile("\\b(" + written + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            List<TextSentence> all = story.sentences(c.evidence().articleId());
            int at = all.indexOf(s);
            for (TextSentence t : at > 0 ? List.of(s, all.get(at - 1)) : List.of(s)) {
                if (cues.pattern(Cues.Section.SET_APART_CUES).matcher(t.text()).find()
                        && count.matcher(t.text()).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The number of new members the sentence of a reading's evidence counts, or null. */
    private static Integer addedCount(Reading reading, StoryText story) {
        for (Claim c : reading.claims()) {
            TextSentence s = story.sentenceOf(c.evidence());
            if (s == null) {
                continue;
            }
            Cues cues = s.cues();
            String newMembers = cues.alternation(Cues.Section.NEW_MEMBERS);
            if (newMembers == null || !cues.pattern(Cues.Section.JOIN_CUES).matcher(s.text()).find()) {
                continue;
            }
            String numberWords = cues.alternation(Cues.Section.NUMBER_WORDS);
            Matcher explicit = Pattern.compile("\\b(\\d+" + (numberWords == null ? "" : "|" + numberWords) + ")\\s+"
                    + newMembers + "\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(s.text());
            if (explicit.find()) {
                String n = explicit.group(1);
                String number = n.matches("\\d+") ? n : cues.forms(Cues.Section.NUMBER_WORDS).get(Words.fold(n));
                return Integer.valueOf(number);
            }
            String introducers = cues.alternation(Cues.Section.LIST_INTRODUCERS);
            Matcher intro = Pattern.compile("\\b" + newMembers + "\\b[^,.;:]{0,20}?(?:"
                    + (introducers == null ? "" : "\\b" + introducers + "\\b|") + ":)\\s*",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(s.text());
            if (intro.find()) {
                int listed = countListed(s.text().substring(intro.end()), cues);
                if (listed > 0) {
                    return listed;
                }
            }
        }
        return null;
    }

    /**
     * Counts the names in "A, B, C and D, which ...": items must start with a capital letter; the
     * list's conjunctions and the articles before its names are the cues'.
     */
    static int countListed(String text, Cues cues) {
        int count = 0;
        String conjunctions = cues.alternation(Cues.Section.LIST_CONJUNCTIONS);
        Pattern separator = Pattern.compile(",|;|&" + (conjunctions == null ? "" : "|\\b" + conjunctions + "\\b"));
        Pattern article = cues.opening(Cues.Section.ARTICLES);
        for (String part : separator.split(text)) {
            String item = part.strip();
            if (item.isEmpty()) {
                if (count > 0) {
                    continue;
                }
                return 0;
            }
            Matcher a = article.matcher(item);
            if (a.find() && a.end() < item.length() && Character.isWhitespace(item.charAt(a.end()))) {
                item = item.substring(a.end()).strip();
            }
            if (item.isEmpty() || !Character.isUpperCase(item.charAt(0))) {
                break;
            }
            count++;
            if (item.matches(".*[.!?]$")) {
                break;
            }
        }
        return count;
    }
}
