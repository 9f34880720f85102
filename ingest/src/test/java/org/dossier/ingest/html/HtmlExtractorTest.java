package org.dossier.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    static String resource(String name) {
        try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("/html/" + name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void jsonLdArticleGivesHeadlineDateAuthorsAndPublisher() {
        String html = """
                <html lang="de"><head><title>Generic title - Site</title>
                <meta property="og:updated_time" content="2023-05-02T08:00:00Z">
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "Rheinblatt"},
                  {"@type": "NewsArticle", "headline": "Fähre fährt wieder",
                   "datePublished": "2023-05-01T07:15:00+0200",
                   "author": [{"@type": "Person", "name": "Jana Roth"}, {"@type": "Person", "name": "Ole Berg"}],
                   "publisher": {"@type": "Organization", "name": "Rheinblatt"}}]}
                </script></head><body><p>Text.</p></body></html>""";

        ExtractedPage page = extractor.extract(html, "https://rheinblatt.example/a/1");

        assertThat(page.title()).isEqualTo("Fähre fährt wieder");
        assertThat(page.published()).isEqualTo("2023-05-01T07:15:00+02:00");
        assertThat(page.author()).isEqualTo("Jana Roth, Ole Berg");
        assertThat(page.outlet()).isEqualTo("Rheinblatt");
        assertThat(page.url()).isEqualTo("https://rheinblatt.example/a/1");
        assertThat(page.language()).isEqualTo("de");
    }

    @Test
    void articlePublishedTimeWinsOverTimeElementAndModifiedTime() {
        String html = """
                <html><head>
                <meta property="og:updated_time" content="2022-01-09T10:00:00Z">
                <meta property="article:published_time" content="2022-01-08T18:45:10-05:00">
                </head><body><time datetime="2021-12-31">old</time></body></html>""";

        assertThat(extractor.extract(html, null).published()).isEqualTo("2022-01-08T18:45:10-05:00");
    }

    @Test
    void timeElementDatesAPageWithoutMetaDates() {
        String html = "<html><body><article><time datetime=\"2020-02-29\">29 Feb</time><p>x</p></article></body></html>";

        assertThat(extractor.extract(html, null).published()).isEqualTo("2020-02-29");
    }

    @Test
    void openGraphTitleLosesSiteNameSuffixAndCanonicalLinkGivesUrl() {
        ExtractedPage page = extractor.extract(resource("boilerplate-article.html"), "file:///saved/page.html");

        assertThat(page.title()).isEqualTo("Harbour bridge reopens after two-year repair");
        assertThat(page.outlet()).isEqualTo("The Coastal Courier");
        assertThat(page.url()).isEqualTo("https://courier.example/news/harbour-bridge-reopens");
        assertThat(page.published()).isEqualTo("2024-03-14T09:30:00+00:00");
        assertThat(page.author()).isEqualTo("Mara Lindqvist");
        assertThat(page.language()).isEqualTo("en");
    }

    @Test
    void titleTagSuffixNamingTheSiteIsDropped() {
        String html = "<html><head><title>Council votes on cycle lanes | Coastal Courier</title>"
                + "<meta property=\"og:site_name\" content=\"Coastal Courier\"></head><body></body></html>";

        assertThat(extractor.extract(html, null).title()).isEqualTo("Council votes on cycle lanes");
    }

    @Test
    void titleDashThatIsPartOfTheHeadlineStays() {
        String html = "<html><head><title>Spain - Russia: a comeback at 2 a.m.</title>"
                + "<meta property=\"og:site_name\" content=\"Sportblatt\"></head><body></body></html>";

        assertThat(extractor.extract(html, null).title()).isEqualTo("Spain - Russia: a comeback at 2 a.m.");
    }

    @Test
    void boilerplateAroundTheArticleIsRemoved() {
        String text = extractor.extract(resource("boilerplate-article.html"), null).text();

        assertThat(text).startsWith("The harbour bridge reopened to traffic on Thursday morning")
                .contains("at a cost of 38 million euros")
                .contains("the new traffic lights at both ends have been tested")
                .endsWith("as residents of the quay have asked.");
        assertThat(text).doesNotContain("cookies", "Accept all", "Sport", "Share on Facebook", "Email this article",
                "transport correspondent", "Get the morning briefing", "free newsletter",
                "covered transport and city planning", "Related stories", "Ferry timetable", "comments",
                "It took them long enough", "Most read", "All rights reserved", "Privacy policy");
    }

    @Test
    void paragraphsAreSeparatedByBlankLinesHeadingsStandAloneAndListItemsAreLines() {
        String text = extractor.extract(resource("boilerplate-article.html"), null).text();

        assertThat(text).contains("slightly below the original estimate.\n\nBuses return first\n\nThree bus lines");
        assertThat(text).contains("have been tested.\n\nLine 4 returns to its old route.\nLine 9 runs every ten minutes.\n"
                + "Line 12 stops at the ferry terminal again.\n\n\"We are relieved");
        assertThat(text).doesNotContain("Harbour bridge reopens after two-year repair");
    }

    @Test
    void declaredWindows1252CharsetIsHonoured() {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                + "</head><body><article><p>Der Bürgermeister eröffnete das Café „Zur Brücke“ – "
                + "mit Grüßen an alle, die über Jahre dafür gekämpft hatten, und einem Fest am Ufer.</p>"
                + "</article></body></html>";
        byte[] bytes = html.getBytes(Charset.forName("windows-1252"));

        String text = extractor.extract(bytes, null).text();

        assertThat(text).contains("Der Bürgermeister eröffnete das Café „Zur Brücke“ – mit Grüßen");
    }

    @Test
    void metaCharsetLatin1MeansWindows1252AndUndeclaredMeansUtf8() {
        String body = "<body><p>Une journée à Besançon, où l’été dure, avec des cafés pleins de monde "
                + "et des terrasses animées jusqu’à minuit.</p></body>";
        byte[] latin = ("<html><head><meta charset=\"ISO-8859-1\"></head>" + body).getBytes(Charset.forName("windows-1252"));
        byte[] utf8 = ("<html><head></head>" + body).getBytes(StandardCharsets.UTF_8);

        assertThat(extractor.extract(latin, null).text()).contains("Une journée à Besançon, où l’été dure");
        assertThat(extractor.extract(utf8, null).text()).contains("Une journée à Besançon, où l’été dure");
    }

    @Test
    void pageWithoutAnArticleGivesEmptyText() {
        String html = "<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/a'>About</a></li></ul></nav>"
                + "<footer>© 2024 Example</footer></body></html>";

        ExtractedPage page = extractor.extract(html, null);

        assertThat(page.text()).isEmpty();
        assertThat(extractor.extract("", null).text()).isEmpty();
        assertThat(extractor.extract(new byte[0], null).text()).isEmpty();
    }

    @Test
    void jsonLdArticleBodyRescuesLinesTooShortToLookLikeContent() {
        List<String> lines = List.of("Water rose all night long", "Residents left by boat at dawn",
                "The school hall became a shelter", "Pumps arrived from two towns");
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\""
                + String.join(" ", lines) + " " + String.join(" ", lines) + "\"}</script></head><body>"
                + "<div>" + lines.stream().map(l -> "<p>" + l + "</p>").collect(Collectors.joining()) + "</div>"
                + "<div>" + lines.stream().map(l -> "<p>" + l + "</p>").collect(Collectors.joining()) + "</div>"
                + "</body></html>";
        String withoutHint = html.replace("NewsArticle", "Thing").replace("articleBody", "description");

        assertThat(extractor.extract(html, null).text()).contains(String.join("\n\n", lines));
        assertThat(extractor.extract(withoutHint, null).text()).isEmpty();
    }
}
