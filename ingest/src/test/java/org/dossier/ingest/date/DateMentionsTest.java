package org.dossier.ingest.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateMentionsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "04.06.2020 - Press release | 2020-06-04",
        "Status: 06/28/2021 4:30 a.m. | 2021-06-28T04:30",
        "Updated 28/06/2021 | 2021-06-28",
        "June 4, 2020 | 2020-06-04",
        "Published Jun. 4th, 2020 at 9:05 pm | 2020-06-04T21:05",
        "4 June 2020 | 2020-06-04",
        "2020-06-04 | 2020-06-04",
        "2021-06-28T04:30:00+02:00 | 2021-06-28T04:30",
        "Stand: 12.05.2022 14:03 Uhr | 2022-05-12T14:03",
        "4. Juni 2020, 16.30 Uhr | 2020-06-04T16:30",
        "28 juin 2021 | 2021-06-28",
        "28 de junio de 2021 | 2021-06-28",
        "28 giugno 2021 | 2021-06-28",
        "28 июня 2021 | 2021-06-28",
        "28 czerwca 2021 | 2021-06-28",
    })
    void readsWrittenDatesInTheirUsualForms(String line, String iso) {
        List<DateMention> mentions = DateMentions.in(line);
        assertThat(mentions).isNotEmpty();
        assertThat(mentions.get(0).iso()).isEqualTo(iso);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "On Monday 28 June ministers met",
        "31.02.2021",
        "Version 1.2.2020a",
        "It cost 10.000 euros in 2021",
        "Mayor May 2020",
    })
    void ignoresIncompleteOrImpossibleDates(String line) {
        assertThat(DateMentions.in(line)).isEmpty();
    }
}
