package org.dossier.story.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.dossier.model.Article;
import org.dossier.story.cluster.Seeds;
import org.junit.jupiter.api.Test;

class MinHasherTest {

    private final MinHasher hasher = new MinHasher();

    private double similarity(String a, String b) {
        return MinHasher.similarity(hasher.signature(a), hasher.signature(b));
    }

    /** A seed's text, checked to be a real article so that no test passes on an empty one. */
    private static String seedText(String stem) {
        String text = Seeds.article(stem).text();
        assertThat(MinHasher.words(text)).as("words of seed %s", stem).hasSizeGreaterThan(200);
        return text;
    }

    @Test
    void caseAndPunctuationDoNotChangeTheSignature() {
        String text = seedText("003_a2f742a56d34091d");
        String noisy = text.toUpperCase(Locale.ROOT).replace(",", " ;").replace("\n", "\n\n");

        assertThat(hasher.signature(noisy)).isEqualTo(hasher.signature(text))
                .isNotEqualTo(hasher.signature(seedText("000_261515ad708b2a44")))
                .isNotEqualTo(hasher.signature(""));
    }

    @Test
    void aCopyWithASentenceDroppedAndAWordChangedIsCloseToTheOriginal() {
        String text = seedText("000_261515ad708b2a44");
        String sentence = "This is the first face-to-face meeting in roughly two years. ";
        assertThat(text).contains(sentence, "Belgium co-chaired");
        String edited = text.replace(sentence, "").replace("Belgium co-chaired", "Belgium chaired");

        assertThat(similarity(text, edited)).isGreaterThan(0.8).isLessThan(1.0);
        assertThat(similarity(text, edited)).isGreaterThanOrEqualTo(DuplicateIndex.THRESHOLD);
    }

    @Test
    void similarityIsOneForEqualTextsAndLowForDifferentArticles() {
        String a = seedText("000_261515ad708b2a44");
        String b = seedText("002_f9ca6fa413811794");
        String c = seedText("004_ec1c472087426295");

        assertThat(similarity(a, a)).isEqualTo(1.0);
        // Reports of one meeting share names and phrases, yet no run of four words in such numbers.
        assertThat(similarity(a, b)).isLessThan(DuplicateIndex.THRESHOLD / 2);
        assertThat(similarity(b, c)).isLessThan(DuplicateIndex.THRESHOLD / 2);
    }

    @Test
    void textShorterThanAShingleHasASignatureOfItsWords() {
        assertThat(hasher.signature("Rome")).hasSize(MinHasher.SIZE).isEqualTo(hasher.signature("rome!"))
                .isNotEqualTo(hasher.signature("Paris"));
        assertThat(similarity("Rome", "Paris")).isLessThan(0.2);
        assertThat(hasher.signature("")).hasSize(MinHasher.SIZE);
    }
}
