package org.dossier.bench.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One fact a story's summary should state: a short label and groups of key terms. The fact is
 * covered by a text that contains, for every group, at least one of its terms. Terms match
 * case-insensitively as whole words, any run of white space standing for a space; a term ending in
 * {@code *} matches every word that begins with the rest. Immutable and thread-safe.
 */
public record ReferenceFact(String label, List<List<String>> all) {

    public ReferenceFact {
        Objects.requireNonNull(label, "label");
        if (all.isEmpty()) {
            throw new IllegalArgumentException("fact '" + label + "' has no term groups");
        }
        List<List<String>> groups = new ArrayList<>();
        for (List<String> group : all) {
            if (group.isEmpty() || group.stream().anyMatch(t -> t.isBlank() || t.equals("*"))) {
                throw new IllegalArgumentException("fact '" + label + "' has an empty group or term: " + all);
            }
            groups.add(List.copyOf(group));
        }
        all = List.copyOf(groups);
    }

    /** Whether {@code text} contains a term of every group. */
    public boolean coveredBy(String text) {
        for (List<String> group : all) {
            if (group.stream().noneMatch(term -> pattern(term).matcher(text).find())) {
                return false;
            }
        }
        return true;
    }

    static Pattern pattern(String term) {
        boolean prefix = term.endsWith("*");
        String body = prefix ? term.substring(0, term.length() - 1) : term;
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        String[] words = body.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
        }
        // A term ending in a stop ("Dr.") already ends the word.
        regex.append(prefix ? "[\\p{L}\\p{N}]*" : "(?![\\p{L}\\p{N}])");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
