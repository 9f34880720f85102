package org.dossier.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {

    @Test
    void englishFileHoldsTheWordsTheRulesRelyOn() {
        Lexicon en = Lexicon.of("en");

        assertThat(en.speechVerbs).contains("say", "tweet", "point", "echo").hasSize(110);
        assertThat(en.needsParticle).containsExactlyInAnyOrder("point", "go", "begin", "put", "shoot", "fire", "hit",
                "push", "chime");
        assertThat(en.speechVerbs).containsAll(en.needsParticle);
        assertThat(en.reportingVerbs).contains("say", "warn", "report").hasSize(56);
        assertThat(en.titles).contains("secretary", "secretary-general", "dr.", "sheikh").hasSize(103);
        assertThat(en.personPronouns).containsExactlyInAnyOrder("he", "she");
        assertThat(en.otherPronouns).containsExactlyInAnyOrder("they", "we", "i", "you", "it", "who", "which");
        assertThat(en.determiners).contains("the", "another").hasSize(12);
        assertThat(en.saidForms).containsExactlyInAnyOrder("said", "says");
        assertThat(en.accordingPhrases).containsExactly(List.of("according", "to"));
        assertThat(en.opinionOpenings).containsExactly(List.of("for"));
        assertThat(en.phraseLinks).containsExactlyInAnyOrder("of", "and", "the", "for");
        assertThat(en.particlePhrases).containsExactly("put it");
        assertThat(en.isSpeechLemma("Say")).isTrue();
        assertThat(en.isSpeechLemma(null)).isFalse();
    }

    @Test
    void languageWithoutFileHasNoEnglishWords() {
        Lexicon none = Lexicon.of("xx");

        assertThat(none.speechVerbs).isEmpty();
        assertThat(none.titles).isEmpty();
        assertThat(none.personPronouns).isEmpty();
        assertThat(none.isSpeechLemma("say")).isFalse();
        assertThat(none.saidForms).isEmpty();
        assertThat(none.accordingPhrases).isEmpty();
        assertThat(none.complementisers).isEmpty();
        assertThat(Lexicon.of("de").speechVerbs).doesNotContain("say");
    }
}
