package org.dossier.story.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Name words in other scripts and with accents meet their plain Latin spelling. */
class LatinNamesTest {

    @Test
    void cyrillicNamesAreRomanisedAndAccentsDropped() {
        assertThat(FeatureExtractor.latin("блинкен")).isEqualTo("blinken");
        assertThat(FeatureExtractor.latin("лавров")).isEqualTo("lavrov");
        assertThat(FeatureExtractor.latin("собянин")).isEqualTo("sobyanin");
        assertThat(FeatureExtractor.latin("wilmès")).isEqualTo("wilmes");
        assertThat(FeatureExtractor.latin("maas")).isEqualTo("maas");
    }
}
