package org.dossier.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dossier.bench.time.DossierEngine;
import org.dossier.bench.time.HeidelTimeEngine;
import org.dossier.bench.time.MeantimeReader;
import org.dossier.bench.time.TimeMlDocument;
import org.dossier.bench.time.TimeMlReader;
import org.dossier.bench.time.TimexEngine;
import org.dossier.bench.time.TimexScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Scores time expressions on a timex set: TempEval-3 TimeML files, or the MEANTIME English and
 * Spanish sets of {@code tempeval-multilingual}. Each document's text is annotated as a news article
 * published on its DCT, and the found expressions are compared with the gold timexes (DCT excluded)
 * as TE3 Task A does: value F1 counts a relaxed (overlapping) match with the gold value, value
 * accuracy is the share of relaxed matches with the gold value. With {@code --engine heideltime}
 * HeidelTime 2.1 runs on the same documents and its figures are printed beside the product's.
 */
@Command(name = "time", description = "Scores timex extraction and value F1 on TempEval-3 or MEANTIME.")
public final class TimeEval implements Callable<Integer> {

    /** TempEval-3 test-set value F1 of the reference tools, as published (SemEval-2013 Task 1). */
    private static final double HEIDELTIME_VALUE_F1 = 0.776;
    private static final double SUTIME_VALUE_F1 = 0.674;

    /** A set this command knows: its name, its place under the shared folder, and its language. */
    record TimexSet(String label, String path, String language) {

        static final TimexSet TEMPEVAL3 = new TimexSet("tempeval3", "bench/tempeval3/TBAQ-cleaned", "en");
        static final List<TimexSet> ALL = List.of(TEMPEVAL3,
                new TimexSet("meantime-en", "bench/tempeval-multilingual/meantime-en/timex.tsv", "en"),
                new TimexSet("meantime-es", "bench/tempeval-multilingual/meantime-es/timex.tsv", "es"));

        static TimexSet of(String label) {
            return ALL.stream().filter(s -> s.label.equals(label)).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("unknown set " + label + "; allowed: "
                            + ALL.stream().map(TimexSet::label).toList()));
        }
    }

    @Parameters(index = "0", arity = "0..1", description = "A folder of *.tml, or a MEANTIME timex.tsv "
            + "(default: the set's place under ../shared beside the checkout)")
    Path dir;

    @Option(names = "--set", defaultValue = "tempeval3",
            description = "tempeval3 (default), meantime-en or meantime-es.")
    String set;

    @Option(names = "--engine", defaultValue = "dossier", description = "dossier (default), or heideltime: "
            + "HeidelTime 2.1 as well, without a POS tagger, its figures beside the product's.")
    String engine;

    @Option(names = "--split", defaultValue = "all", description = "all (default), tune or held-out: the "
            + "half of the documents whose text's SHA-256 begins with an even byte (tune) or an odd one.")
    String split;

    @Option(names = "--errors", description = "Print up to this many wrong or missed timexes to stderr.")
    int errors;

    @Override
    public Integer call() {
        TimexSet chosen;
        try {
            chosen = TimexSet.of(set);
        } catch (IllegalArgumentException e) {
            System.err.println("eval time: " + e.getMessage());
            return 2;
        }
        if (!engine.equals("dossier") && !engine.equals("heideltime")) {
            System.err.println("eval time: unknown engine " + engine + "; allowed: dossier, heideltime");
            return 2;
        }
        Path root = dir != null ? dir : Path.of(System.getProperty("dossier.shared", "../shared")).resolve(chosen.path);
        List<TimeMlDocument> docs;
        try {
            docs = chosen == TimexSet.TEMPEVAL3 ? readTimeMl(root) : new MeantimeReader().read(root, chosen.label);
        } catch (IOException e) {
            System.err.println("eval time: cannot read " + root + ": " + e.getMessage());
            return 2;
        }
        if (!split.equals("all") && !split.equals("tune") && !split.equals("held-out")) {
            System.err.println("eval time: unknown split " + split + "; allowed: all, tune, held-out");
            return 2;
        }
        if (!split.equals("all")) {
            boolean tune = split.equals("tune");
            docs = docs.stream().filter(d -> isTuning(d) == tune).toList();
        }
        if (docs.isEmpty()) {
            System.err.println("eval time: no documents under " + root);
            return 2;
        }
        List<TimexEngine> engines = new ArrayList<>(List.of(new DossierEngine()));
        if (engine.equals("heideltime")) {
            engines.add(new HeidelTimeEngine());
        }
        System.out.printf(Locale.ROOT, "eval time: %s%s, %d documents (%s) under %s%n", chosen.label,
                split.equals("all") ? "" : " (" + split + " half)", docs.size(), chosen.language, root.getFileName());
        Map<String, TimexScore> totals = new LinkedHashMap<>();
        for (TimexEngine e : engines) {
            totals.put(e.name(), run(e, docs, chosen));
        }
        StringBuilder line = new StringBuilder("value F1:");
        totals.forEach((name, s) -> line.append(String.format(Locale.ROOT, " %s %.3f (accuracy %.3f) |", name,
                s.valueF1(), s.valueAccuracy())));
        if (chosen == TimexSet.TEMPEVAL3) {
            line.append(String.format(Locale.ROOT, " published on the TempEval-3 test set: HeidelTime %.3f, "
                    + "SUTime %.3f", HEIDELTIME_VALUE_F1, SUTIME_VALUE_F1));
        } else {
            line.append(" no published figure for this set");
        }
        System.out.println(line);
        return 0;
    }

    private TimexScore run(TimexEngine e, List<TimeMlDocument> docs, TimexSet chosen) {
        Map<String, TimexScore> byGroup = new LinkedHashMap<>();
        List<String> errorLines = new ArrayList<>();
        long nanos = 0;
        for (TimeMlDocument doc : docs) {
            long t0 = System.nanoTime();
            List<TimexScore.Timex> system = e.find(doc, chosen.language);
            nanos += System.nanoTime() - t0;
            List<TimexScore.Timex> gold = doc.timexes().stream()
                    .map(g -> new TimexScore.Timex(g.start(), g.end(), g.type(), g.value())).toList();
            List<TimexScore.Error> errs = new ArrayList<>();
            byGroup.merge(doc.group(), TimexScore.score(gold, system, errs), TimexScore::plus);
            for (TimexScore.Error err : errs) {
                errorLines.add(e.name() + " " + describe(doc, err));
            }
        }
        TimexScore total = byGroup.values().stream().reduce(TimexScore.EMPTY, TimexScore::plus);
        System.out.println("engine " + e.name() + ":");
        if (byGroup.size() > 1) {
            byGroup.forEach((g, s) -> s.lines("  " + g).forEach(System.out::println));
        }
        total.lines("all").forEach(System.out::println);
        System.out.printf(Locale.ROOT, "  time: %.2f ms per document (tagging included)%n",
                nanos / 1e6 / docs.size());
        errorLines.stream().limit(errors).forEach(System.err::println);
        return total;
    }

    /** Whether {@code doc} is in the tuning half: the first byte of its text's SHA-256 is even. */
    static boolean isTuning(TimeMlDocument doc) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(doc.text().getBytes(StandardCharsets.UTF_8));
            return (hash[0] & 1) == 0;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<TimeMlDocument> readTimeMl(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("no such folder");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        TimeMlReader reader = new TimeMlReader();
        List<TimeMlDocument> docs = new ArrayList<>();
        for (Path file : files) {
            try {
                docs.add(reader.read(file, group(root, file)));
            } catch (IOException e) {
                System.err.println("eval time: skipped " + file.getFileName() + ": " + e.getMessage());
            }
        }
        return docs;
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
