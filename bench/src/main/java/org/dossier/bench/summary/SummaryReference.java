package org.dossier.bench.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A story with hand-written reference facts: its articles (seed file stems or ECB+ document ids),
 * whether it may guide the summarizer ({@code tune}) or is held out ({@code check}), and its facts.
 * The shipped references are in {@code references.json} beside this class; its {@code format} field
 * describes the file.
 */
public record SummaryReference(String id, String set, String about, List<String> seeds, List<String> ecbPlus,
                               List<ReferenceFact> facts) {

    public static final List<String> SETS = List.of("tune", "check");

    public SummaryReference {
        Objects.requireNonNull(id, "id");
        if (!SETS.contains(set)) {
            throw new IllegalArgumentException("story " + id + ": set must be one of " + SETS + ", not " + set);
        }
        seeds = List.copyOf(seeds);
        ecbPlus = List.copyOf(ecbPlus);
        facts = List.copyOf(facts);
        if (seeds.isEmpty() == ecbPlus.isEmpty()) {
            throw new IllegalArgumentException("story " + id + " needs either seeds or ecbplus articles");
        }
    }

    /** The facts {@code summary} covers, in reference order. */
    public List<ReferenceFact> covered(String summary) {
        return facts.stream().filter(f -> f.coveredBy(summary)).toList();
    }

    /** The shipped references. */
    public static List<SummaryReference> shipped() {
        try (InputStream in = SummaryReference.class.getResourceAsStream("references.json")) {
            if (in == null) {
                throw new IllegalStateException("references.json is missing beside " + SummaryReference.class.getName());
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the summary references", e);
        }
    }

    static List<SummaryReference> parse(JsonNode root) {
        List<SummaryReference> out = new ArrayList<>();
        for (JsonNode s : root.path("stories")) {
            List<ReferenceFact> facts = new ArrayList<>();
            for (JsonNode f : s.path("facts")) {
                List<List<String>> groups = new ArrayList<>();
                for (JsonNode g : f.path("all")) {
                    groups.add(strings(g));
                }
                facts.add(new ReferenceFact(f.path("fact").asText(), groups));
            }
            out.add(new SummaryReference(s.path("id").asText(), s.path("set").asText(), s.path("about").asText(""),
                    strings(s.path("seeds")), strings(s.path("ecbplus")), facts));
        }
        return List.copyOf(out);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
