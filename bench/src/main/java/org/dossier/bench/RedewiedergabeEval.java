package org.dossier.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.analyze.AnnotationContext;
import org.dossier.analyze.entity.EntityAnnotator;
import org.dossier.analyze.nlp.CoreNlpEngine;
import org.dossier.analyze.nlp.NlpDocument;
import org.dossier.analyze.quote.QuoteAnnotator;
import org.dossier.bench.quotes.GoldQuote;
import org.dossier.bench.quotes.GoldQuotes;
import org.dossier.bench.quotes.NlpCache;
import org.dossier.bench.quotes.QuoteScore;
import org.dossier.bench.quotes.RedewiedergabeSample;
import org.dossier.bench.quotes.RedewiedergabeSample.Type;
import org.dossier.bench.quotes.RedewiedergabeSample.Unit;
import org.dossier.model.Article;
import org.dossier.model.Quote;

/**
 * Scores the quote stage on German: the news and commentary samples of the Corpus REDEWIEDERGABE
 * ({@code bench/quotes-de}, historical German, 1840-1919), each analysed as a German article as
 * the product does (CoreNLP with the German NER, the entity stage, the quote stage), in two fixed
 * halves ({@link RedewiedergabeSample#heldOut}): the tuning half, the only one rules may be tuned
 * on, and the held-out half. Not thread-safe; run once per command.
 */
final class RedewiedergabeEval {

    /** Words that never name a speaker, compared in lower case: pronouns, "man", old spellings. */
    private static final Set<String> PRONOUNS = Set.of("er", "sie", "es", "man", "wir", "ich", "jch", "ihr", "du",
            "wer", "jemand", "niemand", "uns", "mir", "mich", "ihm", "ihn", "ihnen", "sich", "der", "die", "das",
            "dieser", "diese", "jener", "jene", "welcher", "welche", "alle", "viele", "einige", "andere", "jeder");

    private final Path dir;
    private final NlpCache cache;
    private final int show;

    RedewiedergabeEval(Path dir, NlpCache cache, int show) {
        this.dir = dir;
        this.cache = cache;
        this.show = show;
    }

    /** The scores of one half: per type, and for indirect and reported together. */
    private static final class Half {
        final Map<Type, QuoteScore> byType = new EnumMap<>(Type.class);
        final QuoteScore nonDirect = new QuoteScore(RedewiedergabeEval::isName);
        int samples;

        Half() {
            for (Type t : Type.values()) {
                byType.put(t, new QuoteScore(RedewiedergabeEval::isName));
            }
        }
    }

    int run() {
        Path samples = Files.isDirectory(dir.resolve("redewiedergabe")) ? dir.resolve("redewiedergabe") : dir;
        List<Path> files = RedewiedergabeSample.files(samples);
        if (files.isEmpty()) {
            System.err.println("no samples (.tsv) in " + samples);
            return 1;
        }
        QuoteAnnotator quotes = new QuoteAnnotator();
        EntityAnnotator entities = new EntityAnnotator();
        Half tuning = new Half();
        Half heldOut = new Half();
        for (Path file : files) {
            RedewiedergabeSample s = RedewiedergabeSample.read(file);
            Article article = new Article("a-" + s.name(), s.name(), null, null, null, "de", null, null, s.text(), null);
            NlpDocument nlp = cache == null ? null : cache.get(s.name(), s.text());
            if (nlp == null) {
                nlp = CoreNlpEngine.shared().annotate(s.text(), "de");
                if (cache != null) {
                    cache.put(s.name(), nlp);
                }
            }
            AnnotationContext base = new AnnotationContext(article, nlp, null, List.of());
            List<Quote> found = quotes.annotate(base.withEntities(entities.annotate(base)));
            Half half = RedewiedergabeSample.heldOut(s.name()) ? heldOut : tuning;
            half.samples++;
            List<GoldQuote> all = gold(s.units(), Set.of(Type.DIRECT));
            half.byType.get(Type.DIRECT).add(s.text(), all, found, true, s.name());
            for (Type t : List.of(Type.INDIRECT, Type.REPORTED)) {
                half.byType.get(t).add(s.text(), only(s.units(), Set.of(t)), found, false, s.name());
            }
            half.nonDirect.add(s.text(), only(s.units(), Set.of(Type.INDIRECT, Type.REPORTED)), found, false, s.name());
        }
        print(files.size(), tuning, heldOut);
        return 0;
    }

    /** Every unit as a gold quote, direct when of {@code direct}'s types. */
    private static List<GoldQuote> gold(List<Unit> units, Set<Type> direct) {
        List<GoldQuote> out = new ArrayList<>();
        for (Unit u : units) {
            out.add(new GoldQuote(u.start(), u.end(), direct.contains(u.type()), u.speaker(), u.cue()));
        }
        return out;
    }

    /** The units of {@code types}, as the non-direct gold quotes ours of that kind are scored against. */
    private static List<GoldQuote> only(List<Unit> units, Set<Type> types) {
        return units.stream().filter(u -> types.contains(u.type()))
                .map(u -> new GoldQuote(u.start(), u.end(), false, u.speaker(), u.cue())).toList();
    }

    /** Whether a gold speaker names someone: its last word is capitalised and no pronoun. */
    static boolean isName(String speaker) {
        String last = GoldQuotes.lastWord(speaker);
        return !last.isEmpty() && Character.isUpperCase(last.charAt(0))
                && !PRONOUNS.contains(last.toLowerCase(Locale.ROOT));
    }

    private void print(int files, Half tuning, Half heldOut) {
        System.out.printf(Locale.ROOT, "quotes-de: %d samples (Corpus REDEWIEDERGABE, news and commentary, 1840-1919); "
                + "tuning half %d (CRC-32 of the file name even), held-out half %d (odd)%n", files, tuning.samples,
                heldOut.samples);
        System.out.println("gold: every stwr annotation at every level; one unit per contiguous run of its tokens; "
                + "indirect_freeIndirect counts as indirect; every medium (speech, thought, writing)");
        System.out.printf(Locale.ROOT, "match: content spans, one to one, greedy by overlap; shared characters >= %.2f "
                + "of the longer span. Direct: our direct quotes against gold direct units (ours inside a gold indirect "
                + "or reported unit counted apart, as partial). Indirect, reported: all our non-direct quotes (the "
                + "product does not tell the two apart) against the gold units of that type, so each type's P is the "
                + "share of our non-direct quotes that match one of its units; indirect+reported scores them against "
                + "both together%n", QuoteScore.THRESHOLD);
        System.out.println("speaker: on matched units whose gold speaker names someone (last word capitalised, no "
                + "pronoun or \"man\"); right when they share the last word (see polnear); no speaker is wrong");
        System.out.printf(Locale.ROOT, "%-18s %-52s %-52s%n", "", "tuning (" + tuning.samples + " samples)",
                "held-out (" + heldOut.samples + " samples)");
        for (Type t : Type.values()) {
            row(t.name().toLowerCase(Locale.ROOT), tuning.byType.get(t), heldOut.byType.get(t));
        }
        row("indirect+reported", tuning.nonDirect, heldOut.nonDirect);
        for (Type t : Type.values()) {
            QuoteScore a = tuning.byType.get(t);
            QuoteScore b = heldOut.byType.get(t);
            System.out.printf(Locale.ROOT, "%-18s %-52s %-52s%n", "speaker " + t.name().toLowerCase(Locale.ROOT),
                    String.format(Locale.ROOT, "accuracy %.3f (%d matched with a named speaker)", a.speakerAccuracy(),
                            a.namedSources()),
                    String.format(Locale.ROOT, "accuracy %.3f (%d matched with a named speaker)", b.speakerAccuracy(),
                            b.namedSources()));
        }
        System.out.println("ref: token-level F1 direct 0.85, indirect 0.76, reported 0.60 (redewiedergabe deep tagger, "
                + "Brunner et al. 2020, whole corpus, fiction and non-fiction; not comparable span for span)");
        if (show > 0) {
            for (Type t : Type.values()) {
                examples(t.name().toLowerCase(Locale.ROOT) + ", tuning half", tuning.byType.get(t));
            }
        }
    }

    private static void row(String label, QuoteScore a, QuoteScore b) {
        System.out.printf(Locale.ROOT, "%-18s %-52s %-52s%n", label, cells(a), cells(b));
    }

    private static String cells(QuoteScore s) {
        return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (gold %d, ours %d)", s.precision(), s.recall(), s.f1(),
                s.gold(), s.ours());
    }

    private void examples(String title, QuoteScore s) {
        System.out.println("-- " + title);
        print("missed", s.misses());
        print("false", s.falseAlarms());
        print("wrong speaker", s.wrongSpeakers());
    }

    private void print(String title, List<String> lines) {
        System.out.println("   " + title + " (" + lines.size() + ")");
        lines.stream().limit(show).forEach(l -> System.out.println("     " + l));
    }
}
