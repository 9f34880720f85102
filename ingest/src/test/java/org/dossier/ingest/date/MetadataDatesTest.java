package org.dossier.ingest.date;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MetadataDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2021-06-28 | 2021-06-28",
        "2021-06-28T04:30:00+02:00 | 2021-06-28T04:30:00+02:00",
        "2021-06-28T04:30+02:00 | 2021-06-28T04:30:00+02:00",
        "2021-06-28T02:30:00.123Z | 2021-06-28T02:30:00Z",
        "2021-06-28T04:30 | 2021-06-28T04:30",
        "2021-06-28 04:30:15 | 2021-06-28T04:30:15",
        "Mon, 28 Jun 2021 04:30:00 +0200 | 2021-06-28T04:30:00+02:00",
        "2021-06 | 2021-06",
        "2021 | 2021",
        "1624847400 | 2021-06-28T02:30:00Z",
        "June 28, 2021 | 2021-06-28",
        "28.06.2021 | 2021-06-28",
    })
    void normalisesToIso(String given, String iso) {
        assertThat(MetadataDates.normalize(given)).contains(iso);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "yesterday", "2021-13-45", "2021-02-30", "2021-02-29", "n/a",
        "+10000-01-01", "-0044-03-15",
        "2021-06-28T25:61:61Z", "2021-06-28T25:61:61", "+10000-01-01T00:00:00Z"})
    void unreadableValuesGiveNothing(String given) {
        assertThat(MetadataDates.normalize(given)).isEmpty();
    }
}
