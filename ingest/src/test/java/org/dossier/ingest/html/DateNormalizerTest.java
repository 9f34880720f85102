package org.dossier.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateNormalizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2019-11-20|2019-11-20",
            "2019-11-20T10:05:00+0100|2019-11-20T10:05:00+01:00",
            "2019-11-20T10:05+01:00|2019-11-20T10:05:00+01:00",
            "2019-11-20 10:05:07|2019-11-20T10:05:07",
            "2019-11-20T10:05:07.123Z|2019-11-20T10:05:07.123Z",
            "Wed, 20 Nov 2019 10:05:07 GMT|2019-11-20T10:05:07Z",
            "20191120|2019-11-20"})
    void metadataDatesBecomeIsoKeepingTheOffset(String raw, String iso) {
        assertThat(DateNormalizer.normalize(raw)).isEqualTo(iso);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"yesterday", "2019-13-45", "''", "2021-02-30", "2021-06-28T25:61:61Z",
            "+10000-01-01", "-0044-03-15", "-0044-03-15T12:00:00Z"})
    void textWithoutAValidDateGivesNull(String raw) {
        assertThat(DateNormalizer.normalize(raw)).isNull();
    }
}
