package org.dossier.stream;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.dossier.ingest.Ingestor;
import org.dossier.model.Problem;

/**
 * Publishes the articles the ingest readers find in files and folders to a topic, one message per
 * article, keyed by its id, its value the article object {@link ArticleMessages} writes. Articles
 * are sent in the order a build reads them and acknowledged by every replica; sending the same
 * files again sends the same messages, which a consumer counts once. Not thread-safe.
 */
public final class ArticlePublisher {

    /**
     * The largest message sent: a broker takes about 1 MB a message unless configured otherwise, so a
     * larger article is skipped as a problem rather than failing the whole run.
     */
    public static final int MAX_MESSAGE_BYTES = 1_000_000;

    /** Messages sent before waiting for the broker's acknowledgements, so memory stays bounded. */
    private static final int IN_FLIGHT = 1_000;

    private final Ingestor ingestor = new Ingestor();
    private final String bootstrap;
    private final String topic;

    public ArticlePublisher(String bootstrap, String topic) {
        this.bootstrap = Objects.requireNonNull(bootstrap, "bootstrap");
        this.topic = Objects.requireNonNull(topic, "topic");
    }

    /**
     * Sends every article under {@code roots}; skipped input goes to {@code problems}, input read with
     * a change to {@code warnings}.
     *
     * @return the number of articles sent
     * @throws StreamException when the broker does not acknowledge a message
     */
    public int publish(List<Path> roots, Consumer<Problem> problems, Consumer<Problem> warnings) {
        List<ProducerRecord<String, byte[]>> pending = new ArrayList<>();
        int[] sent = {0};
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                KafkaSettings.producer(bootstrap, "dossier-publish"))) {
            ingestor.read(roots, article -> {
                byte[] value = ArticleMessages.encode(article);
                if (value.length > MAX_MESSAGE_BYTES) {
                    String file = article.file();
                    problems.accept(new Problem(file == null ? article.id() : file, file == null ? null : article.id(),
                            "too large to publish: " + value.length + " bytes, more than " + MAX_MESSAGE_BYTES));
                    return;
                }
                pending.add(new ProducerRecord<>(topic, article.id(), value));
                if (pending.size() >= IN_FLIGHT) {
                    sent[0] += flush(producer, pending);
                }
            }, problems, warnings);
            sent[0] += flush(producer, pending);
        }
        return sent[0];
    }

    private static int flush(KafkaProducer<String, byte[]> producer, List<ProducerRecord<String, byte[]>> pending) {
        StreamConsumer.sendAll(producer, pending);
        int n = pending.size();
        pending.clear();
        return n;
    }
}
