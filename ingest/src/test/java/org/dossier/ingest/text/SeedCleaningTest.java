package org.dossier.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.dossier.ingest.Seeds;
import org.junit.jupiter.api.Test;

/**
 * The five seed crawls come out clean with their bodies whole. Each test names the seed's lines by
 * number (as an editor shows them) rather than copying the licensed text: the body lines must be
 * exactly the cleaned paragraphs, in order, and every furniture line must be gone.
 */
class SeedCleaningTest {

    @Test
    void pressReleaseStampIsDroppedAndHeadlineBecomesTitle() throws IOException {
        Cleaned seed = clean("000");
        seed.assertTitleIsLine(3);
        seed.assertBodyIsLines(5, 7, 9, 11, 13);
        seed.assertNoiseLinesAbsent(1);
        assertThat(seed.text).startsWith("On Monday 28 June, Deputy Prime Minister");
        assertThat(seed.text).endsWith("their ownership of the strategy will be essential.\"");
    }

    @Test
    void pageTitleLinkBreadcrumbsStampAndOverviewAreDropped() throws IOException {
        Cleaned seed = clean("001");
        // The page title (line 1) ends in the site's name; the article's own headline is line 14.
        seed.assertTitleIsLine(14);
        seed.assertBodyIsLines(18, 20, 22, 24, 26, 28);
        seed.assertNoiseLinesAbsent(1, 3, 5, 7, 9, 10, 11, 12, 16, 30);
        assertThat(seed.text).startsWith("Following a virtual meeting of the Global Coalition");
        assertThat(seed.text).endsWith("Small Group can be found here.");
        assertThat(seed.text).doesNotContain("<u>", "</u>");
    }

    @Test
    void moreInformationLinkAndDisclaimerAreDroppedWithoutHeadline() throws IOException {
        Cleaned seed = clean("002");
        assertThat(seed.cleaned.title()).isNull();
        seed.assertBodyIsLines(1, 5, 7, 9, 11, 13, 15, 17);
        seed.assertNoiseLinesAbsent(3, 19);
        assertThat(seed.text).startsWith("The International Coalition against the Islamic State (ISIS)");
        assertThat(seed.text).endsWith("the situation has worsened ”.");
    }

    @Test
    void statusStampBylineAndSourceLinkAreDroppedSubheadingsStay() throws IOException {
        Cleaned seed = clean("003");
        seed.assertTitleIsLine(1);
        seed.assertBodyIsLines(6, 11, 13, 15, 17, 19, 21, 23, 25, 27);
        seed.assertNoiseLinesAbsent(4, 8, 9, 31);
        assertThat(seed.text).startsWith("83 states form a coalition against the terrorist militia IS.");
        assertThat(seed.text).endsWith("agreed to support the African states in combating IS.");
    }

    @Test
    void commentWidgetsAuthorBioAndErrorReportAreDropped() throws IOException {
        Cleaned seed = clean("004");
        seed.assertTitleIsLine(1);
        seed.assertBodyIsLines(3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23);
        seed.assertNoiseLinesAbsent(25, 27, 29, 31, 32, 33, 34, 35, 37, 39);
        assertThat(seed.text).startsWith("It is necessary to support the military potential, the US Secretary of State noted.");
        assertThat(seed.text).endsWith("We are working on it,” he added.");
    }

    @Test
    void titleIsNeverRepeatedInText() throws IOException {
        for (Path seed : Seeds.texts()) {
            CleanedText cleaned = PlainTextCleaner.clean(Files.readString(seed));
            if (cleaned.title() != null) {
                assertThat(cleaned.text()).as(seed.getFileName().toString()).doesNotContain(cleaned.title());
            }
        }
    }

    private static Cleaned clean(String prefix) throws IOException {
        Path path = Seeds.text(prefix);
        return new Cleaned(Seeds.lines(path), PlainTextCleaner.clean(Files.readString(path)));
    }

    private static final class Cleaned {
        final List<String> lines;
        final CleanedText cleaned;
        final String text;
        final List<String> paragraphs;

        Cleaned(List<String> lines, CleanedText cleaned) {
            this.lines = lines;
            this.cleaned = cleaned;
            this.text = cleaned.text();
            this.paragraphs = Arrays.asList(text.split("\n\n"));
        }

        /** Line {@code n} (1-based) as the cleaner must keep it: trimmed, crawler underline tags removed. */
        String line(int n) {
            return lines.get(n - 1).strip().replaceAll("</?u>", "");
        }

        void assertTitleIsLine(int n) {
            assertThat(cleaned.title()).isEqualTo(line(n));
        }

        void assertBodyIsLines(int... numbers) {
            List<String> expected = IntStream.of(numbers).mapToObj(this::line).toList();
            assertThat(paragraphs).containsExactlyElementsOf(expected);
        }

        void assertNoiseLinesAbsent(int... numbers) {
            for (int n : numbers) {
                String noise = line(n);
                assertThat(paragraphs).as("line %d", n).doesNotContain(noise);
                if (noise.length() >= 12) {
                    assertThat(text).as("line %d", n).doesNotContain(noise);
                }
            }
        }
    }
}
