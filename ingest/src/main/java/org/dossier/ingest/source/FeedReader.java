package org.dossier.ingest.source;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.dossier.model.Problem;

/**
 * Reads a saved RSS (0.9x to 2.0, RSS 1.0) or Atom feed with Rome: each item is one article, its
 * position in the feed (1, 2...) standing for the line in problems. The item's content, else its
 * description, is the body: plain text when the feed says so ({@code type="text"}), a web page's
 * HTML otherwise. Its link is the url, its title the title, its publication (else update) date the
 * date, the feed's title the outlet and the feed's language the language; the feed's sidecar fills
 * what the item lacks. An item's id hashes what the item says (link, title, date, body), not its
 * position, so a feed saved again with new items on top keeps the ids of the old ones. Document type
 * declarations are refused, so a feed cannot make the parser read other files. Stateless and
 * thread-safe.
 */
final class FeedReader {

    private FeedReader() {
    }

    static void read(String label, byte[] bytes, byte[] sidecarBytes, Metadata sidecar, Consumer<RawArticle> articles,
                     Consumer<Problem> problems) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            problems.accept(new Problem(label, null, "not an RSS or Atom feed: " + firstLine(e.getMessage())));
            return;
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            problems.accept(new Problem(label, null, "a feed without items"));
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            item(label, i + 1, entries.get(i), feed, sidecarBytes, sidecar, articles, problems);
        }
    }

    private static void item(String label, int number, SyndEntry entry, SyndFeed feed, byte[] sidecarBytes,
                             Metadata sidecar, Consumer<RawArticle> articles, Consumer<Problem> problems) {
        SyndContent content = entry.getContents().stream()
                .filter(c -> c.getValue() != null && !c.getValue().isBlank()).findFirst()
                .orElse(entry.getDescription());
        if (content == null || content.getValue() == null || content.getValue().isBlank()) {
            problems.accept(new Problem(label, Integer.toString(number), "a feed item without content or description"));
            return;
        }
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        String published = date == null ? null : date.toInstant().toString();
        String link = entry.getLink() != null ? entry.getLink() : entry.getUri();
        Metadata metadata = new Metadata(link, feed.getTitle(), entry.getTitle(), published, feed.getLanguage())
                .or(sidecar);
        ArticleBody body = isPlainText(content.getType())
                ? new ArticleBody.Text(content.getValue(), false)
                : new ArticleBody.HtmlText(content.getValue());
        String said = String.join("\u0000", nonNull(link), nonNull(entry.getTitle()), nonNull(published),
                content.getValue());
        String id = ArticleIds.of(said.getBytes(StandardCharsets.UTF_8), sidecarBytes);
        articles.accept(new RawArticle(label, number, id, body, metadata));
    }

    /** Atom's {@code type="text"}, or a MIME type of plain text; RSS descriptions are HTML. */
    private static boolean isPlainText(String type) {
        if (type == null) {
            return false;
        }
        String t = type.toLowerCase(Locale.ROOT).strip();
        return t.equals("text") || t.equals("text/plain");
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable XML";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
