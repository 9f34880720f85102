package org.dossier.stream;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.model.Problem;
import org.dossier.pipeline.BuildPipeline;
import org.dossier.store.BuildStats;
import org.dossier.store.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossier stream --bootstrap HOST:PORT --topic T ...}: a Kafka topic of articles into the workspace. */
@Command(name = "stream", mixinStandardHelpOptions = true,
        description = {"Consumes the article objects of a Kafka topic into the workspace, one build per batch, "
                + "and publishes each story a batch changes (its dossier/v1 JSON, keyed by story id; a removed "
                + "story as a message without value) to --out-topic.",
                "The offsets read are stored in the workspace, in the transaction of each batch's build: a "
                        + "consumer stopped at any moment and started again loses and counts twice nothing.",
                "A message that is no article (not JSON, no text, too large) goes to the dead-letter topic, its "
                        + "reason in the header " + StreamConsumer.REASON_HEADER + ", and the stream goes on."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped after --idle-exit, every message an article",
                "1:failure (no such topic or broker, a publication refused)", "2:wrong usage",
                "3:stopped after --idle-exit, some messages sent to the dead-letter topic"})
public final class StreamCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private TopicOptions kafka;

    @Option(names = "--out-topic", paramLabel = "T2", description = "where changed stories go (default: nowhere)")
    private String outTopic;

    @Option(names = "--dead-letter", paramLabel = "T3",
            description = "where malformed messages go (default: the topic's name and .dead-letter)")
    private String deadLetter;

    @Option(names = "--idle-exit", paramLabel = "S",
            description = "stop after S seconds without a new message (default: run until killed)")
    private Integer idleExit;

    @Option(names = "--batch", paramLabel = "N", description = "the most messages one build takes (default: "
            + "${DEFAULT-VALUE}, the batch in which build hands articles to the clusterer, so a backlog gives the "
            + "stories build gives)")
    private int batch = BuildPipeline.CLUSTER_BATCH;

    @Option(names = "--max-bytes", paramLabel = "N",
            description = "the largest message read; a larger one is a dead letter (default: ${DEFAULT-VALUE})")
    private int maxBytes = 4 * 1024 * 1024;

    @Option(names = "--threads", paramLabel = "N",
            description = "articles analysed at once (default: one per core, here ${DEFAULT-VALUE})")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        if (idleExit != null && idleExit < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--idle-exit must not be negative, got "
                    + idleExit);
        }
        for (int n : new int[] {batch, maxBytes, threads}) {
            if (n < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--batch, --max-bytes and --threads must be at least 1, got " + n);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StreamConsumer.Settings settings = new StreamConsumer.Settings(kafka.bootstrap, kafka.topic, outTopic,
                deadLetter == null ? kafka.topic + ".dead-letter" : deadLetter,
                idleExit == null ? null : Duration.ofSeconds(idleExit), batch, maxBytes);
        Path directory = CommandWorkspace.of(spec);
        List<StreamConsumer.Batch> batches;
        try (Workspace workspace = Workspace.open(directory)) {
            batches = new StreamConsumer(BuildPipeline.standard(threads), settings, new Report(out, err))
                    .run(workspace);
            out.printf("stream ended after %d s without a message: %d message%s in %d batch%s; workspace %s: "
                            + "%d articles, %d stories%n", idleExit, batches.stream().mapToInt(StreamConsumer.Batch::messages).sum(),
                    batches.stream().mapToInt(StreamConsumer.Batch::messages).sum() == 1 ? "" : "s", batches.size(),
                    batches.size() == 1 ? "" : "es", directory, workspace.articleCount(), workspace.storyCount());
        }
        out.flush();
        return batches.stream().anyMatch(b -> b.deadLetters() > 0) ? 3 : 0;
    }

    /** One line per batch on standard output; skipped messages and warnings on standard error. */
    private record Report(PrintWriter out, PrintWriter err) implements StreamConsumer.Listener {

        @Override
        public void waitingForTopic(String topic) {
            err.println("waiting for the topic " + topic + " to exist");
            err.flush();
        }

        @Override
        public void problem(Problem problem) {
            err.println("dead letter " + problem);
            err.flush();
        }

        @Override
        public void warning(Problem warning) {
            err.println("warning: " + warning);
            err.flush();
        }

        @Override
        public void batch(StreamConsumer.Batch batch) {
            BuildStats s = batch.build().stats();
            out.printf("batch of %d message%s: %d new article%s, %d already known, %d dead letter%s; %d stor%s "
                            + "written, %d removed; next offsets %s%n", batch.messages(), batch.messages() == 1 ? "" : "s",
                    s.articlesAdded(), s.articlesAdded() == 1 ? "" : "s", s.articlesRead() - s.articlesAdded(),
                    batch.deadLetters(), batch.deadLetters() == 1 ? "" : "s", s.storiesWritten(),
                    s.storiesWritten() == 1 ? "y" : "ies", s.storiesDeleted(), batch.nextOffsets());
            out.flush();
        }
    }
}
