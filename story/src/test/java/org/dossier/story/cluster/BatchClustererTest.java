package org.dossier.story.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BatchClustererTest {

    private final BatchClusterer clusterer = new BatchClusterer(ClusterSettings.defaults());

    /** Two blocks of {@code size} articles: {@code inside} similar within a block, {@code across} between. */
    private static float[][] twoBlocks(int size, float inside, float across) {
        int n = 2 * size;
        float[][] s = new float[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s[i][j] = i == j ? 1 : (i < size) == (j < size) ? inside : across;
            }
        }
        return s;
    }

    private static List<Set<String>> noNames(int n) {
        return new ArrayList<>(Collections.nCopies(n, Set.<String>of()));
    }

    @Test
    void completeLinkageStopsWhereAnyPairFallsBelowTheLinkage() {
        Random random = new Random(7);
        int n = 60;
        float[][] s = new float[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                // Three topics; inside one, a few pairs share nothing.
                float v = i % 3 == j % 3 && random.nextInt(10) > 0 ? 0.05f + random.nextFloat() * 0.4f : 0.01f;
                s[i][j] = v;
                s[j][i] = v;
            }
        }
        List<int[]> groups = clusterer.completeLinkage(s);
        assertThat(groups.stream().mapToInt(g -> g.length).sum()).isEqualTo(n);
        for (int[] g : groups) {
            for (int a : g) {
                for (int b : g) {
                    if (a != b) {
                        assertThat(s[a][b]).as("pair %d-%d", a, b).isGreaterThanOrEqualTo(0.03f);
                    }
                }
            }
        }
        // Maximal: no two groups could still join.
        for (int[] g : groups) {
            for (int[] h : groups) {
                if (g == h) {
                    continue;
                }
                float min = Float.MAX_VALUE;
                for (int a : g) {
                    for (int b : h) {
                        min = Math.min(min, s[a][b]);
                    }
                }
                assertThat(min).isLessThan(0.03f);
            }
        }
    }

    @Test
    void twoEventsWithAThinSeamAreCutApart() {
        List<int[]> groups = clusterer.groups(twoBlocks(6, 0.4f, 0.08f), noNames(12));
        assertThat(groups).containsExactly(new int[] {0, 1, 2, 3, 4, 5}, new int[] {6, 7, 8, 9, 10, 11});
    }

    @Test
    void oneEventWithoutASeamStaysWhole() {
        assertThat(clusterer.groups(twoBlocks(6, 0.3f, 0.25f), noNames(12))).hasSize(1);
    }

    @Test
    void namesOnlyOneHalfHasTipAWeakSeam() {
        // A seam too weak to cut on words alone is cut when each half has a name the other lacks.
        float[][] s = twoBlocks(6, 0.3f, 0.15f);
        assertThat(clusterer.groups(s, noNames(12))).hasSize(1);
        List<Set<String>> names = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            names.add(Set.of("n:klitschko", i < 6 ? "n:rahman" : "n:thompson"));
        }
        assertThat(clusterer.groups(s, names)).hasSize(2);
    }

    @Test
    void contrastNeedsANameOfItsOwnOnBothSides() {
        List<Set<String>> ids = List.of(Set.of("n:a", "n:x"), Set.of("n:a", "n:x"), Set.of("n:b", "n:x"),
                Set.of("n:b", "n:x"));
        assertThat(BatchClusterer.contrast(ids, new int[] {0, 1}, new int[] {2, 3})).isEqualTo(1.0);
        List<Set<String>> oneSided = List.of(Set.of("n:a"), Set.of("n:a"), Set.of("n:x"), Set.of("n:x", "n:a"));
        assertThat(BatchClusterer.contrast(oneSided, new int[] {0, 1}, new int[] {2, 3})).isEqualTo(0.5);
    }

    @Test
    void aLoneOutsiderIsSetApart() {
        // Article 4 is barely like the others: a normalised cut never isolates one article, the peel does.
        float[][] s = twoBlocks(5, 0.4f, 0.4f);
        for (int j = 0; j < 10; j++) {
            if (j != 4) {
                s[4][j] = 0.05f;
                s[j][4] = 0.05f;
            }
        }
        List<int[]> groups = clusterer.groups(s, noNames(10));
        assertThat(groups).contains(new int[] {4});
        assertThat(groups).hasSize(2);
    }

    @Test
    void theResultIsTheSameEveryTime() {
        float[][] s = twoBlocks(8, 0.35f, 0.1f);
        List<int[]> first = clusterer.groups(s, noNames(16));
        for (int i = 0; i < 3; i++) {
            assertThat(clusterer.groups(s, noNames(16))).containsExactlyElementsOf(first);
        }
    }
}
