package org.dossier.bench.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed cases of the with/without snippet metric. */
class SnippetMetricTest {

    @Test
    void snippetsMatchAfterWhitespaceIsCollapsed() {
        SnippetMetric.Counts c = SnippetMetric.page("The  quick\nbrown\u00a0fox.",
                List.of("quick brown", "lazy dog"), List.of("brown fox", "Subscribe"));

        assertThat(c).isEqualTo(new SnippetMetric.Counts(1, 1, 1, 1));
        assertThat(c.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(c.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(c.f1()).isCloseTo(0.5, within(1e-9));
        assertThat(c.accuracy()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void failedExtractionMissesEverySnippet() {
        SnippetMetric.Counts c = SnippetMetric.page(null, List.of("a", "b"), List.of("c", "d"));

        assertThat(c).isEqualTo(new SnippetMetric.Counts(0, 0, 2, 2));
    }

    @Test
    void countsAreSummedOverPagesBeforeDividing() {
        SnippetMetric.Counts first = SnippetMetric.page("alpha beta", List.of("alpha", "beta", "gamma"), List.of());
        SnippetMetric.Counts second = SnippetMetric.page("delta", List.of("epsilon"), List.of("delta"));

        SnippetMetric.Counts total = first.plus(second); // tp 2, fp 1, fn 2
        assertThat(total.precision()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(total.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(total.f1()).isCloseTo(4 / 7.0, within(1e-9));
    }
}
