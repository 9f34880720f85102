package org.dossier.bench.quotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.analyze.nlp.NerModel;
import org.dossier.analyze.nlp.NlpDocument;
import org.dossier.analyze.nlp.Sentence;
import org.dossier.analyze.nlp.Token;

/**
 * Keeps CoreNLP's annotation of bench texts on disk, so that re-scoring after a rule change does
 * not re-run the tagger. Keyed by article name and a hash of the text; an entry for other text is
 * ignored. An entry keeps the document's language and NER model (entries written before they were
 * kept are English).
 */
public final class NlpCache {

    private final Path dir;

    public NlpCache(Path dir) {
        this.dir = dir;
    }

    public NlpDocument get(String name, String text) {
        Path f = file(name, text);
        if (!Files.exists(f)) {
            return null;
        }
        try {
            List<Token> tokens = new ArrayList<>();
            List<Sentence> sentences = new ArrayList<>();
            String language = "en";
            String ner = NerModel.ENGLISH.id();
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                String[] p = line.split("\t", -1);
                if (p[0].equals("L")) {
                    language = p[1].isEmpty() ? null : p[1];
                    ner = p[2];
                } else if (p[0].equals("S")) {
                    sentences.add(new Sentence(sentences.size(), Integer.parseInt(p[1]), Integer.parseInt(p[2]),
                            Integer.parseInt(p[3]), Integer.parseInt(p[4])));
                } else {
                    int s = Integer.parseInt(p[1]);
                    int e = Integer.parseInt(p[2]);
                    tokens.add(new Token(tokens.size(), text.substring(s, e), s, e, p[3], p[4], p[5], Integer.parseInt(p[6])));
                }
            }
            return new NlpDocument(text, language, ner, tokens, sentences);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    public void put(String name, NlpDocument doc) {
        StringBuilder sb = new StringBuilder();
        sb.append("L\t").append(doc.language() == null ? "" : doc.language()).append('\t').append(doc.ner()).append('\n');
        for (Sentence s : doc.sentences()) {
            sb.append("S\t").append(s.start()).append('\t').append(s.end()).append('\t').append(s.firstToken())
                    .append('\t').append(s.endToken()).append('\n');
        }
        for (Token t : doc.tokens()) {
            sb.append("T\t").append(t.start()).append('\t').append(t.end()).append('\t').append(t.pos()).append('\t')
                    .append(t.lemma()).append('\t').append(t.ner()).append('\t').append(t.sentence()).append('\n');
        }
        try {
            Files.createDirectories(dir);
            Files.writeString(file(name, doc.text()), sb, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path file(String name, String text) {
        return dir.resolve(name + "-" + Integer.toHexString(text.hashCode()) + ".tsv");
    }
}
