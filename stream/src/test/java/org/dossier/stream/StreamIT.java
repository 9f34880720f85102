package org.dossier.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.dossier.app.Main;
import org.dossier.store.BuildRecord;
import org.dossier.store.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code publish} and {@code stream} as users run them, against a real Kafka broker (KRaft, in this
 * JVM) that the test starts and stops. The seed articles are read in place from the shared data.
 */
class StreamIT {

    private static final Path SHARED = Path.of(System.getProperty("dossier.shared", "../../shared"));
    private static final Path SEEDS = SHARED.resolve("seeds");
    private static final int SEED_COUNT = 5;

    @TempDir
    static Path tmp;

    private static KafkaClusterTestKit broker;
    private static String bootstrap;
    private static String builtExport;
    private static String builtStories;

    @BeforeAll
    static void startBrokerAndBuildTheSeeds() throws Exception {
        // Never skipped: without the seeds this test fails, under CI as anywhere.
        assertThat(SEEDS.resolve("README.md")).as("the shared seed articles").exists();
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        // One node, broker and controller at once, as small as the machine's other work needs.
        broker = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder().setCombined(true)
                .setNumBrokerNodes(1).setNumControllerNodes(1).setBaseDirectory(tmp.resolve("kafka")).build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .build();
        broker.format();
        broker.startup();
        broker.waitForReadyBrokers();
        bootstrap = broker.bootstrapServers();
        try (var admin = broker.admin()) {
            admin.createTopics(List.of("seeds", "seeds.stories", "mixed", "mixed.dead-letter", "killed", "large").stream()
                    .map(t -> new NewTopic(t, 1, (short) 1)).toList()).all().get();
        }
        Path built = tmp.resolve("built");
        assertThat(dossier("--workspace", built, "build", SEEDS).code()).isZero();
        builtExport = exportOf(built);
        builtStories = dossier("--workspace", built, "stories").out();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void streamedSeedsGiveTheStoriesAndTheExportOfABuild() throws Exception {
        Run published = dossier("publish", "--bootstrap", bootstrap, "--topic", "seeds", SEEDS);
        assertThat(published.code()).as(published.err()).isZero();
        assertThat(published.out()).contains("published 5 articles to seeds");

        Path streamed = tmp.resolve("streamed");
        Run stream = dossier("--workspace", streamed, "stream", "--bootstrap", bootstrap, "--topic", "seeds",
                "--out-topic", "seeds.stories", "--idle-exit", 3);
        assertThat(stream.code()).as(stream.err()).isZero();
        assertThat(stream.out()).contains("5 new articles");

        assertThat(exportOf(streamed)).isEqualTo(builtExport);
        assertThat(dossier("--workspace", streamed, "stories").out()).isEqualTo(builtStories);
        try (Workspace workspace = Workspace.openReadOnly(streamed)) {
            assertThat(workspace.streamOffsets("seeds")).containsExactly(Map.entry(0, 5L));
        }

        // Every changed story on the out topic, as a valid dossier/v1 document keyed by its id.
        JsonSchema schema = schema();
        Map<String, String> onOutTopic = new TreeMap<>();
        for (ConsumerRecord<String, byte[]> record : readAll("seeds.stories")) {
            String json = new String(record.value(), StandardCharsets.UTF_8);
            assertThat(schema.validate(new ObjectMapper().readTree(json))).as(json).isEmpty();
            JsonNode stories = new ObjectMapper().readTree(json).get("stories");
            assertThat(stories).hasSize(1);
            assertThat(stories.get(0).get("id").asText()).isEqualTo(record.key());
            onOutTopic.put(record.key(), json);
        }
        try (Workspace workspace = Workspace.openReadOnly(streamed)) {
            assertThat(onOutTopic.keySet()).containsExactlyElementsOf(workspace.storyIds());
        }

        // Streaming the same topic again from the start reads nothing new.
        Run again = dossier("--workspace", streamed, "stream", "--bootstrap", bootstrap, "--topic", "seeds",
                "--idle-exit", 2);
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("0 messages in 0 batches");
    }

    @Test
    void malformedMessagesGoToTheDeadLetterTopicAndTheStreamGoesOn() {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(KafkaSettings.producer(bootstrap, "test"))) {
            StreamConsumer.sendAll(producer, List.of(
                    new ProducerRecord<>("mixed", "bad-1", "this is no JSON".getBytes(StandardCharsets.UTF_8)),
                    new ProducerRecord<>("mixed", "bad-2", "{\"title\": \"no text\"}".getBytes(StandardCharsets.UTF_8))));
        }
        assertThat(dossier("publish", "--bootstrap", bootstrap, "--topic", "mixed", SEEDS).code()).isZero();

        Path workspaceDir = tmp.resolve("mixed");
        Run stream = dossier("--workspace", workspaceDir, "stream", "--bootstrap", bootstrap, "--topic", "mixed",
                "--idle-exit", 3);
        assertThat(stream.code()).as(stream.err()).isEqualTo(3);
        assertThat(stream.err()).contains("dead letter mixed/0@0").contains("dead letter mixed/0@1");

        List<ConsumerRecord<String, byte[]>> dead = readAll("mixed.dead-letter");
        assertThat(dead).extracting(ConsumerRecord::key).containsExactly("bad-1", "bad-2");
        assertThat(header(dead.get(0), StreamConsumer.REASON_HEADER)).startsWith("malformed JSON");
        assertThat(header(dead.get(1), StreamConsumer.REASON_HEADER)).isEqualTo("no \"text\" or \"html\" key");
        assertThat(header(dead.get(1), StreamConsumer.SOURCE_HEADER)).isEqualTo("mixed/0@1");
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("this is no JSON");
        try (Workspace workspace = Workspace.openReadOnly(workspaceDir)) {
            assertThat(workspace.articleCount()).isEqualTo(SEED_COUNT);
            assertThat(workspace.streamOffsets("mixed")).containsExactly(Map.entry(0, 7L));
        }
        assertThat(exportOf(workspaceDir)).isEqualTo(builtExport);
    }

    @Test
    void anArticleTooLargeForABrokerIsSkippedByPublishAndTheRestIsSent() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("large-input"));
        Files.writeString(input.resolve("a.txt"), "A short article about the ministers' meeting in Brussels.\n");
        Files.writeString(input.resolve("b.txt"), "Ministers met again. ".repeat(60_000));
        Run published = dossier("publish", "--bootstrap", bootstrap, "--topic", "large", input);
        assertThat(published.code()).as(published.err()).isEqualTo(3);
        assertThat(published.err()).contains("b.txt").contains("too large to publish");
        assertThat(published.out()).contains("published 1 article to large; 1 skipped");
        assertThat(readAll("large")).hasSize(1);
    }

    @Test
    void aConsumerKilledDuringABatchThenStartedAgainLosesAndDuplicatesNothing() throws Exception {
        assertThat(dossier("publish", "--bootstrap", bootstrap, "--topic", "killed", SEEDS).code()).isZero();
        Path workspaceDir = tmp.resolve("killed");
        // A consumer of its own JVM, two articles a build, killed (SIGKILL) once its first build has committed.
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--workspace", workspaceDir.toString(), "stream", "--bootstrap", bootstrap, "--topic", "killed",
                "--batch", "2", "--threads", "1", "--idle-exit", "60")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("killed.log").toFile()).start();
        long killedAt;
        try {
            killedAt = committedOffset(workspaceDir, child, Duration.ofSeconds(90));
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        long afterKill;
        try (Workspace workspace = Workspace.openReadOnly(workspaceDir)) {
            afterKill = workspace.streamOffsets("killed").getOrDefault(0, 0L);
            // Killed mid-stream: some read and stored, not all; what is stored matches its offset.
            assertThat(afterKill).isBetween(killedAt, (long) SEED_COUNT - 1);
            assertThat(workspace.articleCount()).isEqualTo((int) afterKill);
        }

        Run restarted = dossier("--workspace", workspaceDir, "stream", "--bootstrap", bootstrap, "--topic",
                "killed", "--batch", 2, "--idle-exit", 3);
        assertThat(restarted.code()).as(restarted.err()).isZero();
        try (Workspace workspace = Workspace.openReadOnly(workspaceDir)) {
            assertThat(workspace.articleCount()).isEqualTo(SEED_COUNT);
            assertThat(workspace.streamOffsets("killed")).containsExactly(Map.entry(0, (long) SEED_COUNT));
            // Each article added by exactly one committed build: none counted twice, none lost.
            assertThat(workspace.builds().stream().mapToInt(b -> b.stats().articlesAdded()).sum())
                    .isEqualTo(SEED_COUNT);
            assertThat(workspace.builds()).extracting(BuildRecord::stats)
                    .allSatisfy(s -> assertThat(s.articlesAdded()).isEqualTo(s.articlesRead()));
            assertThat(workspace.storyOfArticles()).hasSize(SEED_COUNT);
        }
        // It went on from the stored offset, not from the start of the topic.
        long rest = SEED_COUNT - afterKill;
        assertThat(restarted.out()).contains(": " + rest + " message" + (rest == 1 ? "" : "s") + " in ");
    }

    /** Waits until the child has committed a first batch, and returns its offset; fails if it never does. */
    private static long committedOffset(Path workspaceDir, Process child, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(child.isAlive()).as("the consumer is still running; see killed.log").isTrue();
            if (Workspace.exists(workspaceDir)) {
                try (Workspace workspace = Workspace.openReadOnly(workspaceDir)) {
                    Long next = workspace.streamOffsets("killed").get(0);
                    if (next != null && next > 0) {
                        return next;
                    }
                } catch (RuntimeException stillBeingCreated) {
                    // The child creates the workspace; its schema appears with its first transaction.
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the consumer committed no batch in " + timeout);
    }

    private static List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                KafkaSettings.consumer(bootstrap, "test", 500))) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (consumer.position(partition) < end && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String key) {
        return new String(record.headers().lastHeader(key).value(), StandardCharsets.UTF_8);
    }

    private static JsonSchema schema() throws Exception {
        Path file = SHARED.resolve("spec").resolve("dossier-v1.schema.json");
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(
                SchemaLocation.of(file.toUri().toString()), new ObjectMapper().readTree(file.toFile()),
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }

    private static String exportOf(Path workspace) {
        Run export = dossier("--workspace", workspace, "export", "--format", "json");
        assertThat(export.code()).as(export.err()).isZero();
        return export.out().replaceFirst("\"generatedAt\" : \"[^\"]*\"", "");
    }

    /** One in-process run of the command line. */
    private record Run(int code, String out, String err) {
    }

    private static Run dossier(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] strings = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = String.valueOf(args[i]);
        }
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), strings);
        return new Run(code, out.toString(), err.toString());
    }
}
