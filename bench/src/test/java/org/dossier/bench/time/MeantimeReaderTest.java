package org.dossier.bench.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeantimeReaderTest {

    @TempDir
    Path tmp;

    @Test
    void tokensBecomeTextAndRunsBecomeTimexesOverThem() throws IOException {
        Path file = tmp.resolve("timex.tsv");
        Files.writeString(file, String.join("\n",
                "*!-DCTVALUE=\"2024-03-06\"-!*\tO\t-",
                "",
                "Llegó\tO\t-",
                "el\tB-DATE\t2024-03-03",
                "domingo\tI-DATE\t2024-03-03",
                ",\tO\t-",
                "hace\tB-DURATION\t-",
                "",
                "*!-DCTVALUE=\"2024-03-07\"-!*\tO\t-",
                "Hoy\tB-DATE\t2024-03-07",
                "llueve\tO\t-",
                ".\tO\t-",
                ""), StandardCharsets.UTF_8);
        List<TimeMlDocument> docs = new MeantimeReader().read(file, "set");
        assertThat(docs).hasSize(2);
        TimeMlDocument first = docs.get(0);
        assertThat(first.id()).isEqualTo("set-1");
        assertThat(first.dct()).isEqualTo("2024-03-06");
        assertThat(first.text()).isEqualTo("Llegó el domingo, hace");
        assertThat(first.timexes()).containsExactly(new TimeMlDocument.GoldTimex(6, 16, "DATE", "2024-03-03"),
                new TimeMlDocument.GoldTimex(18, 22, "DURATION", null));
        TimeMlDocument second = docs.get(1);
        assertThat(second.text()).isEqualTo("Hoy llueve.");
        assertThat(second.timexes()).containsExactly(new TimeMlDocument.GoldTimex(0, 3, "DATE", "2024-03-07"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"meantime-en", "meantime-es"})
    void everySharedDocumentHasItsDctAndEveryTimexInItsText(String set) throws IOException {
        Path file = Path.of(System.getProperty("dossier.shared", "../shared"), "bench", "tempeval-multilingual", set,
                "timex.tsv");
        if (!Files.isRegularFile(file)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("the MEANTIME timex set is missing: " + file.toAbsolutePath()
                        + " (set -Ddossier.shared)");
            }
            Assumptions.abort("no MEANTIME timex set at " + file.toAbsolutePath());
        }
        long dctLines;
        long runs;
        try (Stream<String> lines = Files.lines(file)) {
            List<String> all = lines.toList();
            dctLines = all.stream().filter(l -> l.startsWith("*!-DCTVALUE=")).count();
            runs = all.stream().filter(l -> l.split("\t", -1).length == 3 && l.split("\t", -1)[1].startsWith("B-"))
                    .count();
        }
        List<TimeMlDocument> docs = new MeantimeReader().read(file, set);
        assertThat(docs).hasSize((int) dctLines);
        assertThat(docs.stream().mapToLong(d -> d.timexes().size()).sum()).isEqualTo(runs);
        for (TimeMlDocument d : docs) {
            assertThat(d.dct()).matches("\\d{4}-\\d{2}-\\d{2}");
            for (TimeMlDocument.GoldTimex t : d.timexes()) {
                String text = d.text().substring(t.start(), t.end());
                assertThat(text).as(d.id()).isNotBlank().isEqualTo(text.strip());
            }
        }
    }
}
