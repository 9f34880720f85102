package org.dossier.stream;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.dossier.model.Article;
import org.dossier.model.Dossier;
import org.dossier.model.DossierJson;
import org.dossier.model.Problem;
import org.dossier.pipeline.BuildListener;
import org.dossier.pipeline.BuildPipeline;
import org.dossier.pipeline.BuildReport;
import org.dossier.store.Workspace;

/**
 * Consumes article messages into a workspace, one build per batch, and publishes the stories each
 * build changed.
 *
 * <p>Delivery is at least once and the workspace never counts a message twice: the offset each
 * partition is to be read from next is written in the same SQLite transaction as the articles and
 * stories of the batch before it (see {@link BuildPipeline#build(Workspace, org.dossier.pipeline.ArticleSource,
 * BuildListener, org.dossier.pipeline.BeforeCommit)}), and on start the consumer seeks to those
 * offsets, never to offsets kept by Kafka (it has no consumer group). A consumer killed during a
 * batch leaves neither the batch's articles nor its offsets, so it reads the batch again. The dead
 * letters of a batch are acknowledged before its build begins, and its changed stories before it
 * commits, so both are published at least once; a story published twice is the same story, its
 * {@code generatedAt} apart.
 *
 * <p>Not thread-safe: {@link #run} consumes on the calling thread.
 */
public final class StreamConsumer {

    /** The header of a dead letter that says why it is one. */
    public static final String REASON_HEADER = "dossier.reason";

    /** The header of a dead letter that says where it was read: {@code topic/partition@offset}. */
    public static final String SOURCE_HEADER = "dossier.source";

    private static final Duration POLL = Duration.ofMillis(200);

    /**
     * What to consume and where to publish.
     *
     * @param outTopic   where changed stories go, or null for nowhere
     * @param idleExit   how long to wait for a new message before {@link #run} returns, or null to run on
     * @param batch      the most messages one build takes
     * @param maxBytes   the largest message value read; a longer one is a dead letter
     */
    public record Settings(String bootstrap, String topic, String outTopic, String deadLetterTopic,
                           Duration idleExit, int batch, int maxBytes) {
        public Settings {
            Objects.requireNonNull(bootstrap, "bootstrap");
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(deadLetterTopic, "deadLetterTopic");
            if (batch < 1 || maxBytes < 1) {
                throw new IllegalArgumentException("batch " + batch + " and maxBytes " + maxBytes
                        + " must be at least 1");
            }
        }
    }

    /** What one batch did. */
    public record Batch(int messages, int deadLetters, BuildReport build, Map<Integer, Long> nextOffsets) {
        public Batch {
            nextOffsets = Map.copyOf(nextOffsets);
        }
    }

    /** What the consumer reports as it goes; called on the consuming thread. */
    public interface Listener extends BuildListener {

        /** The topic has no partitions yet (it does not exist): the consumer waits for it. */
        default void waitingForTopic(String topic) {
        }

        /** A batch was committed. */
        default void batch(Batch batch) {
        }
    }

    private final BuildPipeline pipeline;
    private final Settings settings;
    private final Listener listener;
    private final ArticleMessages messages;

    public StreamConsumer(BuildPipeline pipeline, Settings settings, Listener listener) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.messages = new ArticleMessages(settings.maxBytes());
    }

    /**
     * Consumes into {@code workspace} until no message came for {@link Settings#idleExit} (forever
     * without it), and returns the batches committed.
     *
     * @throws StreamException when the topic cannot be found in time or a publication fails; the batch
     *                         under way is then rolled back, to be read again by the next run
     */
    public List<Batch> run(Workspace workspace) {
        Objects.requireNonNull(workspace, "workspace");
        List<Batch> done = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                KafkaSettings.consumer(settings.bootstrap(), "dossier-stream", settings.batch()));
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                     KafkaSettings.producer(settings.bootstrap(), "dossier-stream"))) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            Map<Integer, Long> stored = workspace.streamOffsets(settings.topic());
            for (TopicPartition partition : partitions) {
                Long next = stored.get(partition.partition());
                if (next == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, next);
                }
            }
            List<ConsumerRecord<String, byte[]>> pending = new ArrayList<>();
            long lastMessage = System.nanoTime();
            while (true) {
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
                records.forEach(pending::add);
                if (!records.isEmpty()) {
                    lastMessage = System.nanoTime();
                }
                // A batch is what has come, up to its size: all of a backlog at once, as a build reads it.
                while (pending.size() >= settings.batch() || (records.isEmpty() && !pending.isEmpty())) {
                    int size = Math.min(pending.size(), settings.batch());
                    List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>(pending.subList(0, size));
                    pending.subList(0, size).clear();
                    Batch committed = process(workspace, batch, producer);
                    done.add(committed);
                    listener.batch(committed);
                    lastMessage = System.nanoTime();
                }
                if (records.isEmpty() && settings.idleExit() != null
                        && System.nanoTime() - lastMessage >= settings.idleExit().toNanos()) {
                    return done;
                }
            }
        }
    }

    /** The partitions of the topic, waited for while it does not exist (up to the idle time, if set). */
    private List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer) {
        long start = System.nanoTime();
        boolean told = false;
        while (true) {
            List<PartitionInfo> infos;
            try {
                infos = consumer.partitionsFor(settings.topic(), Duration.ofSeconds(5));
            } catch (TimeoutException e) {
                infos = List.of();
            }
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(i -> new TopicPartition(i.topic(), i.partition()))
                        .sorted((a, b) -> Integer.compare(a.partition(), b.partition())).toList();
            }
            if (settings.idleExit() != null && System.nanoTime() - start >= settings.idleExit().toNanos()) {
                throw new StreamException("no topic " + settings.topic() + " at " + settings.bootstrap()
                        + " after " + settings.idleExit().toSeconds() + " s (does it exist? is the broker up?)");
            }
            if (!told) {
                listener.waitingForTopic(settings.topic());
                told = true;
            }
            sleep(Duration.ofMillis(500));
        }
    }

    private Batch process(Workspace workspace, List<ConsumerRecord<String, byte[]>> records,
                          KafkaProducer<String, byte[]> producer) {
        List<Article> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        List<ProducerRecord<String, byte[]>> deadLetters = new ArrayList<>();
        Map<Integer, Long> next = new TreeMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            String label = record.topic() + "/" + record.partition() + "@" + record.offset();
            ArticleMessages.Decoded decoded = messages.decode(label, record.value(), warnings);
            if (decoded.article() != null) {
                articles.add(decoded.article());
            } else {
                problems.add(new Problem(label, null, decoded.reason()));
                deadLetters.add(deadLetter(record, label, decoded.reason()));
            }
            next.merge(record.partition(), record.offset() + 1, Math::max);
        }
        // Before the offsets move past them: a dead letter may be sent twice, never lost.
        sendAll(producer, deadLetters);
        BuildReport report = pipeline.build(workspace, (sink, skipped, changed) -> {
            articles.forEach(sink);
            problems.forEach(skipped);
            warnings.forEach(changed);
        }, listener, (build, built) -> {
            next.forEach((partition, offset) -> build.putStreamOffset(settings.topic(), partition, offset));
            if (settings.outTopic() != null) {
                // The build's reads show what it is about to commit; a kill before the commit sends them again.
                sendAll(producer, storyRecords(workspace, built));
            }
        });
        return new Batch(records.size(), deadLetters.size(), report, next);
    }

    private ProducerRecord<String, byte[]> deadLetter(ConsumerRecord<String, byte[]> record, String label,
                                                      String reason) {
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.add(REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
        headers.add(SOURCE_HEADER, label.getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(settings.deadLetterTopic(), null, record.key(), record.value(), headers);
    }

    /** Each story written as its dossier/v1 JSON, each story deleted as a tombstone (no value), keyed by id. */
    private List<ProducerRecord<String, byte[]>> storyRecords(Workspace workspace, BuildReport built) {
        String generatedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (String id : built.storiesWritten()) {
            workspace.story(id).ifPresent(story -> records.add(new ProducerRecord<>(settings.outTopic(), id,
                    DossierJson.compact(Dossier.of(generatedAt, workspace.articlesOf(id), List.of(story)))
                            .getBytes(StandardCharsets.UTF_8))));
        }
        for (String id : built.storiesDeleted()) {
            records.add(new ProducerRecord<>(settings.outTopic(), id, null));
        }
        return records;
    }

    /** Sends every record and waits until the broker has acknowledged each. */
    static void sendAll(KafkaProducer<String, byte[]> producer, List<ProducerRecord<String, byte[]>> records) {
        List<Future<RecordMetadata>> sent = new ArrayList<>(records.size());
        for (ProducerRecord<String, byte[]> record : records) {
            sent.add(producer.send(record));
        }
        producer.flush();
        for (int i = 0; i < sent.size(); i++) {
            try {
                sent.get(i).get();
            } catch (ExecutionException e) {
                throw new StreamException("cannot publish to " + records.get(i).topic() + ": "
                        + e.getCause().getMessage(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StreamException("interrupted while publishing to " + records.get(i).topic(), e);
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StreamException("interrupted while waiting for the topic", e);
        }
    }
}
