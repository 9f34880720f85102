package org.dossier.story.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventModelTest {

    @Test
    void eachLinkageMakesItsOwnScore() {
        double[] p = {0.9, 0.1, 0.5};
        assertThat(EventModel.Linkage.MEAN.score(p)).isCloseTo(0.5, within(1e-12));
        assertThat(EventModel.Linkage.MAX.score(p)).isEqualTo(0.9);
        assertThat(EventModel.Linkage.MIN.score(p)).isEqualTo(0.1);
    }

    @Test
    void theShippedModelIsForTheFeaturesThisVersionComputesAndSaysWhereItCameFrom() {
        EventModel model = EventModel.shipped();
        assertThat(model.features()).isEqualTo(PairFeatures.NAMES);
        assertThat(model.provenance().command()).startsWith("dossier train clusters");
        assertThat(model.provenance().data()).extracting(EventModel.Source::name).contains("ecbplus-train");
        assertThat(model.provenance().data()).allSatisfy(s -> assertThat(s.licence()).isNotBlank());
    }

    @Test
    void aModelWithoutALinkageAveragesAndOneForOtherFeaturesIsRefused() throws Exception {
        String json = "{\"features\":[\"a\"],\"bias\":0,\"weights\":[1],\"threshold\":0.5}";
        EventModel model = new ObjectMapper().readValue(json, EventModel.class);
        assertThat(model.linkage()).isEqualTo(EventModel.Linkage.MEAN);
        assertThat(model.probability(new double[] {0})).isCloseTo(0.5, within(1e-12));
        assertThatThrownBy(model::checkFeatures).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dossier train clusters");
    }

    @Test
    void aThresholdOutsideTheOpenUnitIntervalIsRefused() {
        List<String> names = PairFeatures.NAMES;
        List<Double> zeros = Collections.nCopies(names.size(), 0.0);
        assertThatThrownBy(() -> new EventModel(names, 0, zeros, 1.0, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EventModel(names, 0, List.of(1.0), 0.5, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void termsWeighRareSharedKeysAboveCommonOnes() {
        Idf idf = Idf.of(Map.of("trump", 90, "debate", 3), 100);
        Terms a = Terms.of(Map.of("trump", 1, "debate", 1));
        Terms onlyCommon = Terms.of(Map.of("trump", 1, "rally", 1));
        Terms onlyRare = Terms.of(Map.of("debate", 1, "rally", 1));
        assertThat(Terms.cosine(a, onlyRare, idf, false)).isGreaterThan(Terms.cosine(a, onlyCommon, idf, false));
        assertThat(Terms.cosine(a, a, idf, true)).isCloseTo(1, within(1e-12));
        assertThat(Terms.cosine(a, Terms.EMPTY, idf, false)).isZero();
        assertThat(Terms.shared(a, onlyCommon)).isEqualTo(1);
        assertThat(Terms.shared(a, a.plus(onlyRare))).isEqualTo(2);
        assertThat(List.of(a.plus(onlyRare).keys)).containsExactly("debate", "rally", "trump");
    }
}
