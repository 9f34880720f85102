package org.dossier.bench.quotes;

/**
 * A gold quotation unit: one fragment of an attribution's content.
 *
 * @param direct whether the fragment is a direct quote (see {@link GoldQuotes#DEFINITION})
 * @param source the attribution's source text, or null when it has none
 * @param cue    the attribution's cue text ("said", "according to"), or null when it has none
 */
public record GoldQuote(int start, int end, boolean direct, String source, String cue) {

    private static final java.util.regex.Pattern SPEECH_CUE = java.util.regex.Pattern.compile(
            "(?i)\\b(say|says|said|saying|tell|tells|told|add|adds|added|state|states|stated|according|warn|warns|"
            + "warned|insist|insists|insisted|argue|argues|argued|explain|explains|explained|note|notes|noted|claim|"
            + "claims|claimed|announce|announces|announced|write|writes|wrote|tweet|tweets|tweeted)\\b");

    /** Whether the cue is a verb of saying, not of belief or perception ("believes", "saw"). */
    public boolean speechCue() {
        return cue != null && SPEECH_CUE.matcher(cue).find();
    }
}
