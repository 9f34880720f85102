package org.dossier.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Odd and broken pages, kept as regression files, must never make extraction throw. */
class MalformedPagesTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    static Stream<String> regressionFiles() {
        return Stream.of("unclosed-tags.html", "stray-end-tags.html", "broken-json-ld.html",
                "unterminated-comment-and-script.html", "binary-junk.html");
    }

    private static byte[] bytes(String name) {
        try (InputStream in = MalformedPagesTest.class.getResourceAsStream("/html/malformed/" + name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("regressionFiles")
    void malformedPageDoesNotThrowAndYieldsText(String name) {
        ExtractedPage page = extractor.extract(bytes(name), null);

        assertThat(page.text()).isNotNull().doesNotContain("<p>", "document.write");
    }

    @Test
    void textSurvivesUnclosedTagsAndBrokenStructuredData() {
        assertThat(extractor.extract(bytes("unclosed-tags.html"), null).text())
                .contains("First paragraph with bold and italic text that never closes");
        ExtractedPage broken = extractor.extract(bytes("broken-json-ld.html"), null);
        assertThat(broken.text()).contains("The structured data of this page is broken");
        assertThat(broken.published()).isNull();
    }

    @Test
    void deeplyNestedElementsDoNotOverflowTheStack() {
        String html = "<div>".repeat(5_000) + "<p>Deep down there is a paragraph, long enough to be content, "
                + "with a comma and a full stop.</p>" + "</div>".repeat(5_000);

        assertThatCode(() -> extractor.extract(html, null)).doesNotThrowAnyException();
    }
}
