package org.dossier.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class WordListsTest {

    private static final Set<String> SECTIONS = Set.of("colours", "sizes");

    private static WordLists lists(String language) {
        return WordLists.of(WordListsTest.class, "lists", language, SECTIONS);
    }

    @Test
    void sectionsGatherTheirEntriesWithoutComments() {
        WordLists qaa = lists("qaa");

        assertThat(qaa.language()).isEqualTo("qaa");
        assertThat(qaa.entries("colours")).containsExactly("Red", "green", "blue");
        assertThat(qaa.words("colours")).containsExactlyInAnyOrder("red", "green", "blue");
        assertThat(qaa.words("sizes")).isEmpty();
        assertThat(qaa.isEmpty()).isFalse();
    }

    @Test
    void languageWithoutFileHasEmptyLists() {
        for (String language : new String[] {"xx", null, "../lists/qaa", "en-GB"}) {
            WordLists none = lists(language);
            assertThat(none.isEmpty()).as(language).isTrue();
            assertThat(none.words("colours")).as(language).isEmpty();
        }
    }

    @Test
    void codesAreReadInLowerCaseAndLoadedOnce() {
        assertThat(lists("QAA")).isSameAs(lists("qaa"));
    }

    @Test
    void undeclaredSectionsFailNamingTheAllowedOnes() {
        assertThatThrownBy(() -> lists("qab")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lists/qab.txt:4").hasMessageContaining("[shapes]")
                .hasMessageContaining("colours").hasMessageContaining("sizes");
        assertThatThrownBy(() -> lists("qaa").words("shapes")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shapes");
    }
}
