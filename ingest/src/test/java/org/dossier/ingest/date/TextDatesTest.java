package org.dossier.ingest.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextDatesTest {

    @Test
    void stampInTheHeadGivesTheDate() {
        assertThat(TextDates.find(List.of("Some headline about the talks", "Updated: 4 June 2020, 10:12"), null))
                .contains("2020-06-04T10:12");
    }

    @Test
    void headlineNamingADateIsNotAStamp() {
        List<String> head = List.of("What the ministers decided on 4 June 2020 in The Hague about the coalition");
        assertThat(TextDates.find(head, "The ministers met again. Nothing was decided.")).isEmpty();
    }

    @Test
    void datelineOpeningTheFirstParagraphGivesTheDate() {
        assertThat(TextDates.find(List.of(), "ROME, June 28, 2021 (AP) - Ministers of the coalition met on Monday."))
                .contains("2021-06-28");
        assertThat(TextDates.find(List.of(), "Berlin, 4. Juni 2020 – Die Minister trafen sich am Donnerstag."))
                .contains("2020-06-04");
    }

    @Test
    void dateMentionedInTheBodyIsNotThePublicationDate() {
        assertThat(TextDates.find(List.of(), "On June 4, 2020, ministers met: the talks went well.")).isEmpty();
        assertThat(TextDates.find(List.of(), "The last meeting took place in Washington on 6 February 2019 - before the pandemic."))
                .isEmpty();
    }
}
