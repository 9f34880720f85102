package org.dossier.bench.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.analyze.nlp.NlpDocument;
import org.dossier.analyze.nlp.Sentence;
import org.dossier.analyze.nlp.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NlpCacheTest {

    private static NlpDocument document(String language, String ner) {
        String text = "Er sagte es.";
        List<Token> tokens = List.of(new Token(0, "Er", 0, 2, "NNP", "er", "O", 0),
                new Token(1, "sagte", 3, 8, "NN", "sagte", "O", 0), new Token(2, "es", 9, 11, "NN", "es", "O", 0),
                new Token(3, ".", 11, 12, ".", ".", "O", 0));
        return new NlpDocument(text, language, ner, tokens, List.of(new Sentence(0, 0, 12, 0, 4)));
    }

    @Test
    void anEntryKeepsItsLanguageAndNerModel(@TempDir Path dir) {
        NlpCache cache = new NlpCache(dir);
        cache.put("sample", document("de", "corenlp-de"));

        NlpDocument read = cache.get("sample", "Er sagte es.");

        assertThat(read.language()).isEqualTo("de");
        assertThat(read.ner()).isEqualTo("corenlp-de");
        assertThat(read.tokens()).extracting(Token::text).containsExactly("Er", "sagte", "es", ".");
    }

    @Test
    void anEntryWithoutItsLanguageIsEnglish(@TempDir Path dir) throws IOException {
        NlpCache cache = new NlpCache(dir);
        cache.put("sample", document("de", "corenlp-de"));
        try (var files = Files.list(dir)) {
            Path entry = files.findFirst().orElseThrow();
            List<String> lines = Files.readAllLines(entry);
            Files.write(entry, lines.subList(1, lines.size()));
        }

        NlpDocument read = cache.get("sample", "Er sagte es.");

        assertThat(read.language()).isEqualTo("en");
        assertThat(read.ner()).isEqualTo("corenlp-en");
    }
}
