package org.dossier.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Clean news text must pass through the cleaner whole: on the PolNeAR development texts (plain
 * article bodies from seven US outlets, read in place from the shared bench folder), every line of
 * running prose must survive verbatim.
 */
class BenchNewsKeepsBodyTest {

    @Test
    void everyProseLineOfCleanNewsTextSurvives() throws IOException {
        Path folder = Path.of(System.getProperty("dossier.shared"), "bench", "polnear", "dev", "text");
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(50);
        List<String> lost = new ArrayList<>();
        int checked = 0;
        for (Path file : files) {
            String raw = Files.readString(file, StandardCharsets.UTF_8);
            String text = PlainTextCleaner.clean(raw).text();
            for (String line : raw.split("\n")) {
                String prose = line.replaceAll("^[\\s\\u00A0]+|[\\s\\u00A0]+$", "");
                // Running prose, by a definition independent of the cleaner's: long, ends a sentence, no markup.
                if (prose.length() >= 120 && prose.matches(".*[.!?][\"”’)]?") && !prose.contains("<")) {
                    checked++;
                    if (!text.contains(prose)) {
                        lost.add(file.getFileName() + ": " + prose);
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
        assertThat(lost).isEmpty();
    }
}
