package org.dossier.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dossier.bench.ner.ChunkScore;
import org.dossier.bench.ner.ConllCorpus;
import org.dossier.bench.ner.NerEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Scores entity-level F1 on a CoNLL file, ours beside plain CoreNLP from the same run. Only English
 * is supported: the product loads CoreNLP's English models alone.
 */
@Command(name = "ner", description = "Scores entity-level F1 on a CoNLL file (English), beside plain CoreNLP.")
public final class NerEval implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "CoNLL file, e.g. ner/conll2003-en/eng.testa")
    Path file;

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-docs", description = "Score only the first N documents.")
    int maxDocs = Integer.MAX_VALUE;

    @Option(names = "--show-differences", description = "Print the chunks where ours and CoreNLP disagree.")
    boolean showDifferences;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            System.err.println("no such file: " + file);
            return 2;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith("deu") || name.startsWith("esp") || name.contains("germeval") || name.startsWith("ned")) {
            System.err.println("only English is supported: the product loads CoreNLP's English models only");
            return 2;
        }
        ConllCorpus corpus = ConllCorpus.read(file);
        if (corpus.documents().size() > maxDocs) {
            corpus = new ConllCorpus(corpus.documents().subList(0, maxDocs));
        }
        NerEvaluation.Result r = NerEvaluation.run(corpus, Math.max(1, threads));
        System.out.printf(Locale.ROOT, "eval ner %s: %d documents, %d tokens, %.1f s%n", file.getFileName(),
                r.documents(), r.tokens(), r.seconds());
        System.out.println("Texts: CoNLL tokens joined by spaces, a blank line between sentences; exact span + type"
                + " (conlleval). Ours = mentions of exported entities (GROUP->ORG, COUNTRY->LOC).");
        System.out.printf("%-10s %-36s %-36s%n", "type", "dossier", "CoreNLP 4.5.10 (same run, coarse tags)");
        for (String type : List.of("PER", "ORG", "LOC", "MISC")) {
            ChunkScore ours = type.equals("MISC") ? r.oursWithMisc() : r.ours();
            System.out.printf("%-10s %-36s %-36s%n", type, fmt(ours.prf(Set.of(type))),
                    fmt(r.coreNlp().prf(Set.of(type))));
        }
        Set<String> three = Set.of("PER", "ORG", "LOC");
        Set<String> four = Set.of("PER", "ORG", "LOC", "MISC");
        System.out.printf("%-10s %-36s %-36s%n", "PER/ORG/LOC", fmt(r.ours().prf(three)), fmt(r.coreNlp().prf(three)));
        System.out.printf("%-10s %-36s %-36s%n", "all+MISC", fmt(r.oursWithMisc().prf(four)),
                fmt(r.coreNlp().prf(four)));
        if (showDifferences) {
            r.differences().forEach(System.out::println);
        }
        System.out.println("Reference (published): Stanford CRF (Finkel 2005) 86.9 F1 on eng.testb with MISC;"
                + " plain CoreNLP PER/ORG/LOC ~0.87 on held-out news.");
        return 0;
    }

    private static String fmt(double[] prf) {
        return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f", prf[0], prf[1], prf[2]);
    }
}
