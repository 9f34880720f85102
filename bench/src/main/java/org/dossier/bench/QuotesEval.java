package org.dossier.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.analyze.AnnotationContext;
import org.dossier.analyze.entity.EntityAnnotator;
import org.dossier.analyze.nlp.CoreNlpEngine;
import org.dossier.analyze.nlp.NlpDocument;
import org.dossier.analyze.quote.QuoteAnnotator;
import org.dossier.bench.quotes.GoldQuote;
import org.dossier.bench.quotes.GoldQuotes;
import org.dossier.bench.quotes.NlpCache;
import org.dossier.bench.quotes.PolnearArticle;
import org.dossier.bench.quotes.PolnearReader;
import org.dossier.bench.quotes.QuoteScore;
import org.dossier.model.Article;
import org.dossier.model.Problem;
import org.dossier.model.Quote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Scores quotation and speaker accuracy on PolNeAR. */
@Command(name = "quotes", description = "Scores quotation and speaker accuracy on PolNeAR.")
public final class QuotesEval implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", description = "PolNeAR folder (metadata.tsv, dev/, train/)",
            defaultValue = "../shared/bench/polnear")
    Path dir;

    @Option(names = "--split", description = "Compartments to score, comma-separated: dev, train (default: dev)",
            defaultValue = "dev")
    String split;

    @Option(names = "--nlp-cache", description = "Folder that keeps CoreNLP annotations between runs")
    Path nlpCache;

    @Option(names = "--show", description = "Print this many misses, false alarms and wrong speakers",
            defaultValue = "0")
    int show;

    @Override
    public Integer call() throws Exception {
        PolnearReader reader = new PolnearReader(dir);
        NlpCache cache = nlpCache == null ? null : new NlpCache(nlpCache);
        QuoteAnnotator quotes = new QuoteAnnotator();
        EntityAnnotator entities = new EntityAnnotator();
        List<Problem> problems = new ArrayList<>();
        System.out.println("gold: first annotator's .ann per article (metadata.tsv); " + GoldQuotes.DEFINITION);
        System.out.printf(Locale.ROOT, "match: one to one, greedy; shared characters >= %.2f of the longer span; "
                + "a direct quote of ours inside a gold reported content is counted apart (partial), not as an error%n",
                QuoteScore.THRESHOLD);
        System.out.println("speaker: on matched direct quotes whose gold Source names someone (last word capitalised, "
                + "not a pronoun); right when our speaker's last word equals the source's last word or is one of its words");
        for (String compartment : split.split(",")) {
            List<PolnearArticle> articles = reader.read(compartment.trim(), problems);
            QuoteScore direct = new QuoteScore();
            QuoteScore reported = new QuoteScore();
            long nlpNanos = 0;
            long quoteNanos = 0;
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
                List<Quote> found = quotes.annotate(context);
                quoteNanos += System.nanoTime() - t1;
                List<GoldQuote> gold = GoldQuotes.of(a);
                direct.add(a.text(), gold, found, true, a.name());
                reported.add(a.text(), gold, found, false, a.name());
            }
            System.out.printf(Locale.ROOT, "%s: %d articles%n", compartment, articles.size());
            System.out.printf(Locale.ROOT, "  direct quotes    P %.3f  R %.3f  F1 %.3f  (gold %d, ours %d, matched %d, "
                    + "partial %d)   ref: Gender Gap Tracker F1 0.837; CoreNLP P 0.64 R 0.78; Quootstrap P 0.90 R 0.40%n",
                    direct.precision(), direct.recall(), direct.f1(), direct.gold(), direct.ours(), direct.matched(),
                    direct.partial());
            System.out.printf(Locale.ROOT, "  speaker accuracy %.3f  (%d matched quotes with a named gold source)"
                    + "   ref: Gender Gap Tracker 0.865; CoreNLP 0.81%n", direct.speakerAccuracy(), direct.namedSources());
            System.out.printf(Locale.ROOT, "  reported speech  P %.3f  R %.3f  F1 %.3f  (gold %d = every non-direct "
                    + "content, beliefs included; ours %d); speaker accuracy %.3f (%d)%n", reported.precision(),
                    reported.recall(), reported.f1(), reported.gold(), reported.ours(), reported.speakerAccuracy(),
                    reported.namedSources());
            System.out.printf(Locale.ROOT, "  speed: quote stage %.0f articles/s (one thread, entities stage included)%s%n",
                    articles.size() / Math.max(1e-9, quoteNanos / 1e9),
                    tagged == 0 ? "; CoreNLP annotations from cache"
                            : String.format(Locale.ROOT, "; CoreNLP %.1f articles/s", tagged / Math.max(1e-9, nlpNanos / 1e9)));
            if (show > 0) {
                print("missed direct", direct.misses(), show);
                print("false direct", direct.falseAlarms(), show);
                print("wrong speaker", direct.wrongSpeakers(), show);
            }
        }
        problems.forEach(p -> System.err.println("problem: " + p));
        return 0;
    }

    private static void print(String title, List<String> lines, int n) {
        System.out.println("  -- " + title + " (" + lines.size() + ")");
        lines.stream().limit(n).forEach(l -> System.out.println("     " + l));
    }

}
