package org.dossier.bench.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeidelTimeEngineTest {

    @Test
    void timexesArePlacedInTheTextTheyCameFrom() {
        String text = "Am Montag & am 3. März sprach er.";
        String out = "<?xml version=\"1.0\"?>\n<!DOCTYPE TimeML SYSTEM \"TimeML.dtd\">\n<TimeML>\nAm <TIMEX3 tid=\"t1\" "
                + "type=\"DATE\" value=\"2024-03-04\">Montag</TIMEX3> &amp; am <TIMEX3 tid=\"t2\" type=\"DATE\" "
                + "value=\"2024-03-03\">3. März</TIMEX3> sprach er.\n</TimeML>\n";
        assertThat(HeidelTimeEngine.timexes(text, out)).containsExactly(
                new TimexScore.Timex(3, 9, "DATE", "2024-03-04"), new TimexScore.Timex(15, 22, "DATE", "2024-03-03"));
    }

    @Test
    void runsOnTheProductClasspathWithoutATagger() {
        String text = "El pasado domingo se celebraron elecciones.";
        TimeMlDocument doc = new TimeMlDocument("d", "g", "2024-03-06", text, List.of());
        List<TimexScore.Timex> found = new HeidelTimeEngine().find(doc, "es");
        assertThat(found).extracting(TimexScore.Timex::value).contains("2024-03-03");
    }
}
