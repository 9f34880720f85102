package org.dossier.bench.clusters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One labelled story-clustering set: article objects as a crawler export would give them (the
 * {@code .jsonl} input of {@code dossier build}), each with its gold event and the group that
 * cross-validation keeps whole (an ECB+ topic, a PolNeAR event). Every object's {@code url} is
 * {@code bench:NAME/ID}, so an article is found again in a build's export.
 *
 * <p>The sets: {@code ecbplus-train} and {@code ecbplus-dev} (ECB+ excerpts, no dates or outlets;
 * gold = sub-topic), {@code polnear-dev} (the 84 PolNeAR dev articles with their hand-made event
 * labels) and {@code polnear-train} (the labelled PolNeAR train articles of June and July 2016);
 * the PolNeAR articles carry title, outlet and publication day from the corpus metadata. Scored
 * but never trained on: {@code itn}, Wikipedia "In the news" blurbs in en, de, fr, es, it and ru,
 * one sentence each, dated by when they were posted; gold = the subject (Wikidata id) and days: a
 * subject's blurbs more than {@link #ITN_ITEM_GAP_DAYS} days after the previous one begin another
 * news item.
 */
public record EventSet(String name, List<Item> items) {

    /** The sets the same-event model is trained on. */
    public static final List<String> NAMES = List.of("ecbplus-train", "ecbplus-dev", "polnear-train", "polnear-dev");
    /** Every set that can be scored: the training sets and the cross-lingual {@code itn}, never trained on. */
    public static final List<String> ALL = java.util.stream.Stream.concat(NAMES.stream(), java.util.stream.Stream.of("itn"))
            .toList();
    /** The languages of ITN blurbs kept: those the product reads with word lists and models of their own. */
    static final List<String> ITN_LANGUAGES = List.of("en", "de", "fr", "es", "it", "ru");
    /** Blurbs of one subject further apart than this begin another news item. */
    static final long ITN_ITEM_GAP_DAYS = 7;

    /** One labelled article: its input object, gold event and cross-validation group. */
    public record Item(String id, ObjectNode object, String event, String group) {
        public Item {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(object, "object");
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(group, "group");
        }

        public String url() {
            return object.get("url").asText();
        }
    }

    public EventSet {
        Objects.requireNonNull(name, "name");
        items = List.copyOf(items);
    }

    /** Reads set {@code name} from the shared benchmark folder {@code bench}. */
    public static EventSet read(Path bench, String name) throws IOException {
        return switch (name) {
            case "ecbplus-train" -> ecbPlus(bench, name, "train");
            case "ecbplus-dev" -> ecbPlus(bench, name, "dev");
            case "polnear-train" -> polnear(bench, name, "train", "train-events-2016-06-07.jsonl");
            case "polnear-dev" -> polnear(bench, name, "dev", "dev-events.jsonl");
            case "itn" -> itn(bench, name);
            default -> throw new IllegalArgumentException("unknown set " + name + "; sets: " + ALL);
        };
    }

    /** Gold event by url. */
    public Map<String, String> goldByUrl() {
        Map<String, String> gold = new LinkedHashMap<>();
        for (Item item : items) {
            gold.put(item.url(), item.event());
        }
        return gold;
    }

    /** Writes the set's objects as one {@code .jsonl} file, in set order. */
    public void writeJsonLines(Path file) throws IOException {
        writeJsonLines(file, items);
    }

    public static void writeJsonLines(Path file, List<Item> items) throws IOException {
        BuildInputs.writeJsonLines(file, items.stream().map(Item::object).toList());
    }

    private static EventSet ecbPlus(Path bench, String name, String split) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Item> items = new ArrayList<>();
        for (EcbPlusDoc d : EcbPlusDoc.read(bench.resolve("ecbplus/docs.jsonl"), split)) {
            // ECB+ has no publication dates, outlets or titles: text only, in English.
            ObjectNode o = json.createObjectNode();
            o.put("url", "bench:" + name + "/" + d.id());
            o.put("language", "en");
            o.put("text", d.text());
            items.add(new Item(d.id(), o, d.subtopic(), "topic-" + d.topic()));
        }
        return new EventSet(name, items);
    }

    private static EventSet itn(Path bench, String name) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode corpus = json.readTree(bench.resolve("crosslingual-itn/corpus.json").toFile());
        List<Item> items = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        corpus.fieldNames().forEachRemaining(subjects::add);
        java.util.Collections.sort(subjects);
        for (String subject : subjects) {
            List<Map.Entry<Double, JsonNode>> blurbs = new ArrayList<>();
            corpus.get(subject).fields().forEachRemaining(e -> {
                if (ITN_LANGUAGES.contains(e.getValue().path("lang").asText())) {
                    blurbs.add(Map.entry(Double.parseDouble(e.getKey()), e.getValue()));
                }
            });
            blurbs.sort(Map.Entry.comparingByKey());
            int item = 0;
            double previous = Double.NaN;
            for (Map.Entry<Double, JsonNode> b : blurbs) {
                if (!Double.isNaN(previous) && b.getKey() - previous > ITN_ITEM_GAP_DAYS * 86_400) {
                    item++;
                }
                previous = b.getKey();
                java.time.Instant posted = java.time.Instant.ofEpochSecond(b.getKey().longValue());
                String id = subject + "-" + b.getKey().longValue() + "-" + b.getValue().get("lang").asText();
                ObjectNode o = json.createObjectNode();
                o.put("url", "bench:" + name + "/" + id);
                o.put("language", b.getValue().get("lang").asText());
                o.put("published", posted.toString());
                o.put("text", org.jsoup.Jsoup.parse(b.getValue().get("blurb").asText()).text());
                items.add(new Item(id, o, subject + "#" + item, "subject-" + subject));
            }
        }
        return new EventSet(name, items);
    }

    private static EventSet polnear(Path bench, String name, String split, String labels) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Path folder = bench.resolve("polnear");
        Map<String, String[]> meta = polnearMetadata(folder);
        List<Item> items = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(folder.resolve(labels), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                String id = n.get("id").asText();
                String event = n.get("event").asText();
                String text = Files.readString(folder.resolve(split).resolve("text").resolve(id + ".txt"),
                        StandardCharsets.UTF_8);
                items.add(new Item(id, polnearObject("bench:" + name + "/" + id, text, meta.get(id)), event,
                        "event-" + event));
            }
        }
        return new EventSet(name, items);
    }

    /** Publisher and publication date by file name, from the PolNeAR folder's {@code metadata.tsv}. */
    public static Map<String, String[]> polnearMetadata(Path folder) throws IOException {
        Map<String, String[]> meta = new HashMap<>();
        List<String> lines = Files.readAllLines(folder.resolve("metadata.tsv"), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int file = header.indexOf("filename");
        int publisher = header.indexOf("publisher");
        int date = header.indexOf("publication_date");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            if (f.length > Math.max(file, date)) {
                meta.putIfAbsent(f[file], new String[] {f[publisher], f[date]});
            }
        }
        return meta;
    }

    /**
     * A PolNeAR article as a build input object: {@code url}, outlet and publication day from
     * {@code meta} (publisher, date; may be null), and the text as the corpus has it: the headline
     * line, a blank line, the paragraphs.
     */
    public static ObjectNode polnearObject(String url, String text, String[] meta) {
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("url", url);
        if (meta != null) {
            o.put("outlet", meta[0]);
            if (meta[1].matches("\\d{4}-\\d{2}-\\d{2}")) {
                o.put("published", meta[1]);
            }
        }
        o.put("language", "en");
        o.put("text", text);
        return o;
    }
}
