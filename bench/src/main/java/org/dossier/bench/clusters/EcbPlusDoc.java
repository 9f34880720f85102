package org.dossier.bench.clusters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One document of ECB+'s {@code docs.jsonl}: its gold sub-topic (one real-world event) and topic.
 *
 * @param split train, dev or test
 */
public record EcbPlusDoc(String id, String topic, String subtopic, String split, String text) {

    public EcbPlusDoc {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subtopic, "subtopic");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(text, "text");
    }

    /** Reads every line of {@code file}; {@code split} "all" keeps every document. */
    public static List<EcbPlusDoc> read(Path file, String split) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<EcbPlusDoc> docs = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                EcbPlusDoc doc = new EcbPlusDoc(n.get("id").asText(), n.path("topic").asText(),
                        n.get("subtopic").asText(), n.get("split").asText(), n.get("text").asText());
                if ("all".equals(split) || doc.split().equals(split)) {
                    docs.add(doc);
                }
            }
        }
        return docs;
    }
}
