package org.dossier.bench.quotes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.bench.quotes.PolnearArticle.Attribution;
import org.dossier.bench.quotes.PolnearArticle.Fragment;
import org.dossier.model.Problem;

/**
 * Reads a PolNeAR compartment: {@code metadata.tsv} names each article and its annotators; the
 * first annotator's {@code attributions/<name>_<annotator>.ann} (brat standoff) is used. Bad or
 * missing files become {@link Problem}s.
 */
public final class PolnearReader {

    private final Path root;

    public PolnearReader(Path root) {
        this.root = root;
    }

    /** The articles of one compartment ("train", "dev", "test"), in metadata order. */
    public List<PolnearArticle> read(String compartment, List<Problem> problems) throws IOException {
        List<PolnearArticle> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(root.resolve("metadata.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            if (f.length < 4 || !f[0].equals(compartment)) {
                continue;
            }
            String name = f[1];
            Path text = root.resolve(compartment).resolve("text").resolve(name + ".txt");
            Path ann = root.resolve(compartment).resolve("attributions").resolve(name + "_" + f[3].split("\\|")[0] + ".ann");
            if (!Files.exists(text) || !Files.exists(ann)) {
                problems.add(new Problem(name, null, "text or first annotator's .ann missing"));
                continue;
            }
            try {
                String body = Files.readString(text, StandardCharsets.UTF_8);
                out.add(new PolnearArticle(name, body, parse(Files.readAllLines(ann, StandardCharsets.UTF_8), body.length())));
            } catch (RuntimeException e) {
                problems.add(new Problem(ann.getFileName().toString(), null, e.getMessage()));
            }
        }
        return out;
    }

    /** Brat lines: "T1\tContent 10 20;25 30\t..." and "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1". */
    static List<Attribution> parse(List<String> lines, int textLength) {
        Map<String, List<Fragment>> spans = new HashMap<>();
        for (String line : lines) {
            if (line.matches("T\\d+\t.*")) {
                // A surface text with a line break continues on lines that match neither form.
                String[] f = line.split("\t");
                String desc = f[1];
                int sp = desc.indexOf(' ');
                List<Fragment> frags = new ArrayList<>();
                for (String part : desc.substring(sp + 1).split(";")) {
                    String[] se = part.trim().split(" ");
                    int s = Integer.parseInt(se[0]);
                    int e = Integer.parseInt(se[1]);
                    if (e > textLength) {
                        throw new IllegalArgumentException("span " + s + "-" + e + " beyond text length " + textLength);
                    }
                    frags.add(new Fragment(s, e));
                }
                spans.put(f[0], frags);
            }
        }
        List<Attribution> out = new ArrayList<>();
        for (String line : lines) {
            if (line.matches("E\\d+\t.*")) {
                String[] f = line.split("\t");
                List<Fragment> content = List.of();
                List<Fragment> source = List.of();
                List<Fragment> cue = List.of();
                for (String arg : f[1].trim().split(" ")) {
                    String[] kv = arg.split(":");
                    List<Fragment> frags = spans.getOrDefault(kv[1], List.of());
                    switch (kv[0]) {
                        case "Content" -> content = frags;
                        case "Source" -> source = frags;
                        case "Cue" -> cue = frags;
                        default -> { }
                    }
                }
                if (!content.isEmpty()) {
                    out.add(new Attribution(content, source, cue));
                }
            }
        }
        return out;
    }
}
