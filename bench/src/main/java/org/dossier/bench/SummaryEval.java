package org.dossier.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dossier.bench.clusters.BuildRunner;
import org.dossier.bench.clusters.EcbPlusDoc;
import org.dossier.bench.summary.LeadBaseline;
import org.dossier.bench.summary.ReferenceFact;
import org.dossier.bench.summary.SummaryReference;
import org.dossier.model.Article;
import org.dossier.model.Dossier;
import org.dossier.model.DossierJson;
import org.dossier.model.Story;
import org.dossier.model.SummarySentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Scores story summaries against hand-written reference facts ({@link SummaryReference}): the
 * references' seed articles, and apart from them their ECB+ documents, go through one
 * {@code dossier build} each into a fresh workspace and are read back from the {@code dossier/v1}
 * JSON export; per reference, the story holding most of its articles is scored. Prints per
 * story and per set (tune, check, all) the facts covered, the summary's length in sentences and
 * words, and beside it the coverage of the lead baseline of the same number of words.
 */
@Command(name = "summary", description = "Scores story summaries by the reference facts they cover, beside a lead baseline, through build and export.")
public final class SummaryEval implements Callable<Integer> {

    @Option(names = "--set", split = ",", description = "reference sets to score (default: all of ${COMPLETION-CANDIDATES})",
            completionCandidates = SetNames.class)
    List<String> sets;

    @Option(names = "--threads", defaultValue = "2", description = "analysis threads (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--show", description = "print each summary and the facts it misses")
    boolean show;

    private static final String ECBPLUS_URL = "bench:ecbplus/";

    static final class SetNames extends ArrayList<String> {
        SetNames() {
            super(SummaryReference.SETS);
        }
    }

    /** Facts covered by the summary and by the baseline, out of a total. */
    private record Tally(int summary, int baseline, int total) {
        Tally plus(Tally o) {
            return new Tally(summary + o.summary, baseline + o.baseline, total + o.total);
        }
    }

    @Override
    public Integer call() throws IOException {
        List<String> wanted = sets == null || sets.isEmpty() ? SummaryReference.SETS : sets;
        for (String s : wanted) {
            if (!SummaryReference.SETS.contains(s)) {
                System.err.println("unknown set " + s + "; sets: " + String.join(", ", SummaryReference.SETS));
                return 2;
            }
        }
        Path shared = SharedData.dir();
        System.out.println("eval summary: reference facts covered, through build and the dossier/v1 JSON export; "
                + "baseline = lead sentences of the story's articles, same number of words");
        List<SummaryReference> refs = SummaryReference.shipped().stream().filter(r -> wanted.contains(r.set())).toList();
        // Each corpus is built once, as a user would build it: the seeds together, the ECB+ documents together.
        Dossier seeds = build(refs.stream().filter(r -> !r.seeds().isEmpty()).toList(), shared);
        Dossier ecbPlus = build(refs.stream().filter(r -> !r.ecbPlus().isEmpty()).toList(), shared);
        Map<String, Tally> bySet = new LinkedHashMap<>();
        for (String set : SummaryReference.SETS) {
            if (wanted.contains(set)) {
                bySet.put(set, new Tally(0, 0, 0));
            }
        }
        bySet.put("all", new Tally(0, 0, 0));
        for (SummaryReference ref : refs) {
            Dossier dossier = ref.seeds().isEmpty() ? ecbPlus : seeds;
            List<String> keys = ref.seeds().isEmpty() ? ref.ecbPlus() : ref.seeds();
            Map<String, String> keyOf = new HashMap<>();
            dossier.articles().forEach(a -> keyOf.put(a.id(), inputKey(a)));
            Story story = dossier.stories().stream()
                    .max(Comparator.comparingLong((Story st) -> st.articleIds().stream()
                            .filter(id -> keys.contains(keyOf.get(id))).count()))
                    .orElseThrow(() -> new IOException("the build of " + ref.id() + " made no story"));
            long held = story.articleIds().stream().filter(id -> keys.contains(keyOf.get(id))).count();
            Map<String, Article> byId = new HashMap<>();
            dossier.articles().forEach(a -> byId.put(a.id(), a));
            String summary = String.join("\n", story.summary().stream().map(SummarySentence::text).toList());
            int words = LeadBaseline.words(summary).size();
            List<String> texts = story.articleIds().stream().map(byId::get)
                    .filter(a -> a != null && a.duplicateOf() == null).map(Article::text).toList();
            String lead = LeadBaseline.of(texts, words);
            List<ReferenceFact> covered = ref.covered(summary);
            List<ReferenceFact> leadCovered = ref.covered(lead);
            Tally t = new Tally(covered.size(), leadCovered.size(), ref.facts().size());
            bySet.merge(ref.set(), t, Tally::plus);
            bySet.merge("all", t, Tally::plus);
            System.out.printf("%-28s %-5s %2d/%2d of its articles in the story | summary %2d/%2d facts (%.2f), %d sentences, "
                            + "%3d words | lead baseline %2d/%2d (%.2f)%n",
                    ref.id(), ref.set(), held, articleCount(ref), t.summary(), t.total(),
                    ratio(t.summary(), t.total()), story.summary().size(), words, t.baseline(), t.total(),
                    ratio(t.baseline(), t.total()));
            if (show) {
                story.summary().forEach(s -> System.out.println("    | " + s.text()));
                ref.facts().stream().filter(f -> !covered.contains(f))
                        .forEach(f -> System.out.println("    missed: " + f.label()
                                + (leadCovered.contains(f) ? " (the baseline has it)" : "")));
            }
        }
        for (Map.Entry<String, Tally> e : bySet.entrySet()) {
            Tally t = e.getValue();
            System.out.printf("%-34s summary %3d/%3d facts (%.2f) | lead baseline %3d/%3d (%.2f)%n",
                    "overall " + e.getKey(), t.summary(), t.total(), ratio(t.summary(), t.total()), t.baseline(),
                    t.total(), ratio(t.baseline(), t.total()));
        }
        return 0;
    }

    private static int articleCount(SummaryReference ref) {
        return ref.seeds().size() + ref.ecbPlus().size();
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    /**
     * The seed file stem or ECB+ document id an exported article was built from: the id in a
     * {@code bench:ecbplus/} url, else its file's name without the extension.
     */
    private static String inputKey(Article a) {
        if (a.url() != null && a.url().startsWith(ECBPLUS_URL)) {
            return a.url().substring(ECBPLUS_URL.length());
        }
        if (a.file() == null) {
            return a.id();
        }
        String name = Path.of(a.file()).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The export of one build of all the references' articles into a fresh workspace (empty without references). */
    private Dossier build(List<SummaryReference> refs, Path shared) throws IOException {
        if (refs.isEmpty()) {
            return Dossier.of("1970-01-01T00:00:00Z", List.of(), List.of());
        }
        Path work = Files.createTempDirectory("dossier-eval-summary");
        try {
            Path input = work.resolve("input");
            Files.createDirectories(input);
            Path seeds = shared.resolve("seeds");
            List<String> ecbPlusIds = new ArrayList<>();
            for (SummaryReference ref : refs) {
                // The text and its crawler sidecar, as a user would hand them to the build.
                for (String stem : ref.seeds()) {
                    for (String suffix : List.of(".txt", ".meta.json")) {
                        Path from = seeds.resolve(stem + suffix);
                        if (Files.exists(from) && !Files.exists(input.resolve(stem + suffix))) {
                            Files.copy(from, input.resolve(stem + suffix));
                        }
                    }
                }
                ecbPlusIds.addAll(ref.ecbPlus());
            }
            if (!ecbPlusIds.isEmpty()) {
                writeEcbPlus(shared.resolve("bench/ecbplus/docs.jsonl"), ecbPlusIds, input.resolve("articles.jsonl"));
            }
            String export = new BuildRunner().buildAndExport(work.resolve("workspace"), List.of(input), threads);
            return DossierJson.read(export, Dossier.class);
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The reference's ECB+ documents as build input: text only, in English, as the clustering eval gives them. */
    private static void writeEcbPlus(Path docs, List<String> ids, Path file) throws IOException {
        Map<String, EcbPlusDoc> byId = new HashMap<>();
        for (String split : List.of("train", "dev")) {
            EcbPlusDoc.read(docs, split).forEach(d -> byId.put(d.id(), d));
        }
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String id : ids) {
                EcbPlusDoc d = byId.get(id);
                if (d == null) {
                    throw new IOException("no ECB+ document " + id);
                }
                ObjectNode o = json.createObjectNode();
                o.put("url", ECBPLUS_URL + id);
                o.put("language", "en");
                o.put("text", d.text());
                out.write(json.writeValueAsString(o));
                out.newLine();
            }
        }
    }
}
