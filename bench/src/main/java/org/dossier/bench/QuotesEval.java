package org.dossier.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dossier.analyze.AnnotationContext;
import org.dossier.analyze.entity.EntityAnnotator;
import org.dossier.analyze.nlp.CoreNlpEngine;
import org.dossier.analyze.nlp.NlpDocument;
import org.dossier.analyze.quote.QuoteAnnotator;
import org.dossier.bench.clusters.BuildInputs;
import org.dossier.bench.clusters.EventSet;
import org.dossier.bench.quotes.ExportedQuotes;
import org.dossier.bench.quotes.GoldQuote;
import org.dossier.bench.quotes.GoldQuotes;
import org.dossier.bench.quotes.NlpCache;
import org.dossier.bench.quotes.PolnearArticle;
import org.dossier.bench.quotes.PolnearReader;
import org.dossier.bench.quotes.QuoteScore;
import org.dossier.model.Article;
import org.dossier.model.Dossier;
import org.dossier.model.DossierJson;
import org.dossier.model.Problem;
import org.dossier.model.Quote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Scores quotation and speaker accuracy on PolNeAR: the quote stage alone on the corpus texts, and
 * with {@code --through-build} also what users get, each compartment built into a fresh workspace
 * (one build) and its quotes read back from the stories of the {@code dossier/v1} JSON export
 * (see {@link ExportedQuotes}), both scored by the same rules. With {@code --set quotes-de} it scores
 * German instead, on the Corpus REDEWIEDERGABE ({@link RedewiedergabeEval}).
 */
@Command(name = "quotes", description = "Scores quotation and speaker accuracy on PolNeAR (stage alone; "
        + "--through-build also through build and the JSON export), or with --set quotes-de on German.")
public final class QuotesEval implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", description = "the set's folder (default: PolNeAR's ../shared/bench/polnear "
            + "with metadata.tsv, dev/, train/; quotes-de's bench/quotes-de of the shared folder)")
    Path dir;

    @Option(names = "--set", description = "Bench set: polnear (English, default) or quotes-de (German, Corpus "
            + "REDEWIEDERGABE: direct, indirect and reported speech, a tuning and a held-out half)",
            defaultValue = "polnear")
    String set;

    @Option(names = "--split", description = "Compartments to score, comma-separated: dev, train (default: dev)",
            defaultValue = "dev")
    String split;

    @Option(names = "--nlp-cache", description = "Folder that keeps CoreNLP annotations between runs")
    Path nlpCache;

    @Option(names = "--show", description = "Print this many misses, false alarms and wrong speakers "
            + "(of quotes-de, of the tuning half only)",
            defaultValue = "0")
    int show;

    @Option(names = "--through-build", description = "also score the quotes of each compartment's stories, "
            + "built with the product's build and read from its JSON export")
    boolean throughBuild;

    @Option(names = "--threads", defaultValue = "2", description = "analysis threads of the build (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--keep", paramLabel = "DIR", description = "with --through-build, keep each compartment's workspace in DIR/SPLIT")
    Path keep;

    @Override
    public Integer call() throws Exception {
        NlpCache cache = nlpCache == null ? null : new NlpCache(nlpCache);
        switch (set) {
            case "polnear" -> {
                if (dir == null) {
                    dir = Path.of("..", "shared", "bench", "polnear");
                }
            }
            case "quotes-de" -> {
                return new RedewiedergabeEval(dir == null ? SharedData.dir().resolve("bench").resolve("quotes-de") : dir,
                        cache, show).run();
            }
            default -> throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "unknown set '" + set + "'; allowed: polnear, quotes-de");
        }
        PolnearReader reader = new PolnearReader(dir);
        QuoteAnnotator quotes = new QuoteAnnotator();
        EntityAnnotator entities = new EntityAnnotator();
        List<Problem> problems = new ArrayList<>();
        System.out.println("gold: first annotator's .ann per article (metadata.tsv); " + GoldQuotes.DEFINITION);
        System.out.printf(Locale.ROOT, "match: one to one, greedy; shared characters >= %.2f of the longer span; "
                + "a direct quote of ours inside a gold reported content is counted apart (partial), not as an error%n",
                QuoteScore.THRESHOLD);
        System.out.println("speaker: on matched direct quotes whose gold Source names someone (last word capitalised, "
                + "not a pronoun); right when they share the surname: the source's last word is one of our speaker's words, "
                + "or our speaker's last word is one of the source's (titles, Jr. and possessives ignored); no speaker is wrong");
        for (String compartment : split.split(",")) {
            List<PolnearArticle> articles = reader.read(compartment.trim(), problems);
            QuoteScore direct = new QuoteScore();
            QuoteScore reported = new QuoteScore();
            long nlpNanos = 0;
            long quoteNanos = 0;
            long entityNanos = 0;
            int tagged = 0;
            for (PolnearArticle a : articles) {
                Article article = new Article("a-" + a.name(), a.name() + ".txt", null, null, null, "en", null, null,
                        a.text(), null);
                NlpDocument nlp = cache == null ? null : cache.get(a.name(), a.text());
                if (nlp == null) {
                    long t0 = System.nanoTime();
                    nlp = CoreNlpEngine.shared().annotate(a.text(), "en");
                    nlpNanos += System.nanoTime() - t0;
                    tagged++;
                    if (cache != null) {
                        cache.put(a.name(), nlp);
                    }
                }
                long t1 = System.nanoTime();
                AnnotationContext base = new AnnotationContext(article, nlp, null, List.of());
                AnnotationContext context = base.withEntities(entities.annotate(base));
                long t2 = System.nanoTime();
                List<Quote> found = quotes.annotate(context);
                quoteNanos += System.nanoTime() - t2;
                entityNanos += t2 - t1;
                List<GoldQuote> gold = GoldQuotes.of(a);
                direct.add(a.text(), gold, found, true, a.name());
                reported.add(a.text(), gold, found, false, a.name());
            }
            System.out.printf(Locale.ROOT, "%s: %d articles%n", compartment, articles.size());
            if (throughBuild) {
                System.out.println("  stage (quote annotator alone, on the corpus text):");
            }
            printScores(direct, reported, throughBuild ? "    " : "  ");
            System.out.printf(Locale.ROOT, "%sspeed (one thread): quote stage %.0f articles/s; entity stage %.1f articles/s%s%n",
                    throughBuild ? "    " : "  ",
                    articles.size() / Math.max(1e-9, quoteNanos / 1e9), articles.size() / Math.max(1e-9, entityNanos / 1e9),
                    tagged == 0 ? "; CoreNLP annotations from cache"
                            : String.format(Locale.ROOT, "; CoreNLP %.1f articles/s", tagged / Math.max(1e-9, nlpNanos / 1e9)));
            printExamples(direct, reported, throughBuild ? "    " : "  ");
            if (throughBuild) {
                throughBuild(compartment.trim(), articles);
            }
        }
        problems.forEach(p -> System.err.println("problem: " + p));
        return 0;
    }

    /** Builds the compartment's articles in one build, reads the stories' quotes back and prints their scores. */
    private void throughBuild(String compartment, List<PolnearArticle> articles) throws IOException {
        Map<String, String[]> meta = EventSet.polnearMetadata(dir);
        Map<String, PolnearArticle> byUrl = new LinkedHashMap<>();
        List<ObjectNode> objects = new ArrayList<>();
        for (PolnearArticle a : articles) {
            String url = "bench:polnear-" + compartment + "/" + a.name();
            byUrl.put(url, a);
            objects.add(EventSet.polnearObject(url, a.text(), meta.get(a.name())));
        }
        long t0 = System.nanoTime();
        String export = BuildInputs.buildAndExport(List.of(objects), keep == null ? null : keep.resolve(compartment),
                threads);
        double seconds = (System.nanoTime() - t0) / 1e9;
        ExportedQuotes exported = ExportedQuotes.of(DossierJson.read(export, Dossier.class), byUrl);
        QuoteScore direct = new QuoteScore();
        QuoteScore reported = new QuoteScore();
        for (PolnearArticle a : articles) {
            List<GoldQuote> gold = GoldQuotes.of(a);
            List<Quote> found = exported.byArticle().get(a.name());
            direct.add(a.text(), gold, found, true, a.name());
            reported.add(a.text(), gold, found, false, a.name());
        }
        System.out.printf(Locale.ROOT, "  through build and the JSON export (one build, %d stories; every quote at its "
                + "evidence and its alsoReportedIn places, with the story's speaker; %d places not aligned to the corpus "
                + "text; %d articles missing from the export):%n", exported.stories(), exported.unaligned().size(),
                exported.missingArticles().size());
        printScores(direct, reported, "    ");
        System.out.printf(Locale.ROOT, "    speed: build and export %.1f articles/s (%d threads)%n",
                articles.size() / Math.max(1e-9, seconds), threads);
        printExamples(direct, reported, "    ");
        if (show > 0) {
            print("    ", "not aligned to the corpus text", exported.unaligned(), show);
        }
    }

    private static void printScores(QuoteScore direct, QuoteScore reported, String indent) {
        System.out.printf(Locale.ROOT, "%sdirect quotes    P %.3f  R %.3f  F1 %.3f  (gold %d, ours %d, matched %d, "
                + "partial %d)   ref: Gender Gap Tracker F1 0.837; CoreNLP P 0.64 R 0.78; Quootstrap P 0.90 R 0.40%n",
                indent, direct.precision(), direct.recall(), direct.f1(), direct.gold(), direct.ours(), direct.matched(),
                direct.partial());
        System.out.printf(Locale.ROOT, "%sdirect quotes, partial counted as errors: P %.3f  F1 %.3f%n",
                indent, direct.strictPrecision(), direct.strictF1());
        System.out.printf(Locale.ROOT, "%sspeaker accuracy %.3f  (%d matched quotes with a named gold source)"
                + "   ref: Gender Gap Tracker 0.865; CoreNLP 0.81%n", indent, direct.speakerAccuracy(),
                direct.namedSources());
        System.out.printf(Locale.ROOT, "%sreported speech  P %.3f  R %.3f  F1 %.3f  (gold %d = every non-direct "
                + "content, beliefs and perceptions included; ours %d); R %.3f on the %d with a saying cue "
                + "(say, tell, add, state, according to, warn, ...); speaker accuracy %.3f (%d)   ref: none published%n",
                indent, reported.precision(), reported.recall(), reported.f1(), reported.gold(), reported.ours(),
                reported.speechRecall(), reported.goldSpeech(), reported.speakerAccuracy(), reported.namedSources());
    }

    private void printExamples(QuoteScore direct, QuoteScore reported, String indent) {
        if (show > 0) {
            print(indent, "missed direct", direct.misses(), show);
            print(indent, "false direct", direct.falseAlarms(), show);
            print(indent, "wrong speaker", direct.wrongSpeakers(), show);
            print(indent, "false reported", reported.falseAlarms(), show);
            print(indent, "missed reported", reported.misses(), show);
        }
    }

    private static void print(String indent, String title, List<String> lines, int n) {
        System.out.println(indent + "-- " + title + " (" + lines.size() + ")");
        lines.stream().limit(n).forEach(l -> System.out.println(indent + "   " + l));
    }

}
