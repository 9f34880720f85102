package org.dossier.bench.ner;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CoNLL NER file read as documents of sentences of (token, tag). The token is the first column,
 * the tag the last; {@code -DOCSTART-} lines separate documents, and files without them are cut
 * into documents of {@value #SENTENCES_PER_DOCUMENT} sentences. UTF-8, or Latin-1 when the bytes
 * are not UTF-8 (the German set).
 */
public record ConllCorpus(List<Document> documents) {

    static final int SENTENCES_PER_DOCUMENT = 30;

    public record Row(String token, String tag) {
    }

    public record Document(List<List<Row>> sentences) {
        public Document {
            sentences = List.copyOf(sentences);
        }
    }

    public ConllCorpus {
        documents = List.copyOf(documents);
    }

    public static ConllCorpus read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        List<Document> docs = new ArrayList<>();
        List<List<Row>> sentences = new ArrayList<>();
        List<Row> sentence = new ArrayList<>();
        boolean docStarts = text.contains("-DOCSTART-");
        for (String line : text.split("\r?\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("-DOCSTART-")) {
                flush(sentence, sentences);
                if (!sentences.isEmpty()) {
                    docs.add(new Document(sentences));
                }
                sentences = new ArrayList<>();
                continue;
            }
            if (trimmed.isEmpty()) {
                flush(sentence, sentences);
                if (!docStarts && sentences.size() >= SENTENCES_PER_DOCUMENT) {
                    docs.add(new Document(sentences));
                    sentences = new ArrayList<>();
                }
                continue;
            }
            String[] cols = trimmed.split("\\s+");
            sentence.add(new Row(cols[0], cols[cols.length - 1]));
        }
        flush(sentence, sentences);
        if (!sentences.isEmpty()) {
            docs.add(new Document(sentences));
        }
        return new ConllCorpus(docs);
    }

    private static void flush(List<Row> sentence, List<List<Row>> sentences) {
        if (!sentence.isEmpty()) {
            sentences.add(List.copyOf(sentence));
            sentence.clear();
        }
    }
}
