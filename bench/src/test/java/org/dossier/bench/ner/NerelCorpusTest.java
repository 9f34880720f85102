package org.dossier.bench.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerelCorpusTest {

    @TempDir
    Path dir;

    @Test
    void outerPeopleOrganisationsAndPlacesAreKeptAndOtherTypesAndNestedOnesGo() throws IOException {
        String text = "Мэрия Москвы и Иван Петров из Тулы 5 мая";
        Files.writeString(dir.resolve("1_text.txt"), text, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("1_text.ann"), String.join("\n",
                "T1\tORGANIZATION 0 12\tМэрия Москвы",
                "T2\tCITY 6 12\tМосквы",
                "T3\tPERSON 15 26\tИван Петров",
                "T4\tCITY 30 34\tТулы",
                "T5\tDATE 35 40\t5 мая",
                "T6\tPERSON 15 19;20 26\tИван Петров",
                "R1\tWORKPLACE Arg1:T3 Arg2:T1",
                "N1\tReference T3 Wikidata:Q1"), StandardCharsets.UTF_8);

        List<SpanDocument> docs = NerelCorpus.read(dir);

        assertThat(docs).hasSize(1);
        SpanDocument doc = docs.get(0);
        assertThat(doc.gold()).extracting(c -> c.type() + " " + doc.cover(c))
                .containsExactly("ORG Мэрия Москвы", "PER Иван Петров", "LOC Тулы");
    }
}
