package org.dossier.story.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void sentencesAreExactSpansOfTheSeedText() {
        for (String stem : List.of(SeedFacts.S000, SeedFacts.S001, SeedFacts.S002, SeedFacts.S003, SeedFacts.S004)) {
            Article a = Seeds.article(stem);
            List<TextSentence> sentences = SentenceSplitter.split(a.id(), a.text());

            assertThat(sentences).isNotEmpty();
            int previousEnd = 0;
            for (TextSentence s : sentences) {
                assertThat(a.text().substring(s.start(), s.end())).isEqualTo(s.text());
                assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
                assertThat(s.text()).isEqualTo(s.text().strip()).doesNotContain("\n");
                previousEnd = s.end();
            }
        }
    }

    @Test
    void abbreviationsAndTimesDoNotEndSentences() {
        String text = "The last meeting took place in Washington, DC, in February 2019. Status: 4:30 a.m. today.\n"
                + "Mr. Maas met J. Biden. He left.";

        List<String> sentences = SentenceSplitter.split("a", text).stream().map(TextSentence::text).toList();

        assertThat(sentences).containsExactly("The last meeting took place in Washington, DC, in February 2019.",
                "Status: 4:30 a.m. today.", "Mr. Maas met J. Biden.", "He left.");
    }

    @Test
    void quotationClosingAfterTheStopStaysWithItsSentence() {
        String text = "“We act now.” Blinken said so. “Why?” he asked";

        List<String> sentences = SentenceSplitter.split("a", text).stream().map(TextSentence::text).toList();

        assertThat(sentences).containsExactly("“We act now.”", "Blinken said so.", "“Why?” he asked");
    }

    @Test
    void lineBreaksAlwaysEndSentences() {
        List<TextSentence> sentences = SentenceSplitter.split("a", "Breadcrumbs\n\n- 1. News >\nA body line here.");

        assertThat(sentences).extracting(TextSentence::text).containsExactly("Breadcrumbs", "- 1. News >",
                "A body line here.");
        assertThat(sentences).allMatch(TextSentence::wholeLine);
    }
}
