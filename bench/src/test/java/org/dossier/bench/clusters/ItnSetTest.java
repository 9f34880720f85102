package org.dossier.bench.clusters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cross-lingual ITN set as the cluster evaluation reads it, from the shared corpus in place. */
class ItnSetTest {

    private static final Path BENCH = Path.of(System.getProperty("dossier.shared", "../shared"), "bench");

    @Test
    void blurbsInTheProductsLanguagesAreDatedPlainTextWithTheSubjectAndDaysAsGold() throws IOException {
        EventSet set = EventSet.read(BENCH, "itn");

        assertThat(set.items()).hasSizeGreaterThan(300);
        assertThat(set.items()).allSatisfy(i -> {
            assertThat(EventSet.ITN_LANGUAGES).contains(i.object().get("language").asText());
            assertThat(i.object().get("text").asText()).isNotBlank().doesNotContain("<a ", "<b>");
            assertThat(Instant.parse(i.object().get("published").asText())).isAfter(Instant.parse("2017-01-01T00:00:00Z"));
            assertThat(i.event()).startsWith(i.group().substring("subject-".length()) + "#");
        });
        Set<String> languages = new HashSet<>();
        set.items().forEach(i -> languages.add(i.object().get("language").asText()));
        assertThat(languages).containsAll(List.of("en", "ru", "fr", "de"));
        // Within one news item, no two consecutive blurbs are more than the gap apart.
        Map<String, Instant> last = new HashMap<>();
        long widest = 0;
        for (EventSet.Item i : set.items()) {
            Instant posted = Instant.parse(i.object().get("published").asText());
            Instant before = last.put(i.event(), posted);
            long gap = before == null ? 0 : posted.getEpochSecond() - before.getEpochSecond();
            widest = Math.max(widest, gap);
            assertThat(gap).isNotNegative();
        }
        assertThat(widest).isPositive().isLessThanOrEqualTo(EventSet.ITN_ITEM_GAP_DAYS * 86_400);
        // Subjects in the news more than once are several items.
        assertThat(set.items().stream().map(EventSet.Item::event).distinct().count())
                .isGreaterThan(set.items().stream().map(EventSet.Item::group).distinct().count());
    }
}
