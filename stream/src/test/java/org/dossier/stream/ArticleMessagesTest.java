package org.dossier.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Problem;
import org.dossier.model.PublishedSource;
import org.junit.jupiter.api.Test;

class ArticleMessagesTest {

    private final ArticleMessages messages = new ArticleMessages(1_000);
    private final List<Problem> warnings = new ArrayList<>();

    @Test
    void publishedArticleIsReadBackAsItWasRead() {
        Article article = new Article("a-0123456789abcdef", "in/one.txt", "https://example.org/1", "Example",
                "A headline", "en", "2031-05-14", PublishedSource.TEXT,
                "BRUSSELS, 14 May 2031 - Ministers met.\n\nThey agreed.", null);
        ArticleMessages.Decoded decoded = messages.decode("t/0@0", ArticleMessages.encode(article), warnings);
        assertThat(decoded.reason()).isNull();
        assertThat(decoded.article()).isEqualTo(article);
    }

    @Test
    void objectWithoutAnIdIsReadAsAPostedJsonFile() {
        byte[] value = "{\"text\": \"Ministers met in Brussels on Tuesday.\", \"language\": \"en\"}"
                .getBytes(StandardCharsets.UTF_8);
        Article article = messages.decode("t/0@1", value, warnings).article();
        assertThat(article.id()).startsWith("a-").hasSize(18);
        assertThat(article.file()).isNull();
        assertThat(article.text()).isEqualTo("Ministers met in Brussels on Tuesday.");
        assertThat(messages.decode("t/0@2", value, warnings).article().id()).isEqualTo(article.id());
    }

    @Test
    void malformedMessagesHaveTheirReason() {
        assertThat(reason("no JSON at all")).startsWith("malformed JSON");
        assertThat(reason("[1, 2]")).isEqualTo("expected a JSON object, found an array");
        assertThat(reason("{\"title\": \"t\"}")).isEqualTo("no \"text\" or \"html\" key");
        assertThat(reason("{\"text\": \"" + "x".repeat(2_000) + "\"}")).startsWith("too large: 2012 bytes");
        assertThat(messages.decode("t/0@3", null, warnings).reason()).isEqualTo("no value");
    }

    private String reason(String value) {
        ArticleMessages.Decoded decoded = messages.decode("t/0@9", value.getBytes(StandardCharsets.UTF_8), warnings);
        assertThat(decoded.article()).isNull();
        return decoded.reason();
    }
}
