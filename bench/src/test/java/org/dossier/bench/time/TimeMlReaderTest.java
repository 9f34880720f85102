package org.dossier.bench.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeMlReaderTest {

    private static TimeMlDocument sample() throws Exception {
        return new TimeMlReader().read(resource("time/sample.tml"), "test");
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(TimeMlReaderTest.class.getClassLoader().getResource(name).toURI());
    }

    @Test
    void goldOffsetsPointIntoTheStrippedText() throws Exception {
        TimeMlDocument doc = sample();
        assertThat(doc.dct()).isEqualTo("2021-06-28");
        assertThat(doc.text()).contains("Rome & agreed").doesNotContain("<");
        assertThat(doc.timexes()).extracting(t -> doc.text().substring(t.start(), t.end()))
                .containsExactly("today", "2022", "seven years");
        assertThat(doc.timexes()).extracting(TimeMlDocument.GoldTimex::value)
                .containsExactly("2021-06-28", "2022", "P7Y");
    }

    @Test
    void relaxedMatchesCountValuesAndStrictNeedsTheExactSpan() throws Exception {
        TimeMlDocument doc = sample();
        List<TimexScore.Timex> gold = doc.timexes().stream()
                .map(g -> new TimexScore.Timex(g.start(), g.end(), g.type(), g.value())).toList();
        TimexScore.Timex today = gold.get(0);
        TimexScore.Timex years = gold.get(2);
        List<TimexScore.Timex> system = List.of(
                today,
                new TimexScore.Timex(years.start() - 4, years.end(), "DURATION", "P7Y"),
                new TimexScore.Timex(1, 4, "DATE", "2020"));
        List<TimexScore.Error> errors = new ArrayList<>();
        TimexScore score = TimexScore.score(gold, system, errors);
        assertThat(score.strict()).isEqualTo(1);
        assertThat(score.relaxed()).isEqualTo(2);
        assertThat(score.valueCorrect()).isEqualTo(2);
        assertThat(score.valueF1()).isEqualTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(errors).hasSize(2); // the missed 2022 and the spurious 2020
    }
}
