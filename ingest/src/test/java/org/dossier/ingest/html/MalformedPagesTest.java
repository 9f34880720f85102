package org.dossier.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Odd and broken pages, kept as regression files, must never make extraction throw. */
class MalformedPagesTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    private static byte[] bytes(String name) {
        try (InputStream in = MalformedPagesTest.class.getResourceAsStream("/html/malformed/" + name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each regression file and the body text it must yield, read from the file. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unclosed-tags.html | First paragraph with bold and italic text that never closes, and the sentence goes on"
                + " long enough to look like real content.",
        "stray-end-tags.html | Text before any html element, long enough to count as a paragraph of an article, with"
                + " a comma, and a full stop.\\n\\nA second html element and a second body element.",
        "broken-json-ld.html | The structured data of this page is broken, and the date in its meta tag is not a"
                + " date at all, yet the text must come out.",
        "unterminated-comment-and-script.html | Visible text before an unterminated comment, long enough to be taken"
                + " for the article body of this page.",
        "binary-junk.html | Binary junk\uFFFD( and invalid UTF-8 \uFFFD sequences around a paragraph that is long"
                + " enough, with a comma, to be taken for the body of an article.",
    })
    void malformedPageDoesNotThrowAndYieldsItsBodyText(String name, String body) {
        ExtractedPage page = extractor.extract(bytes(name), null);

        assertThat(page.text()).isEqualTo(body.replace("\\n", "\n"));
    }

    @Test
    void textSurvivesUnclosedTagsAndBrokenStructuredData() {
        assertThat(extractor.extract(bytes("unclosed-tags.html"), null).text())
                .contains("First paragraph with bold and italic text that never closes");
        ExtractedPage broken = extractor.extract(bytes("broken-json-ld.html"), null);
        assertThat(broken.text()).contains("The structured data of this page is broken");
        assertThat(broken.published()).isNull();
        assertThat(broken.warnings()).containsExactly("article:published_time \"not a date\" is no date; ignored");
    }

    @Test
    void deeplyNestedElementsDoNotOverflowTheStack() {
        String html = "<div>".repeat(5_000) + "<p>Deep down there is a paragraph, long enough to be content, "
                + "with a comma and a full stop.</p>" + "</div>".repeat(5_000);

        assertThatCode(() -> extractor.extract(html, null)).doesNotThrowAnyException();
    }
}
