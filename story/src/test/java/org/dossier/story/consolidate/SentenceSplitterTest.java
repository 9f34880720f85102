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
            List<TextSentence> sentences = SentenceSplitter.split(a.id(), a.text(), a.language());

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

        List<String> sentences = SentenceSplitter.split("a", text, "en").stream().map(TextSentence::text).toList();

        assertThat(sentences).containsExactly("The last meeting took place in Washington, DC, in February 2019.",
                "Status: 4:30 a.m. today.", "Mr. Maas met J. Biden.", "He left.");
    }

    @Test
    void quotationClosingAfterTheStopStaysWithItsSentence() {
        String text = "“We act now.” Blinken said so. “Why?” he asked";

        List<String> sentences = SentenceSplitter.split("a", text, "en").stream().map(TextSentence::text).toList();

        assertThat(sentences).containsExactly("“We act now.”", "Blinken said so.", "“Why?” he asked");
    }

    @Test
    void lineBreaksAlwaysEndSentences() {
        List<TextSentence> sentences =
                SentenceSplitter.split("a", "Breadcrumbs\n\n- 1. News >\nA body line here.", "en");

        assertThat(sentences).extracting(TextSentence::text).containsExactly("Breadcrumbs", "- 1. News >",
                "A body line here.");
        assertThat(sentences).allMatch(TextSentence::wholeLine);
    }

    @Test
    void germanAbbreviationsBeforeNounsDoNotEndSentences() {
        String text = "Die EU stellt 3 Mrd. Euro für den Wiederaufbau bereit. Das sagte Dr. Müller am Montag.\n"
                + "Betroffen sind z. B. Dörfer im Norden, vgl. Abschnitt 4.";

        List<String> german = SentenceSplitter.split("a", text, "de").stream().map(TextSentence::text).toList();
        List<String> english = SentenceSplitter.split("a", text, "en").stream().map(TextSentence::text).toList();

        assertThat(german).containsExactly("Die EU stellt 3 Mrd. Euro für den Wiederaufbau bereit.",
                "Das sagte Dr. Müller am Montag.", "Betroffen sind z. B. Dörfer im Norden, vgl. Abschnitt 4.");
        assertThat(english).containsExactly("Die EU stellt 3 Mrd.", "Euro für den Wiederaufbau bereit.",
                "Das sagte Dr. Müller am Montag.", "Betroffen sind z. B. Dörfer im Norden, vgl.", "Abschnitt 4.");
    }

    @Test
    void abbreviationsWithASpaceAndOfOtherLanguages() {
        String french = "Certains pays, p. ex. France et Italie, paient. Les autres non.";
        String spanish = "La Sra. García llegó a Madrid. Luego habló.";

        assertThat(SentenceSplitter.split("a", french, "fr")).extracting(TextSentence::text)
                .containsExactly("Certains pays, p. ex. France et Italie, paient.", "Les autres non.");
        assertThat(SentenceSplitter.split("a", french, "en")).hasSize(3);
        assertThat(SentenceSplitter.split("a", spanish, "es")).extracting(TextSentence::text)
                .containsExactly("La Sra. García llegó a Madrid.", "Luego habló.");
        assertThat(SentenceSplitter.split("a", spanish, "en")).hasSize(3);
    }

    @Test
    void languageWithoutCuesKeepsOnlyInitialsAndListNumbers() {
        String text = "Dr. Smith met J. Jones. They spoke.\n1. Item one";

        assertThat(SentenceSplitter.split("a", text, "xx")).extracting(TextSentence::text)
                .containsExactly("Dr.", "Smith met J. Jones.", "They spoke.", "1. Item one");
        assertThat(SentenceSplitter.split("a", text, null)).extracting(TextSentence::text)
                .containsExactly("Dr.", "Smith met J. Jones.", "They spoke.", "1. Item one");
        assertThat(SentenceSplitter.split("a", text, "en")).extracting(TextSentence::text)
                .containsExactly("Dr. Smith met J. Jones.", "They spoke.", "1. Item one");
    }

    @Test
    void leadEndCountsTheSentencesOfTheTextsLanguage() {
        String text = "Die EU stellt 3 Mrd. Euro bereit. Das sagte Dr. Müller. Mehr folgt.";

        assertThat(SentenceSplitter.leadEnd(text, "de", 1)).isEqualTo(text.indexOf(" Das"));
        assertThat(SentenceSplitter.leadEnd(text, "en", 1)).isEqualTo(text.indexOf(" Euro"));
    }
}
