package org.dossier.stream;

import picocli.CommandLine.Option;

/** The options that name the broker and the topic of articles, the same for {@code publish} and {@code stream}. */
final class TopicOptions {

    @Option(names = "--bootstrap", required = true, paramLabel = "HOST:PORT",
            description = "a Kafka broker (several: HOST:PORT,HOST:PORT)")
    String bootstrap;

    @Option(names = "--topic", required = true, paramLabel = "T", description = "the topic of articles")
    String topic;
}
