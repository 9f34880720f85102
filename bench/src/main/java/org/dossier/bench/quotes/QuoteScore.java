package org.dossier.bench.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.dossier.model.Quote;
import org.dossier.model.Speaker;

/**
 * Counts for one kind of quotation (direct or reported) over many articles. Our quotes match gold
 * units one to one, greedily by overlap, where the shared characters are at least
 * {@link #THRESHOLD} of the longer span. An unmatched direct quote of ours that lies mostly inside a
 * gold reported content (a quoted phrase inside indirect speech) is counted apart, not as an error.
 * Not thread-safe.
 */
public final class QuoteScore {

    public static final double THRESHOLD = 0.3;

    /** Whether a gold source names someone, so that the speaker of its match is scored. */
    private final Predicate<String> named;

    private int gold;
    private int ours;
    private int matched;
    private int partial;
    private int namedSources;
    private int speakerRight;
    private int goldSpeech;
    private int matchedSpeech;
    private final List<String> misses = new ArrayList<>();
    private final List<String> falseAlarms = new ArrayList<>();
    private final List<String> wrongSpeakers = new ArrayList<>();

    /** Scores speakers against the gold sources that {@link GoldQuotes#isName} takes for names. */
    public QuoteScore() {
        this(GoldQuotes::isName);
    }

    /** Scores speakers against the gold sources that {@code named} takes for names. */
    public QuoteScore(Predicate<String> named) {
        this.named = java.util.Objects.requireNonNull(named, "named");
    }

    /** Scores the quotes of one kind ({@code direct}) in one article. */
    public void add(String text, List<GoldQuote> goldAll, List<Quote> oursAll, boolean direct, String article) {
        List<GoldQuote> g = goldAll.stream().filter(q -> q.direct() == direct).toList();
        List<Quote> o = oursAll.stream().filter(q -> q.direct() == direct).toList();
        gold += g.size();
        goldSpeech += (int) g.stream().filter(GoldQuote::speechCue).count();
        ours += o.size();
        record Pair(int gi, int oi, double ratio) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            for (int j = 0; j < o.size(); j++) {
                double r = ratio(g.get(i).start(), g.get(i).end(), o.get(j).evidence().start(), o.get(j).evidence().end());
                if (r >= THRESHOLD) {
                    pairs.add(new Pair(i, j, r));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::ratio).reversed());
        boolean[] gUsed = new boolean[g.size()];
        boolean[] oUsed = new boolean[o.size()];
        for (Pair p : pairs) {
            if (gUsed[p.gi] || oUsed[p.oi]) {
                continue;
            }
            gUsed[p.gi] = true;
            oUsed[p.oi] = true;
            matched++;
            GoldQuote gq = g.get(p.gi);
            if (gq.speechCue()) {
                matchedSpeech++;
            }
            if (gq.source() != null && named.test(gq.source())) {
                namedSources++;
                Speaker s = o.get(p.oi).speaker();
                if (sameSpeaker(gq.source(), s)) {
                    speakerRight++;
                } else {
                    wrongSpeakers.add(article + ": gold " + clip(gq.source()) + " / ours " + (s == null ? "none" : s.name())
                            + " | " + clip(text.substring(gq.start(), gq.end())));
                }
            }
        }
        for (int i = 0; i < g.size(); i++) {
            if (!gUsed[i]) {
                misses.add(article + ": " + (g.get(i).cue() == null ? "" : "[" + g.get(i).cue() + "] ")
                        + clip(text.substring(g.get(i).start(), g.get(i).end())));
            }
        }
        for (int j = 0; j < o.size(); j++) {
            if (oUsed[j]) {
                continue;
            }
            Quote q = o.get(j);
            boolean inside = direct && goldAll.stream().anyMatch(x -> !x.direct()
                    && overlap(x.start(), x.end(), q.evidence().start(), q.evidence().end()) >= 0.5 * (q.evidence().end() - q.evidence().start()));
            if (inside) {
                partial++;
                ours--;
            } else {
                falseAlarms.add(article + ": " + clip(q.text()));
            }
        }
    }

    /**
     * Whether our speaker is the gold source: one shares the other's surname, i.e. the gold source's
     * last word is one of our speaker's words ("Ms. Acosta" / "Melba Acosta Febo", "Mr. Lou" / "Lou
     * Jiwei") or our last word is one of the source's words ("Scott Pruitt, the attorney general").
     */
    static boolean sameSpeaker(String goldSource, Speaker s) {
        if (s == null) {
            return false;
        }
        String gold = goldSource.replace('’', '\'');
        String ours = s.name().replace('’', '\'');
        List<String> goldWords = words(gold);
        List<String> ourWords = words(ours);
        String goldLast = GoldQuotes.lastWord(gold).toLowerCase(Locale.ROOT);
        String ourLast = GoldQuotes.lastWord(ours).toLowerCase(Locale.ROOT);
        return ourWords.contains(goldLast) || goldWords.contains(ourLast);
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").split("[\\s,;:()\"“”']+")) {
            String t = w.replaceAll("^[.-]+|[.-]+$", "");
            if (t.length() > 1 && !t.matches("jr|sr|ii|iii|iv|mr|ms|mrs|dr")) {
                out.add(t);
            }
        }
        return out;
    }

    private static double ratio(int s1, int e1, int s2, int e2) {
        int longer = Math.max(e1 - s1, e2 - s2);
        return longer == 0 ? 0 : (double) overlap(s1, e1, s2, e2) / longer;
    }

    private static int overlap(int s1, int e1, int s2, int e2) {
        return Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
    }

    private static String clip(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= 110 ? one : one.substring(0, 70) + " … " + one.substring(one.length() - 30);
    }

    public double precision() {
        return ours == 0 ? 0 : (double) matched / ours;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) matched / gold;
    }

    /** Recall over the gold units whose cue is a verb of saying. */
    public double speechRecall() {
        return goldSpeech == 0 ? 0 : (double) matchedSpeech / goldSpeech;
    }

    public int goldSpeech() {
        return goldSpeech;
    }

    /** Precision when our quoted phrases inside gold reported content count as errors too. */
    public double strictPrecision() {
        return ours + partial == 0 ? 0 : (double) matched / (ours + partial);
    }

    public double strictF1() {
        double p = strictPrecision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int gold() {
        return gold;
    }

    public int ours() {
        return ours;
    }

    public int matched() {
        return matched;
    }

    public int partial() {
        return partial;
    }

    public int namedSources() {
        return namedSources;
    }

    public List<String> misses() {
        return List.copyOf(misses);
    }

    public List<String> falseAlarms() {
        return List.copyOf(falseAlarms);
    }

    public List<String> wrongSpeakers() {
        return List.copyOf(wrongSpeakers);
    }

    public double speakerAccuracy() {
        return namedSources == 0 ? 0 : (double) speakerRight / namedSources;
    }
}
