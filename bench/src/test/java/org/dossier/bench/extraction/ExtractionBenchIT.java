package org.dossier.bench.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.ingest.html.HtmlExtractor;
import org.junit.jupiter.api.Test;

/** Our extractor on the shared bench sets, against the thresholds the product promises. */
class ExtractionBenchIT {

    private static final Path BENCH = Path.of(System.getProperty("dossier.shared", "../shared"), "bench");
    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void zyteShingleF1BeatsReadability() {
        Path dir = BENCH.resolve("extraction-zyte");
        assumeTrue(Files.isDirectory(dir), "bench set not present: " + dir);
        ZyteBench bench = new ZyteBench(dir);

        assertThat(bench.scoreOurs(extractor, 2).score().f1()).isGreaterThanOrEqualTo(0.93);
    }

    @Test
    void referenceOutputsScoreNearTheirPublishedFigure() {
        Path dir = BENCH.resolve("extraction-zyte");
        assumeTrue(Files.isDirectory(dir), "bench set not present: " + dir);

        ZyteBench.Line trafilatura = new ZyteBench(dir).scoreReferences().stream()
                .filter(l -> l.tool().equals("trafilatura")).findFirst().orElseThrow();

        // 0.958 on the full 181 pages; these 92 are a sample of them
        assertThat(trafilatura.score().f1()).isBetween(0.93, 0.98);
    }

    @Test
    void multilingualSnippetF1BeatsReadability() {
        Path dir = BENCH.resolve("extraction-multilingual");
        assumeTrue(Files.isDirectory(dir), "bench set not present: " + dir);

        MultilingualBench.Result r = new MultilingualBench(dir).score(extractor, 2);

        assertThat(r.failures()).isZero();
        assertThat(r.counts().f1()).isGreaterThanOrEqualTo(0.88);
    }
}
