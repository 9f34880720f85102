package org.dossier.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dossier.bench.ner.ChunkScore;
import org.dossier.bench.ner.ConllCorpus;
import org.dossier.bench.ner.FactRuEvalCorpus;
import org.dossier.bench.ner.NerEvaluation;
import org.dossier.bench.ner.NerelCorpus;
import org.dossier.bench.ner.SpanDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Scores entity-level F1 on a CoNLL file, or on a Russian collection annotated by character
 * offsets (a FactRuEval-2016 or a NEREL folder), ours beside plain CoreNLP from the same run. The
 * texts' language is {@code --language}, else read from the file name as CoNLL names its sets
 * ({@code eng}, {@code deu}, {@code esp}, {@code ned}), and Russian for the two folders; it picks
 * the NER model exactly as it does for an article, so a language without a model scores the alias
 * table alone. The folders are scored exactly and by overlap ({@link ChunkScore#overlapPrf}).
 */
@Command(name = "ner", description = "Scores entity-level F1 on a CoNLL file or a FactRuEval or NEREL folder,"
        + " beside plain CoreNLP.")
public final class NerEval implements Callable<Integer> {

    private static final Set<String> THREE = Set.of("PER", "ORG", "LOC");

    @Parameters(index = "0", paramLabel = "FILE", description = "CoNLL file, e.g. ner/conll2003-en/eng.testa, or"
            + " folder: ner/factrueval-ru/devset, ner/nerel-ru/dev")
    Path file;

    @Option(names = "--language", paramLabel = "CODE",
            description = "Language of the texts, ISO 639-1 (default: from the file name, e.g. deu.testa is de).")
    String language;

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-docs", description = "Score only the first N documents.")
    int maxDocs = Integer.MAX_VALUE;

    @Option(names = "--show-differences", description = "Print the chunks where ours and CoreNLP disagree.")
    boolean showDifferences;

    @Override
    public Integer call() throws Exception {
        if (Files.isDirectory(file)) {
            return callOnFolder();
        }
        if (!Files.isRegularFile(file)) {
            System.err.println("no such file: " + file);
            return 2;
        }
        String lang = language != null ? language.strip().toLowerCase(Locale.ROOT) : languageOf(file);
        if (lang == null) {
            System.err.println("cannot tell the language from the file name " + file.getFileName()
                    + ": give --language");
            return 2;
        }
        ConllCorpus corpus = ConllCorpus.read(file);
        if (corpus.documents().size() > maxDocs) {
            corpus = new ConllCorpus(corpus.documents().subList(0, maxDocs));
        }
        NerEvaluation.Result r = NerEvaluation.run(corpus, lang, Math.max(1, threads));
        System.out.printf(Locale.ROOT, "eval ner %s: language %s, NER %s, %d documents, %d tokens, %.1f s%n",
                file.getFileName(), lang, r.ner(), r.documents(), r.tokens(), r.seconds());
        System.out.println("Texts: CoNLL tokens joined by spaces, a blank line between sentences; exact span + type"
                + " (conlleval). Ours = mentions of exported entities (GROUP->ORG, COUNTRY->LOC).");
        System.out.printf("%-10s %-36s %-36s%n", "type", "dossier", "CoreNLP 4.5.10 (same run, coarse tags)");
        for (String type : List.of("PER", "ORG", "LOC", "MISC")) {
            ChunkScore ours = type.equals("MISC") ? r.oursWithMisc() : r.ours();
            System.out.printf("%-10s %-36s %-36s%n", type, fmt(ours.prf(Set.of(type))),
                    fmt(r.coreNlp().prf(Set.of(type))));
        }
        Set<String> four = Set.of("PER", "ORG", "LOC", "MISC");
        System.out.printf("%-10s %-36s %-36s%n", "PER/ORG/LOC", fmt(r.ours().prf(THREE)), fmt(r.coreNlp().prf(THREE)));
        System.out.printf("%-10s %-36s %-36s%n", "all+MISC", fmt(r.oursWithMisc().prf(four)),
                fmt(r.coreNlp().prf(four)));
        if (showDifferences) {
            r.differences().forEach(System.out::println);
        }
        System.out.println(switch (lang) {
            case "de" -> "Reference (published): CoreNLP German CRF (Faruqui & Pado 2010) F1 0.80 on deu.testa,"
                    + " 0.78 on deu.testb.";
            case "es" -> "Reference (published): best CoNLL-2002 Spanish system (Carreras et al.) F1 0.814 on"
                    + " esp.testb.";
            default -> "Reference (published): Stanford CRF (Finkel 2005) 86.9 F1 on eng.testb with MISC;"
                    + " plain CoreNLP PER/ORG/LOC ~0.87 on held-out news.";
        });
        return 0;
    }

    /** A FactRuEval folder ({@code book_N.txt}) or a NEREL one ({@code .txt} beside {@code .ann}). */
    private Integer callOnFolder() throws Exception {
        boolean factRuEval;
        try (var files = Files.list(file)) {
            factRuEval = files.anyMatch(p -> p.getFileName().toString().matches("book_\\d+\\.objects"));
        }
        List<SpanDocument> docs = factRuEval ? FactRuEvalCorpus.read(file) : NerelCorpus.read(file);
        if (docs.size() > maxDocs) {
            docs = docs.subList(0, maxDocs);
        }
        String lang = language != null ? language.strip().toLowerCase(Locale.ROOT) : "ru";
        NerEvaluation.Result r = NerEvaluation.run(docs, lang, Math.max(1, threads));
        System.out.printf(Locale.ROOT, "eval ner %s (%s): language %s, NER %s, %d documents, %d tokens, %.1f s%n",
                file.getFileName(), factRuEval ? "FactRuEval-2016" : "NEREL", lang, r.ner(), r.documents(),
                r.tokens(), r.seconds());
        System.out.println(factRuEval
                ? "Texts as given; gold = outermost Person, Org and Location+LocOrg mentions as PER, ORG, LOC."
                : "Texts as given; gold = outermost PERSON, ORGANIZATION and COUNTRY/STATE_OR_PROVINCE/CITY/DISTRICT/"
                        + "LOCATION entities as PER, ORG, LOC.");
        System.out.println("Exact = span and type equal a gold mention's (characters); overlap = overlaps a gold"
                + " mention of its type. Ours = mentions of exported entities.");
        System.out.printf("%-12s %-30s %-30s %-30s %-30s%n", "type", "dossier exact", "dossier overlap",
                "NER tags exact", "NER tags overlap");
        for (String type : List.of("PER", "ORG", "LOC")) {
            folderRow(type, Set.of(type), r);
        }
        folderRow("PER/ORG/LOC", THREE, r);
        if (showDifferences) {
            r.differences().forEach(System.out::println);
        }
        System.out.println("Reference: no Russian model ships with CoreNLP; " + (factRuEval
                ? "the NER tags are this project's CRF (bin/train-ner-ru), trained on the devset, so these are"
                        + " training-set figures: bin/train-ner-ru prints the cross-validated ones. Published:"
                        + " best FactRuEval-2016 track 1 system F1 0.809 on the test set (official metric)."
                : "the NER tags are this project's CRF, which never saw NEREL. Published: NEREL nested NER of"
                        + " 29 types, best model F1 0.850 on the test set."));
        return 0;
    }

    private static void folderRow(String label, Set<String> types, NerEvaluation.Result r) {
        System.out.printf("%-12s %-30s %-30s %-30s %-30s%n", label, fmt(r.ours().prf(types)),
                fmt(r.ours().overlapPrf(types)), fmt(r.coreNlp().prf(types)), fmt(r.coreNlp().overlapPrf(types)));
    }

    /** The language CoNLL's file names give ({@code eng.testa}, {@code deu.testb}, {@code esp.train}), or null. */
    static String languageOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith("eng")) {
            return "en";
        }
        if (name.startsWith("deu") || name.contains("germeval")) {
            return "de";
        }
        if (name.startsWith("esp")) {
            return "es";
        }
        if (name.startsWith("ned")) {
            return "nl";
        }
        return null;
    }

    private static String fmt(double[] prf) {
        return ChunkScore.format(prf);
    }
}
