package org.dossier.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountsTest {

    @Test
    void oneTakesTheSingularEveryOtherCountThePlural() {
        assertThat(Counts.of(1, "story", "stories")).isEqualTo("1 story");
        assertThat(Counts.of(0, "story", "stories")).isEqualTo("0 stories");
        assertThat(Counts.of(2, "article", "articles")).isEqualTo("2 articles");
    }
}
