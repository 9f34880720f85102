package org.dossier.story.consolidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dossier.story.consolidate.Cues.Section;
import org.junit.jupiter.api.Test;

class CuesTest {

    private static final Cues EN = Cues.of("en");

    @Test
    void englishFileHasEverySection() {
        for (Section s : Section.values()) {
            assertThat(EN.entries(s)).as("[%s]", s.title()).isNotEmpty();
        }
    }

    @Test
    void englishFileHasTheWordsTheRulesRelyOn() {
        assertThat(EN.words(Section.STOPWORDS)).contains("the", "of", "said", "according", "s");
        assertThat(EN.words(Section.ABBREVIATIONS)).contains("mr", "dr", "e.g", "u.s", "a.m").doesNotContain("mr.");
        assertThat(EN.entries(Section.MONTHS)).hasSize(12).startsWith("January").endsWith("December");
        assertThat(EN.words(Section.MONTH_ABBREVIATIONS)).contains("jan", "sept", "dec").doesNotContain("may");
        assertThat(EN.entries(Section.WEEKDAYS)).hasSize(7);
        assertThat(EN.forms(Section.EVENT_NOUNS)).containsEntry("elections", "election")
                .containsEntry("summit", "summit").containsEntry("talks", "talks");
        assertThat(EN.forms(Section.NUMBER_WORDS)).containsEntry("four", "4").containsEntry("twelve", "12")
                .containsEntry("0", "0");
        assertThat(EN.entries(Section.PLACE_PREPOSITIONS)).first().isEqualTo("in");
    }

    @Test
    void phrasesMatchAsWholeWordsRegardlessOfCase() {
        assertThat(EN.pattern(Section.BACKGROUND).matcher("It grew three Years Ago.").find()).isTrue();
        assertThat(EN.pattern(Section.BACKGROUND).matcher("Years ago, it was small.").find()).isFalse();
        assertThat(EN.pattern(Section.DECISION).matcher("They launched a plan.").find()).isTrue();
        assertThat(EN.pattern(Section.DECISION).matcher("They relaunched a plan.").find()).isFalse();
        assertThat(EN.pattern(Section.DECISION).matcher("The signedness of numbers.").find()).isFalse();
        assertThat(EN.pattern(Section.PARTICIPATION).matcher("Ten states took \n part.").find()).isTrue();
        assertThat(EN.opening(Section.ANAPHORIC_OPENINGS).matcher("They met.").find()).isTrue();
        assertThat(EN.opening(Section.ANAPHORIC_OPENINGS).matcher("Then they met.").find()).isTrue();
        assertThat(EN.opening(Section.ANAPHORIC_OPENINGS).matcher("Theodore met them.").find()).isFalse();
    }

    @Test
    void languageWithoutFileGetsNoEnglishRules() {
        Cues none = Cues.of("xx");

        assertThat(none.isEmpty()).isTrue();
        assertThat(none.words(Section.STOPWORDS)).isEmpty();
        assertThat(none.pattern(Section.DECISION).matcher("The ministers agreed and decided.").find()).isFalse();
        assertThat(none.alternation(Section.MONTHS)).isNull();
        assertThat(Words.contentStems("the meeting of the ministers", none)).containsExactly("the", "meet", "of",
                "the", "minister");
        assertThat(Words.contentStems("the meeting of the ministers", EN)).containsExactly("meet", "minister");
    }

    @Test
    void codesAreReadInLowerCaseAndOnlyAsCodes() {
        assertThat(Cues.of("EN")).isSameAs(EN);
        assertThat(Cues.of(" en ")).isSameAs(EN);
        assertThat(Cues.of(null).isEmpty()).isTrue();
        assertThat(Cues.of("../cues/en").isEmpty()).isTrue();
        assertThat(Cues.of("en-GB").isEmpty()).isTrue();
    }

    @Test
    void eachLanguageIsLoadedOnce() {
        assertThat(Cues.of("de")).isSameAs(Cues.of("de"));
    }

    @Test
    void germanFrenchAndSpanishFilesHaveTheirOwnWords() {
        Cues de = Cues.of("de");
        Cues fr = Cues.of("fr");
        Cues es = Cues.of("es");

        assertThat(de.has(Section.MONTHS, "März")).isTrue();
        assertThat(de.has(Section.ABBREVIATIONS, "Mrd")).isTrue();
        assertThat(de.words(Section.ABBREVIATIONS)).contains("z. b", "bzw");
        assertThat(de.has(Section.STOPWORDS, "für")).isTrue();
        assertThat(de.has(Section.STOPWORDS, "the")).isFalse();
        assertThat(fr.has(Section.WEEKDAYS, "Mercredi")).isTrue();
        assertThat(fr.has(Section.STOPWORDS, "été")).isTrue();
        assertThat(es.has(Section.ABBREVIATIONS, "Sra")).isTrue();
        assertThat(es.has(Section.MONTHS, "septiembre")).isTrue();
        for (Cues c : List.of(de, fr, es)) {
            assertThat(c.words(Section.STOPWORDS)).as(c.language()).hasSizeGreaterThan(50)
                    .doesNotContain("the", "and", "said");
            assertThat(c.entries(Section.MONTHS)).as(c.language()).hasSizeGreaterThanOrEqualTo(12);
            assertThat(c.entries(Section.WEEKDAYS)).as(c.language()).hasSizeGreaterThanOrEqualTo(7);
            assertThat(c.forms(Section.EVENT_NOUNS)).as(c.language()).isEmpty();
        }
    }

    @Test
    void unknownSectionFailsNamingTheAllowedOnes() {
        assertThatThrownBy(() -> Cues.of("qaa")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cues/qaa.txt:4").hasMessageContaining("[verbs of saying]")
                .hasMessageContaining("[stopwords]").hasMessageContaining("[number words]");
    }
}
