package org.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.dossier.bench.clusters.EventSet;
import org.junit.jupiter.api.Test;

/** Recall on same-event pairs in two languages: only such pairs count, and only those in one story. */
class CrossLanguageRecallTest {

    private static EventSet.Item item(String id, String language, String event) {
        ObjectNode o = new ObjectMapper().createObjectNode().put("url", "bench:t/" + id).put("language", language)
                .put("text", "text " + id);
        return new EventSet.Item(id, o, event, "g-" + event);
    }

    @Test
    void countsOnlyPairsOfOneEventInTwoLanguages() {
        EventSet set = new EventSet("t", List.of(item("1", "en", "a"), item("2", "ru", "a"), item("3", "fr", "a"),
                item("4", "en", "a"), item("5", "de", "b")));
        Map<String, String> gold = set.goldByUrl();
        // 1, 2 and 4 together; 3 alone; 5 with them but of another event.
        Map<String, String> stories = Map.of("bench:t/1", "s1", "bench:t/2", "s1", "bench:t/4", "s1",
                "bench:t/3", "s2", "bench:t/5", "s1");

        long[] r = ClustersEval.crossLanguageRecall(set, gold, stories).orElseThrow();

        // Event a in two languages: 1-2, 1-3, 2-3, 2-4, 3-4 (1-4 are both English); together: 1-2, 2-4.
        assertThat(r).containsExactly(5, 2);
    }

    @Test
    void aSetInOneLanguageHasNoSuchFigure() {
        EventSet set = new EventSet("t", List.of(item("1", "en", "a"), item("2", "en", "a")));
        assertThat(ClustersEval.crossLanguageRecall(set, set.goldByUrl(), Map.of())).isEmpty();
    }
}
