package org.dossier.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberWordsTest {

    private static String read(String text) {
        return NumberWords.format(NumberWords.parse(text));
    }

    @Test
    void readsDigitsWithSeparatorsAndScales() {
        assertThat(read("83")).isEqualTo("83");
        assertThat(read("10,000")).isEqualTo("10000");
        assertThat(read("1.5 million")).isEqualTo("1500000");
    }

    @Test
    void readsNumberWords() {
        assertThat(read("seven dozen")).isEqualTo("84");
        assertThat(read("twenty")).isEqualTo("20");
        assertThat(read("twenty-four")).isEqualTo("24");
        assertThat(read("two and a half")).isEqualTo("2.5");
        assertThat(read("a hundred")).isEqualTo("100");
        assertThat(read("three thousand five hundred")).isEqualTo("3500");
    }

    @Test
    void rejectsWhatIsNotANumber() {
        assertThat(NumberWords.parse("states")).isNull();
        assertThat(NumberWords.parse("")).isNull();
    }

    @Test
    void wordPatternDoesNotGlueAnArticleToANumber() {
        assertThat("a two".matches(NumberWords.WORDS)).isFalse();
        assertThat("seven dozen".matches(NumberWords.WORDS)).isTrue();
    }
}
