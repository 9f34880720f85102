package org.dossier.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Article;
import org.dossier.model.Dossier;
import org.dossier.model.Story;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The terminal, Markdown and the HTML export give every source the same citation number. */
class CitationNumbersTest {

    private static final Pattern MARK = Pattern.compile("\\[(\\d+|\\?)[a-z]?]");

    @Test
    void everyOutputCitesTheRomeSummaryWithTheSameNumbers() {
        assertSameNumbers(RenderFixture.romeDossier());
    }

    @Test
    void aSourceWithoutTitleIsNamedByOutletUrlOrFileNeverById() {
        Article bare = new Article("a-9f3e", "in/reports/port-deal.txt", null, null, null, "en", null, null, "x", null);
        Article linked = new Article("a-77aa", null, "https://example.org/n/1", null, null, "en", null, null, "x", null);
        Article nothing = new Article("a-0c0c", null, null, null, null, "en", null, null, "x", null);

        assertThat(SourceList.name(bare)).isEqualTo("port-deal.txt");
        assertThat(SourceList.name(linked)).isEqualTo("https://example.org/n/1");
        assertThat(SourceList.name(nothing)).doesNotContain("a-0c0c");
        Story s = new Story("s", "t", List.of("a-0c0c"), null, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
        assertThat(new SourceList(s, List.of(nothing)).describe(nothing)).doesNotContain("a-0c0c");
    }

    /** Asserts that each output numbers the sources of the one story of {@code d} as {@link SourceList} does. */
    static void assertSameNumbers(Dossier d) {
        Story story = d.stories().get(0);
        SourceList sources = new SourceList(story, d.articles());
        String terminal = new TerminalRenderer().render(story, d.articles());
        String markdown = new MarkdownRenderer().render(d);
        Document html = Jsoup.parse(new HtmlRenderer().render(d));

        // The source lists: the n-th source is the same article everywhere.
        List<Element> listed = html.select("ol.sources > li");
        assertThat(listed).hasSize(sources.articles().size());
        String flatTerminal = terminal.replaceAll("\\s+", " ");
        for (int i = 0; i < listed.size(); i++) {
            Article a = sources.articles().get(i);
            int n = i + 1;
            assertThat(sources.number(a.id())).isEqualTo(n);
            assertThat(listed.get(i).select(".meta").text()).isEqualTo(sources.describe(a));
            assertThat(listed.get(i).select("a").attr("href")).isEqualTo("#" + HtmlRenderer.id("article-" + a.id()));
            assertThat(flatTerminal).contains("[" + n + "] " + sources.describe(a).replaceAll("\\s+", " "));
            assertThat(markdown).contains("\n" + n + ". ");
        }

        // The summary: the same numbers in the same order in every output.
        List<String> fromHtml = new ArrayList<>();
        for (Element p : html.select("p.summary")) {
            List<String> inSentence = new ArrayList<>();
            for (Element cite : p.select("a.cite")) {
                String n = number(cite.text());
                if (!inSentence.contains(n)) {
                    inSentence.add(n);
                }
            }
            fromHtml.addAll(inSentence);
        }
        assertThat(fromHtml).isNotEmpty();
        assertThat(numbers(section(terminal, "\nSummary\n"))).isEqualTo(fromHtml);
        assertThat(numbers(section(markdown, "# Summary\n"))).isEqualTo(fromHtml);
    }

    private static String number(String label) {
        Matcher m = MARK.matcher(label);
        assertThat(m.matches()).as(label).isTrue();
        return m.group(1);
    }

    private static List<String> numbers(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = MARK.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** From the heading to the next blank line after its body. */
    private static String section(String text, String heading) {
        int start = text.indexOf(heading);
        assertThat(start).as(heading).isNotNegative();
        int body = text.indexOf('\n', start + heading.length() - 1) + 1;
        int blank = text.indexOf("\n\n", body + 1);
        return text.substring(body, blank < 0 ? text.length() : blank);
    }
}
