package org.dossier.bench.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.bench.quotes.RedewiedergabeSample.Type;
import org.dossier.bench.quotes.RedewiedergabeSample.Unit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedewiedergabeSampleTest {

    private static final String HEADER = "tok\tnormtok\tlemma\tpos\trfpos\tsentstart\tstwr\tframe\tspeaker\tintexpr\tnote";

    /** One token line: the token, then its stwr, speaker and intexpr columns ("-" for none). */
    private static String row(String tok, String stwr, String speaker, String cue) {
        return String.join("\t", tok, tok, tok.toLowerCase(), "X", "X", "no", stwr, "-", speaker, cue, "-");
    }

    private static RedewiedergabeSample sample(Path dir, String... rows) throws IOException {
        Path file = dir.resolve("rwk_test_1-1.tsv");
        Files.write(file, List.of(HEADER, String.join("\n", rows)), StandardCharsets.UTF_8);
        return RedewiedergabeSample.read(file);
    }

    private static String text(RedewiedergabeSample s, Unit u) {
        return s.text().substring(u.start(), u.end());
    }

    @Test
    void tokensBecomeTextWithoutBlanksInsideMarksAndBeforePunctuation(@TempDir Path dir) throws IOException {
        RedewiedergabeSample s = sample(dir,
                row("Der", "-", "speaker.1", "-"), row("Rat", "-", "speaker.1", "-"), row("sagte", "-", "-", "intexpr.1"),
                row(":", "-", "-", "-"), row("„", "direct.speech.1", "-", "-"), row("Wir", "direct.speech.1", "-", "-"),
                row("bleiben", "direct.speech.1", "-", "-"), row(".", "direct.speech.1", "-", "-"),
                row("“", "direct.speech.1", "-", "-"), row("Man", "-", "-", "-"), row("las", "-", "-", "-"),
                row("\"", "-", "-", "-"), row("Die", "-", "-", "-"), row("Zeit", "-", "-", "-"), row("\"", "-", "-", "-"),
                row(".", "-", "-", "-"));

        assertThat(s.text()).isEqualTo("Der Rat sagte: „Wir bleiben.“ Man las \"Die Zeit\".");
        assertThat(s.units()).hasSize(1);
        Unit u = s.units().get(0);
        assertThat(u.type()).isEqualTo(Type.DIRECT);
        assertThat(text(s, u)).isEqualTo("„Wir bleiben.“");
        assertThat(u.speaker()).isEqualTo("Der Rat");
        assertThat(u.cue()).isEqualTo("sagte");
        assertThat(u.medium()).isEqualTo("speech");
    }

    @Test
    void eachRunOfAnAnnotationIsOneUnitAtEveryLevel(@TempDir Path dir) throws IOException {
        RedewiedergabeSample s = sample(dir,
                row("Wir", "direct.speech.2", "-", "-"), row("gehen", "direct.speech.2", "-", "-"),
                row(",", "-", "-", "-"), row("rief", "-", "-", "intexpr.2"), row("er", "-", "speaker.2_3", "-"),
                row(",", "-", "-", "-"), row("weil", "direct.speech.2|indirect_freeIndirect.thought.3", "-", "-"),
                row("es", "direct.speech.2|indirect_freeIndirect.thought.3", "-", "-"),
                row("spät", "direct.speech.2|indirect_freeIndirect.thought.3", "-", "-"),
                row("sei", "direct.speech.2|indirect_freeIndirect.thought.3", "-", "-"),
                row(".", "-", "-", "-"), row("Vielleicht", "freeIndirect.thought.4", "-", "-"),
                row("morgen", "freeIndirect.thought.4", "-", "-"), row("Bericht", "reported.writing.5", "-", "-"));

        assertThat(s.units()).extracting(u -> u.type() + " " + text(s, u) + " / " + u.speaker()).containsExactly(
                "DIRECT Wir gehen / er",
                "DIRECT weil es spät sei / er",
                "INDIRECT weil es spät sei / er",
                "REPORTED Bericht / null");
    }

    @Test
    void theHalvesDependOnTheFileNameOnlyAndMixNeighbours() {
        assertThat(RedewiedergabeSample.heldOut("rwk_mkhz_83-1.tsv")).isEqualTo(RedewiedergabeSample.heldOut("rwk_mkhz_83-1.tsv"));
        List<Boolean> halves = java.util.stream.IntStream.rangeClosed(1, 20)
                .mapToObj(n -> RedewiedergabeSample.heldOut("rwk_mkhz_" + n + "-1.tsv")).toList();
        assertThat(halves).contains(true, false);
    }

    @Test
    void everySharedSampleReadsIntoUnitsInsideItsText() {
        String shared = System.getProperty("dossier.shared", System.getenv("DOSSIER_SHARED"));
        Path dir = Path.of(shared == null ? "../shared" : shared, "bench", "quotes-de", "redewiedergabe");
        if (!Files.isDirectory(dir)) {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("the German quotes bench is missing: " + dir.toAbsolutePath());
            }
            Assumptions.abort("no German quotes bench at " + dir.toAbsolutePath());
        }
        List<Path> files = RedewiedergabeSample.files(dir);
        assertThat(files).isNotEmpty();
        long heldOut = files.stream().filter(f -> RedewiedergabeSample.heldOut(f.getFileName().toString())).count();
        // A fair split: neither half holds less than a third of the samples.
        assertThat(heldOut).isBetween(files.size() / 3L, files.size() - files.size() / 3L);
        int[] byType = new int[Type.values().length];
        for (Path f : files) {
            RedewiedergabeSample s = RedewiedergabeSample.read(f);
            assertThat(s.text()).as(f.toString()).isNotBlank();
            for (Unit u : s.units()) {
                assertThat(u.start()).as(f.toString()).isGreaterThanOrEqualTo(0).isLessThan(u.end());
                assertThat(u.end()).as(f.toString()).isLessThanOrEqualTo(s.text().length());
                assertThat(text(s, u)).as(f.toString()).isEqualTo(text(s, u).strip());
                byType[u.type().ordinal()]++;
            }
        }
        for (Type t : Type.values()) {
            assertThat(byType[t.ordinal()]).as(t.name()).isPositive();
        }
    }
}
