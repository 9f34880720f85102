package org.dossier.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dossier.analyze.AnnotationContext;
import org.dossier.analyze.Analyzers;
import org.dossier.analyze.time.TimeAnnotator;
import org.dossier.bench.time.TimeMlDocument;
import org.dossier.bench.time.TimeMlReader;
import org.dossier.bench.time.TimexScore;
import org.dossier.model.Article;
import org.dossier.model.TimeExpression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Scores the time annotator on TempEval-3 TimeML files: each document's text (tags stripped) is
 * annotated as an article published on its DCT, and the found expressions are compared with the gold
 * TIMEX3s (DCT excluded) as TE3 Task A does.
 */
@Command(name = "time", description = "Scores TimeML timex extraction and value F1 on TempEval-3 files.")
public final class TimeEval implements Callable<Integer> {

    /** TempEval-3 test-set value F1 of the reference tools, as published (SemEval-2013 Task 1). */
    private static final double HEIDELTIME_VALUE_F1 = 0.776;
    private static final double SUTIME_VALUE_F1 = 0.674;

    @Parameters(index = "0", arity = "0..1", description = "Folder searched recursively for *.tml "
            + "(default: ../shared/bench/tempeval3/TBAQ-cleaned beside the checkout)")
    Path dir;

    @Option(names = "--errors", description = "Print up to this many wrong or missed timexes to stderr.")
    int errors;

    @Override
    public Integer call() {
        Path root = dir != null ? dir : Path.of(System.getProperty("dossier.shared", "../shared"))
                .resolve("bench/tempeval3/TBAQ-cleaned");
        if (!Files.isDirectory(root)) {
            System.err.println("eval time: no such folder: " + root);
            return 2;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            System.err.println("eval time: no .tml files under " + root);
            return 2;
        }
        TimeMlReader reader = new TimeMlReader();
        TimeAnnotator annotator = new TimeAnnotator();
        Map<String, TimexScore> byGroup = new LinkedHashMap<>();
        List<String> errorLines = new ArrayList<>();
        long annotateNanos = 0;
        int problems = 0;
        for (Path file : files) {
            TimeMlDocument doc;
            try {
                doc = reader.read(file, group(root, file));
            } catch (IOException e) {
                System.err.println("eval time: skipped " + file.getFileName() + ": " + e.getMessage());
                problems++;
                continue;
            }
            Article article = new Article("a-" + doc.id(), file.getFileName().toString(), null, null, null, "en",
                    doc.dct() == null || doc.dct().length() < 10 ? null : doc.dct().substring(0, 10), null,
                    doc.text(), null);
            AnnotationContext context = Analyzers.context(article);
            long t0 = System.nanoTime();
            List<TimeExpression> found = annotator.annotate(context);
            annotateNanos += System.nanoTime() - t0;
            List<TimexScore.Timex> gold = doc.timexes().stream()
                    .map(g -> new TimexScore.Timex(g.start(), g.end(), g.type(), g.value())).toList();
            List<TimexScore.Timex> system = found.stream().map(t -> new TimexScore.Timex(t.evidence().start(),
                    t.evidence().end(), t.type(), t.value())).toList();
            List<TimexScore.Error> errs = new ArrayList<>();
            TimexScore score = TimexScore.score(gold, system, errs);
            byGroup.merge(doc.group(), score, TimexScore::plus);
            for (TimexScore.Error e : errs) {
                errorLines.add(describe(doc, e));
            }
        }
        TimexScore total = byGroup.values().stream().reduce(TimexScore.EMPTY, TimexScore::plus);
        System.out.printf(Locale.ROOT, "eval time: %d TimeML files under %s%n", files.size() - problems,
                root.getFileName());
        if (byGroup.size() > 1) {
            byGroup.forEach((g, s) -> s.lines("  " + g).forEach(System.out::println));
        }
        total.lines("all").forEach(System.out::println);
        System.out.printf(Locale.ROOT, "value F1: dossier %.3f | HeidelTime %.3f | SUTime %.3f "
                + "(references: TempEval-3 test set, as published)%n", total.valueF1(), HEIDELTIME_VALUE_F1,
                SUTIME_VALUE_F1);
        System.out.printf(Locale.ROOT, "annotator time: %.2f ms per document (CoreNLP tagging excluded)%n",
                annotateNanos / 1e6 / Math.max(1, files.size() - problems));
        errorLines.stream().limit(errors).forEach(System.err::println);
        return 0;
    }

    private static String group(Path root, Path file) {
        Path rel = root.relativize(file);
        return rel.getNameCount() > 1 ? rel.getName(0).toString() : root.getFileName().toString();
    }

    private static String describe(TimeMlDocument doc, TimexScore.Error e) {
        String text = doc.text();
        TimexScore.Timex g = e.gold();
        TimexScore.Timex s = e.system();
        String kind = g == null ? "FP  " : s == null ? "MISS" : "VAL ";
        TimexScore.Timex t = g != null ? g : s;
        int from = Math.max(0, t.start() - 40);
        int to = Math.min(text.length(), t.end() + 30);
        String context = text.substring(from, to).replaceAll("\\s+", " ");
        return String.format(Locale.ROOT, "%s %s dct=%s gold=%s sys=%s | %s", kind, doc.id(), doc.dct(),
                g == null ? "-" : "[" + text.substring(g.start(), g.end()) + "] " + g.type() + " " + g.value(),
                s == null ? "-" : "[" + text.substring(s.start(), s.end()) + "] " + s.type() + " " + s.value(),
                context);
    }
}
