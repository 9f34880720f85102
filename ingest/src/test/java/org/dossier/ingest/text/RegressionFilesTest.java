package org.dossier.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.ingest.date.TextDates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Crawled texts with furniture the seeds do not have, kept as regression files: each
 * {@code NAME.txt} under {@code regression/} is cleaned and compared with {@code NAME.expected},
 * which holds {@code title:} and {@code published:} lines, a {@code ---} line and the exact body.
 */
class RegressionFilesTest {

    static Stream<Path> files() throws IOException, URISyntaxException {
        Path folder = Path.of(RegressionFilesTest.class.getResource("/regression").toURI());
        try (Stream<Path> list = Files.list(folder)) {
            List<Path> texts = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            assertThat(texts).hasSizeGreaterThanOrEqualTo(3);
            return texts.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void cleansToTheExpectedTitleDateAndBody(Path file) throws IOException {
        String expected = Files.readString(expectedOf(file), StandardCharsets.UTF_8);
        int separator = expected.indexOf("\n---\n");
        List<String> header = expected.substring(0, separator).lines().toList();
        String body = expected.substring(separator + 5).strip();

        CleanedText cleaned = PlainTextCleaner.clean(Files.readString(file, StandardCharsets.UTF_8));

        assertThat(cleaned.title()).isEqualTo(value(header, "title"));
        assertThat(TextDates.find(cleaned.headLines(), cleaned.firstParagraph()).orElse(null))
                .isEqualTo(value(header, "published"));
        assertThat(cleaned.text()).isEqualTo(body);
    }

    private static Path expectedOf(Path file) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".expected");
    }

    private static String value(List<String> header, String key) {
        return header.stream()
                .filter(line -> line.startsWith(key + ":"))
                .map(line -> line.substring(key.length() + 1).strip())
                .filter(v -> !v.isEmpty())
                .findFirst()
                .orElse(null);
    }
}
