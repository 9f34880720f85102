package org.dossier.analyze.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One surface pattern of a time expression and how to normalise what it matches.
 *
 * @param name       for diagnostics
 * @param pattern    matched against the article text; its whole match is the expression's extent
 * @param normaliser the TimeML type and value of a match; null rejects the match
 */
record TimexRule(String name, Pattern pattern, Normaliser normaliser, List<String> groupNames) {

    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    TimexRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(normaliser, "normaliser");
        groupNames = List.copyOf(groupNames);
    }

    static TimexRule of(String name, String regex, Normaliser normaliser) {
        Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<String> names = new ArrayList<>();
        Matcher m = GROUP_NAME.matcher(regex);
        while (m.find()) {
            names.add(m.group(1));
        }
        return new TimexRule(name, pattern, normaliser, names);
    }

    /** The named groups of the current match of {@code matcher}. */
    Groups groups(Matcher matcher) {
        Map<String, String> values = new HashMap<>();
        for (String n : groupNames) {
            String v = matcher.group(n);
            if (v != null) {
                values.put(n, v);
            }
        }
        return new Groups(matcher.group(), values);
    }

    /** The text of a match and its named groups that took part in it. */
    record Groups(String text, Map<String, String> values) {

        Groups {
            values = Map.copyOf(values);
        }

        String get(String name) {
            return values.get(name);
        }

        boolean has(String name) {
            return values.containsKey(name);
        }
    }

    /** Turns a match into a type and value in a situation. Pure. */
    @FunctionalInterface
    interface Normaliser {
        Normalised apply(Groups match, Situation situation);
    }
}
