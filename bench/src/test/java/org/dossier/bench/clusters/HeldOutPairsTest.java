package org.dossier.bench.clusters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeldOutPairsTest {

    // Events: e1 = {a, b}, e2 = {c}, e3 = {d}. Folds keep events whole: a, b and c in fold 0, d in fold 1.
    private static final AnalysedSet SET = new AnalysedSet("toy", List.of(),
            Map.of("a", "e1", "b", "e1", "c", "e2", "d", "e3"), Map.of("a", "e1", "b", "e1", "c", "e2", "d", "e3"));
    private static final Map<String, Integer> FOLD_OF = Map.of("a", 0, "b", 0, "c", 0, "d", 1);

    @Test
    void aHeldOutArticleJoinedWithOneTrainedOnIsAnErrorWeighingOneHalf() {
        // Fold 0 held out: a and b rightly together, c alone, but a joined with the distractor d.
        Map<String, String> storyOf = Map.of("a", "s1", "b", "s1", "c", "s2", "d", "s1");
        double[] c = EventModelTrainer.heldOutPairs(SET, storyOf, FOLD_OF, 0);
        // a-b found (1); a-d and b-d joined wrongly, held out with trained on (0.5 each); nothing missed.
        assertThat(c).containsExactly(1.0, 1.0, 0.0);
        assertThat(EventModelTrainer.f1(c)).isEqualTo(2.0 / 3);
    }

    @Test
    void overAllFoldsEveryPairWeighsOne() {
        Map<String, String> apart = Map.of("a", "s1", "b", "s2", "c", "s3", "d", "s4");
        Map<String, String> together = Map.of("a", "s", "b", "s", "c", "s", "d", "s");
        double[] missed = sum(EventModelTrainer.heldOutPairs(SET, apart, FOLD_OF, 0), EventModelTrainer.heldOutPairs(SET, apart, FOLD_OF, 1));
        double[] joined = sum(EventModelTrainer.heldOutPairs(SET, together, FOLD_OF, 0), EventModelTrainer.heldOutPairs(SET, together, FOLD_OF, 1));
        // One same-event pair (a-b) of six.
        assertThat(missed).containsExactly(0.0, 0.0, 1.0);
        assertThat(joined).containsExactly(1.0, 5.0, 0.0);
        assertThat(EventModelTrainer.f1(missed)).isZero();
    }

    private static double[] sum(double[] x, double[] y) {
        return new double[] {x[0] + y[0], x[1] + y[1], x[2] + y[2]};
    }
}
