package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Problem;
import org.dossier.model.PublishedSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved RSS and Atom feeds: one article per item, with the item's link, title, date and body. */
class IngestorFeedTest {

    private static final String FERRY = "The harbour council approved a new ferry timetable on Thursday evening. "
            + "Two early crossings will be added on weekdays from April.";
    private static final String ISLANDS = "Residents of the outer islands had asked for better connections for "
            + "years. The operator said the extra boats would use capacity that is idle in the morning.";
    private static final String QUOTA = "Fishing ministers agreed on Tuesday to cut the cod quota for the "
            + "northern grounds by a tenth. The fleet's association called the decision painful but fair.";

    @TempDir
    Path dir;

    private final List<Article> articles = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    @Test
    void eachRssItemIsAnArticleWithItsLinkTitleDateAndHtmlDescription() throws IOException {
        Path feed = write("harbour.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0">
                  <channel>
                    <title>Harbour Gazette</title>
                    <link>https://gazette.example.org/</link>
                    <description>Local news</description>
                    <language>en-gb</language>
                    <item>
                      <title>Ferry timetable approved</title>
                      <link>https://gazette.example.org/ferry</link>
                      <pubDate>Thu, 02 Mar 2023 18:30:00 +0100</pubDate>
                      <description><![CDATA[<p>%s</p><p>%s</p>]]></description>
                    </item>
                    <item>
                      <title>Cod quota cut &amp; fleet reacts</title>
                      <link>https://gazette.example.org/quota</link>
                      <description>&lt;p&gt;%s&lt;/p&gt;</description>
                    </item>
                    <item>
                      <title>Only a title</title>
                    </item>
                  </channel>
                </rss>
                """.formatted(FERRY, ISLANDS, QUOTA));

        new Ingestor().read(List.of(feed), articles::add, problems::add);

        assertThat(articles).hasSize(2);
        Article ferry = articles.get(0);
        assertThat(ferry.title()).isEqualTo("Ferry timetable approved");
        assertThat(ferry.url()).isEqualTo("https://gazette.example.org/ferry");
        assertThat(ferry.outlet()).isEqualTo("Harbour Gazette");
        assertThat(ferry.published()).isEqualTo("2023-03-02T17:30:00Z");
        assertThat(ferry.publishedSource()).isEqualTo(PublishedSource.METADATA);
        assertThat(ferry.language()).isEqualTo("en");
        assertThat(ferry.text()).isEqualTo(FERRY + "\n\n" + ISLANDS);
        assertThat(ferry.file()).isEqualTo(feed.toString());
        Article quota = articles.get(1);
        assertThat(quota.title()).isEqualTo("Cod quota cut & fleet reacts");
        assertThat(quota.text()).isEqualTo(QUOTA);
        assertThat(quota.published()).isNull();
        assertThat(quota.id()).isNotEqualTo(ferry.id());
        assertThat(problems).extracting(Problem::source, Problem::where, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(feed.toString(), "3", "a feed item without content or description"));
    }

    @Test
    void eachAtomEntryIsAnArticleWithTextOrHtmlContent() throws IOException {
        Path feed = write("fisheries.atom", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
                  <title>Coastal Wire</title>
                  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
                  <updated>2023-03-07T12:00:00Z</updated>
                  <entry>
                    <title>Cod quota cut by a tenth</title>
                    <link href="https://wire.example.org/cod"/>
                    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
                    <published>2023-03-07T09:15:00Z</published>
                    <updated>2023-03-07T11:00:00Z</updated>
                    <content type="text">%s</content>
                  </entry>
                  <entry>
                    <title>Islands get earlier boats</title>
                    <link href="https://wire.example.org/boats"/>
                    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6b</id>
                    <updated>2023-03-06T08:00:00Z</updated>
                    <summary>Short summary only.</summary>
                    <content type="html">&lt;p&gt;%s&lt;/p&gt;&lt;p&gt;%s&lt;/p&gt;</content>
                  </entry>
                </feed>
                """.formatted(QUOTA, ISLANDS, FERRY));

        new Ingestor().read(List.of(feed), articles::add, problems::add);

        assertThat(problems).isEmpty();
        assertThat(articles).extracting(Article::title, Article::url, Article::published, Article::outlet).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Cod quota cut by a tenth", "https://wire.example.org/cod",
                        "2023-03-07T09:15:00Z", "Coastal Wire"),
                org.assertj.core.groups.Tuple.tuple("Islands get earlier boats", "https://wire.example.org/boats",
                        "2023-03-06T08:00:00Z", "Coastal Wire"));
        assertThat(articles.get(0).text()).isEqualTo(QUOTA);
        assertThat(articles.get(1).text()).isEqualTo(ISLANDS + "\n\n" + FERRY);
    }

    @Test
    void anItemKeepsItsIdWhenTheFeedIsSavedAgainWithANewItemOnTop() throws IOException {
        String item = "<item><title>Ferry timetable approved</title><link>https://g.example.org/f</link>"
                + "<description>" + FERRY + "</description></item>";
        String newer = "<item><title>Cod quota cut</title><link>https://g.example.org/q</link>"
                + "<description>" + QUOTA + "</description></item>";
        Path before = write("before.rss", "<rss version=\"2.0\"><channel><title>G</title>" + item + "</channel></rss>");
        Path after = write("after.rss", "<rss version=\"2.0\"><channel><title>G</title>" + newer + item
                + "</channel></rss>");

        new Ingestor().read(List.of(before, after), articles::add, problems::add);

        assertThat(problems).isEmpty();
        assertThat(articles).hasSize(3);
        assertThat(articles.get(2).id()).isEqualTo(articles.get(0).id());
        assertThat(articles.get(1).id()).isNotEqualTo(articles.get(0).id());
    }

    @Test
    void xmlThatIsNoFeedAndAFeedWithADoctypeAreProblems() throws IOException {
        Path sitemap = write("sitemap.xml", "<urlset><url><loc>https://example.org/</loc></url></urlset>");
        Path doctype = write("evil.rss", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title><item><description>" + FERRY
                + "</description></item></channel></rss>");

        new Ingestor().read(List.of(sitemap, doctype), articles::add, problems::add);

        assertThat(articles).isEmpty();
        assertThat(problems).extracting(Problem::source).containsExactly(sitemap.toString(), doctype.toString());
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).startsWith("not an RSS or Atom feed"));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
