package org.dossier.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dossier.bench.clusters.AnalysedSet;
import org.dossier.bench.clusters.EventModelTrainer;
import org.dossier.bench.clusters.EventSet;
import org.dossier.story.cluster.EventModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dossier train clusters}: builds the same-event model the story clusterer ships with. */
@Command(name = "train", description = "Builds a model the product ships with, from the shared benchmark sets.",
        subcommands = TrainCommand.Clusters.class)
public final class TrainCommand {

    /** Trains the same-event model on ECB+ train and the labelled PolNeAR articles; writes it as JSON. */
    @Command(name = "clusters", mixinStandardHelpOptions = true,
            description = "Trains the same-event model (logistic regression; penalty and threshold by cross-validation).")
    public static final class Clusters implements Callable<Integer> {

        static final List<String> TRAINING = List.of("ecbplus-train", "polnear-train", "polnear-dev");

        @Option(names = "--out", paramLabel = "FILE",
                description = "where to write the model (default: the story module's resource in this checkout)")
        Path out;

        @Option(names = "--folds", defaultValue = "5", description = "cross-validation folds (default: ${DEFAULT-VALUE})")
        int folds;

        @Option(names = "--threads", defaultValue = "2", description = "analysis threads (default: ${DEFAULT-VALUE})")
        int threads;

        @Override
        public Integer call() throws IOException {
            Path target = out != null ? out
                    : Path.of("story/src/main/resources/org/dossier/story/cluster").resolve(EventModel.RESOURCE);
            if (!Files.isDirectory(target.toAbsolutePath().getParent())) {
                System.err.println("train clusters: no folder " + target.getParent()
                        + " (run from the project's root or give --out)");
                return 2;
            }
            Path bench = SharedData.dir().resolve("bench");
            List<AnalysedSet> sets = new ArrayList<>();
            List<EventModel.Source> sources = new ArrayList<>();
            for (String name : TRAINING) {
                EventSet set = EventSet.read(bench, name);
                AnalysedSet analysed = AnalysedSet.of(set, AnalysedSet.defaultCache(), threads);
                sets.add(analysed);
                System.out.printf("train clusters: %s: %d articles analysed%n", name, analysed.articles().size());
            }
            EventModel.Provenance provenance = new EventModel.Provenance("dossier train clusters --folds " + folds,
                    LocalDate.now().toString(), List.of(), List.of());
            EventModelTrainer.Result result = new EventModelTrainer(folds, 20_161).train(sets, provenance);
            for (AnalysedSet set : sets) {
                int[] pairs = result.pairCounts().get(set.name());
                sources.add(new EventModel.Source(set.name(), files(bench, set.name()), set.articles().size(), pairs[0],
                        pairs[1], licence(set.name())));
            }
            EventModel model = result.model();
            EventModel shipped = new EventModel(model.features(), model.bias(), model.weights(), model.threshold(), model.linkage(),
                    new EventModel.Provenance(model.provenance().command(), model.provenance().created(), sources,
                            model.provenance().scores()));
            result.report().forEach(line -> System.out.println("train clusters: " + line));
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(target.toFile(), shipped);
            System.out.println("train clusters: model written to " + target);
            return 0;
        }

        private static List<String> files(Path bench, String set) throws IOException {
            List<String> names = set.startsWith("ecbplus")
                    ? List.of("ecbplus/docs.jsonl")
                    : List.of("polnear/metadata.tsv", set.equals("polnear-dev") ? "polnear/dev-events.jsonl"
                    : "polnear/train-events-2016-06-07.jsonl");
            List<String> out = new ArrayList<>();
            for (String name : names) {
                out.add(name + " sha256:" + sha256(bench.resolve(name)));
            }
            return out;
        }

        private static String licence(String set) {
            return Map.of(
                    "ecbplus-train", "ECB+ (Cybulska & Vossen 2014), CC BY 3.0",
                    "polnear-train", "PolNeAR texts (Newell et al. 2018; no licence stated, research use), event labels made for this project",
                    "polnear-dev", "PolNeAR texts (Newell et al. 2018; no licence stated, research use), event labels made for this project")
                    .get(set);
        }

        private static String sha256(Path file) throws IOException {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
