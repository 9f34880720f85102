package org.dossier.app;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The commands a misspelt command name was probably meant to be: those fewest edits away (a letter
 * inserted, left out, changed, or two neighbours swapped), at most two and fewer than half the
 * name's letters. Stateless.
 */
final class CommandSuggestion {

    private static final int MAX_EDITS = 2;

    private CommandSuggestion() {
    }

    /** The closest of {@code names} to {@code typed}, sorted as given; empty when none is close. */
    static List<String> closest(String typed, Collection<String> names) {
        String word = typed.toLowerCase(Locale.ROOT);
        int best = Integer.MAX_VALUE;
        List<String> closest = new ArrayList<>();
        for (String name : names) {
            int d = distance(word, name.toLowerCase(Locale.ROOT));
            if (d > MAX_EDITS || 2 * d >= name.length()) {
                continue;
            }
            if (d < best) {
                best = d;
                closest.clear();
            }
            if (d == best) {
                closest.add(name);
            }
        }
        return List.copyOf(closest);
    }

    /** Edits from {@code a} to {@code b}, a swap of neighbours counting as one (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
