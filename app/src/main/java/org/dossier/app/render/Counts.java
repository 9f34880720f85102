package org.dossier.app.render;

/** A count with its noun in the right number ("1 article", "2 articles"), for every renderer and command. */
public final class Counts {

    private Counts() {
    }

    /** {@code n} and {@code singular}, or {@code plural} unless {@code n} is one. */
    public static String of(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
