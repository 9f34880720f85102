package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.store.StoryListing;
import org.junit.jupiter.api.Test;

class StoriesCommandTest {

    @Test
    void lineGivesIdDateRangeCountsLanguagesAndTitle() {
        assertThat(StoriesCommand.line(new StoryListing("s-1", "Ports accord", "2031-05-13", "2031-05-15", 4, 3,
                List.of("de", "en"), List.of("A", "B", "C")))).isEqualTo("s-1  2031-05-13..2031-05-15  4 articles  3 outlets  de,en  Ports accord");
    }

    @Test
    void singleDayUndatedAndSingularReadNaturally() {
        assertThat(StoriesCommand.line(new StoryListing("s-2", "One", "2031-05-13", "2031-05-13", 1, 1, List.of("fr"), List.of("Le Monde"))))
                .isEqualTo("s-2  2031-05-13  1 article  1 outlet  fr  One");
        assertThat(StoriesCommand.line(new StoryListing("s-3", "None", null, null, 2, 0, List.of(), List.of())))
                .isEqualTo("s-3  undated  2 articles  0 outlets  -  None");
    }

    @Test
    void titleIsOneLineAndAtMostAHundredCharacters() {
        String line = StoriesCommand.line(new StoryListing("s-4", "Breadcrumb > News\n\nA headline " + "x".repeat(200),
                "2031-05-13", "2031-05-13", 1, 1, List.of("en"), List.of("Wire")));
        assertThat(line).doesNotContain("\n").contains("Breadcrumb > News A headline").endsWith("…");
        assertThat(line.substring(line.indexOf("Breadcrumb"))).hasSize(100);
    }
}
