package org.dossier.story.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.model.Article;
import org.dossier.story.cluster.Seeds;
import org.junit.jupiter.api.Test;

class MinHasherTest {

    private final MinHasher hasher = new MinHasher();

    @Test
    void caseAndPunctuationDoNotChangeTheSignature() {
        String text = Seeds.article("003_a2f742a56d34091d").text();
        String noisy = text.toUpperCase(java.util.Locale.ROOT).replace(",", " ;").replace("\n", "\n\n");
        assertThat(hasher.signature(noisy)).isEqualTo(hasher.signature(text));
    }

    @Test
    void similarityIsOneForEqualTextsAndLowForDifferentArticles() {
        Article a = Seeds.article("000_261515ad708b2a44");
        Article b = Seeds.article("002_f9ca6fa413811794");
        assertThat(MinHasher.similarity(hasher.signature(a.text()), hasher.signature(a.text()))).isEqualTo(1.0);
        assertThat(MinHasher.similarity(hasher.signature(a.text()), hasher.signature(b.text())))
                .isLessThan(DuplicateIndex.THRESHOLD / 2);
    }

    @Test
    void textShorterThanAShingleStillHasASignature() {
        assertThat(hasher.signature("Rome")).hasSize(MinHasher.SIZE);
        assertThat(hasher.signature("")).hasSize(MinHasher.SIZE);
    }
}
