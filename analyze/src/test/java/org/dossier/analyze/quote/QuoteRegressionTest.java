package org.dossier.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.analyze.Analyzers;
import org.dossier.analyze.SeedArticles;
import org.dossier.model.Article;
import org.dossier.model.Quote;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Texts written for the quote rules, each with its expectations in a header:
 * {@code KIND|SPEAKER|TEXT-START} (KIND {@code D} direct or {@code R} reported, SPEAKER {@code -}
 * for none) or {@code NONE|TEXT} (no quote has exactly this text), then {@code ---} and the article.
 */
class QuoteRegressionTest {

    static Stream<String> files() {
        return Stream.of("split-and-continued.txt", "colon-for-and-statement.txt", "reported-and-scare.txt",
                "european-marks.txt");
    }

    @ParameterizedTest
    @MethodSource("files")
    void quotesAndSpeakersAreAsExpected(String file) throws IOException {
        String all;
        try (InputStream in = getClass().getResourceAsStream("/quote/" + file)) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int split = all.indexOf("\n---\n");
        String body = all.substring(split + 5);
        Article article = SeedArticles.article("a-" + file, body, "2024-03-05");
        List<Quote> quotes = new QuoteAnnotator().annotate(Analyzers.context(article));
        List<String> failures = new ArrayList<>();
        for (String line : all.substring(0, split).split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\\|", -1);
            if (f[0].equals("NONE")) {
                if (quotes.stream().anyMatch(q -> q.text().equals(f[1]))) {
                    failures.add("unexpected quote: " + f[1]);
                }
                continue;
            }
            boolean direct = f[0].equals("D");
            List<Quote> hits = quotes.stream().filter(q -> q.direct() == direct && q.text().startsWith(f[2])).toList();
            if (hits.size() != 1) {
                failures.add(hits.size() + " " + f[0] + " quotes starting " + f[2]);
                continue;
            }
            Quote q = hits.get(0);
            String speaker = q.speaker() == null ? "-" : q.speaker().name();
            if (!lastWord(speaker).equals(lastWord(f[1]))) {
                failures.add("speaker of " + f[2] + ": " + speaker + ", expected " + f[1]);
            }
        }
        assertThat(failures).as("in %s, found %s", file, quotes).isEmpty();
    }

    private static String lastWord(String name) {
        String[] words = name.trim().split("\\s+");
        return words[words.length - 1];
    }
}
