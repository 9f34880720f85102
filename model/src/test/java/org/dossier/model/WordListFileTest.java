package org.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordListFileTest {

    private static ByteArrayInputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void sectionsHoldTheirEntriesInFileOrderWithoutCommentsAndWithSpacesRunTogether() {
        Map<String, List<String>> read = WordListFile.read(text("# verbs first\n[verbs]\nsaid\nwent   on  # two words\n\n"
                + "[titles]\nminister\n[verbs]\nadded\n"), "t.txt", (title, where) -> title);
        assertThat(read).containsOnlyKeys("verbs", "titles");
        assertThat(read.get("verbs")).containsExactly("said", "went on", "added");
        assertThat(read.get("titles")).containsExactly("minister");
    }

    @Test
    void anEntryBeforeAnySectionAndAnUnknownSectionNameTheirLine() {
        assertThatThrownBy(() -> WordListFile.read(text("# none yet\nsaid\n"), "t.txt", (title, where) -> title))
                .hasMessageContaining("t.txt:2").hasMessageContaining("entry before any section");
        assertThatThrownBy(() -> WordListFile.read(text("[verbs]\nsaid\n[colours]\n"), "t.txt", (title, where) -> {
            if (!title.equals("verbs")) {
                throw new IllegalStateException(where + ": unknown section [" + title + "]");
            }
            return title;
        })).hasMessageContaining("t.txt:3: unknown section [colours]");
    }
}
