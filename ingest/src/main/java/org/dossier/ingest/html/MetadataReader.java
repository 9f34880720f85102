package org.dossier.ingest.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.ingest.date.MetadataDates;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads title, publication date, author, outlet, URL and language from a parsed page. The most
 * specific source wins: JSON-LD of an article and {@code article:} meta tags before Open Graph,
 * generic meta tags, {@code <time>} elements and the {@code <title>}. A stated publication date
 * that is no date is passed over for the next one and named in the result's warnings. Stateless and
 * thread-safe.
 */
final class MetadataReader {

    /** JSON-LD in pages is often hand-written: tolerate what browsers' JSON.parse would not. */
    private static final ObjectMapper JSON = JsonMapper.builder(new JsonFactory())
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    private static final Pattern ARTICLE_TYPE = Pattern.compile(
            "(?i).*(Article|BlogPosting|Posting|Report|Review)$");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-\u2013\u2014:\u00b7\u2022\u00bb/]{1,2}\\s+");

    private MetadataReader() {
    }

    static PageMetadata read(Document doc, String baseUrl) {
        List<JsonNode> objects = jsonLdObjects(doc);
        JsonNode article = objects.stream().filter(o -> hasType(o, ARTICLE_TYPE)).findFirst().orElse(null);
        JsonNode page = objects.stream().filter(o -> hasType(o, Pattern.compile("(?i).*WebPage$"))).findFirst()
                .orElse(null);

        String outlet = first(
                meta(doc, "og:site_name"),
                article == null ? null : name(article.get("publisher")),
                jsonLdSiteName(objects),
                meta(doc, "application-name"),
                meta(doc, "twitter:site") == null ? null : meta(doc, "twitter:site").replaceFirst("^@", ""));

        String title = first(
                article == null ? null : text(article.get("headline")),
                meta(doc, "og:title"),
                meta(doc, "twitter:title"),
                doc.title(),
                article == null ? null : text(article.get("name")),
                firstText(doc, "h1"));
        title = stripSiteSuffix(title, outlet);

        List<String> dateWarnings = new ArrayList<>();
        String published = firstDate(dateWarnings,
                new Stated("article:published_time", meta(doc, "article:published_time")),
                new Stated("JSON-LD datePublished", article == null ? null : text(article.get("datePublished"))),
                new Stated("itemprop datePublished", itemprop(doc, "datePublished")),
                new Stated("datePublished", meta(doc, "datePublished")),
                new Stated("pubdate", meta(doc, "pubdate")), new Stated("publishdate", meta(doc, "publishdate")),
                new Stated("publish-date", meta(doc, "publish-date")),
                new Stated("sailthru.date", meta(doc, "sailthru.date")),
                new Stated("parsely-pub-date", meta(doc, "parsely-pub-date")),
                new Stated("dc.date.issued", meta(doc, "dc.date.issued")),
                new Stated("dcterms.date", meta(doc, "dcterms.date")), new Stated("dc.date", meta(doc, "dc.date")),
                new Stated("date", meta(doc, "date")), new Stated("og:published_time", meta(doc, "og:published_time")),
                new Stated("JSON-LD WebPage datePublished", page == null ? null : text(page.get("datePublished"))),
                new Stated("time datetime", timeElement(doc)),
                new Stated("JSON-LD dateCreated", article == null ? null : text(article.get("dateCreated"))),
                new Stated("article:modified_time", meta(doc, "article:modified_time")),
                new Stated("og:updated_time", meta(doc, "og:updated_time")),
                new Stated("JSON-LD dateModified", article == null ? null : text(article.get("dateModified"))));

        String author = first(
                article == null ? null : names(article.get("author")),
                meta(doc, "author"),
                nonUrl(meta(doc, "article:author")),
                meta(doc, "dc.creator"),
                meta(doc, "parsely-author"),
                meta(doc, "sailthru.author"),
                itempropName(doc, "author"),
                firstText(doc, "a[rel=author]"));

        String url = first(
                absolute(doc.selectFirst("link[rel=canonical][href]")),
                meta(doc, "og:url"),
                article == null ? null : text(article.get("url")),
                blankToNull(baseUrl));

        String language = language(first(
                doc.selectFirst("html[lang]") == null ? null : doc.selectFirst("html[lang]").attr("lang"),
                httpEquiv(doc, "content-language"),
                meta(doc, "og:locale"),
                meta(doc, "language"),
                article == null ? null : text(article.get("inLanguage"))));

        String articleBody = article == null ? null : text(article.get("articleBody"));
        return new PageMetadata(title, published, author, outlet, url, language, articleBody, dateWarnings);
    }

    /** Drops a trailing (or leading) " | Outlet" when it names the site, as titles often carry it. */
    static String stripSiteSuffix(String title, String outlet) {
        if (title == null) {
            return null;
        }
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String last = parts[parts.length - 1];
        String firstPart = parts[0];
        if (outlet != null && sameName(last, outlet)) {
            return title.substring(0, title.length() - last.length()).replaceFirst(TITLE_SEPARATOR.pattern() + "$", "")
                    .trim();
        }
        if (outlet != null && sameName(firstPart, outlet)) {
            return title.substring(firstPart.length()).replaceFirst("^" + TITLE_SEPARATOR.pattern(), "").trim();
        }
        // Without a known site name, a short last segment after a pipe is the site's name almost always.
        if (outlet == null && title.contains(" | ") && last.split("\\s+").length <= 4
                && firstPart.length() > last.length()) {
            return title.substring(0, title.lastIndexOf(" | ")).trim();
        }
        return title;
    }

    private static boolean sameName(String segment, String outlet) {
        String a = squash(segment);
        String b = squash(outlet);
        return !a.isEmpty() && !b.isEmpty() && (a.equals(b) || a.startsWith(b) || b.startsWith(a)
                || a.replace("the", "").equals(b.replace("the", "")));
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("^www\\.", "").replaceAll("\\.(com|org|net|de|co\\.uk|fr|es|pl)$", "")
                .replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static List<JsonNode> jsonLdObjects(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data().trim()), out, 0);
            } catch (JsonProcessingException | RuntimeException malformed) {
                // A page's broken structured data is no reason to lose the rest of its metadata.
            }
        }
        return out;
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out, depth + 1));
        } else if (node.isObject()) {
            out.add(node);
            collect(node.get("@graph"), out, depth + 1);
            collect(node.get("mainEntity"), out, depth + 1);
        }
    }

    private static boolean hasType(JsonNode node, Pattern type) {
        JsonNode t = node.get("@type");
        if (t == null) {
            return false;
        }
        if (t.isArray()) {
            for (JsonNode each : t) {
                if (type.matcher(each.asText()).matches()) {
                    return true;
                }
            }
            return false;
        }
        return type.matcher(t.asText()).matches();
    }

    private static String jsonLdSiteName(List<JsonNode> objects) {
        for (JsonNode o : objects) {
            if (hasType(o, Pattern.compile("(?i)WebSite|Organization|NewsMediaOrganization"))) {
                String n = text(o.get("name"));
                if (n != null) {
                    return n;
                }
            }
        }
        return null;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        }
        if (node.isObject()) {
            return text(node.has("@value") ? node.get("@value") : node.get("name"));
        }
        return blankToNull(node.asText());
    }

    private static String name(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : name(node.get(0));
        }
        return node.isObject() ? text(node.get("name")) : text(node);
    }

    private static String names(JsonNode node) {
        if (node == null) {
            return null;
        }
        Set<String> all = new LinkedHashSet<>();
        if (node.isArray()) {
            node.forEach(n -> {
                String one = nonUrl(name(n));
                if (one != null) {
                    all.add(one);
                }
            });
        } else {
            String one = nonUrl(name(node));
            if (one != null) {
                all.add(one);
            }
        }
        return all.isEmpty() ? null : String.join(", ", all);
    }

    private static String meta(Document doc, String key) {
        for (Element m : doc.select("meta[content]")) {
            String k = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
            if (k.equalsIgnoreCase(key)) {
                String v = blankToNull(m.attr("content"));
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    private static String httpEquiv(Document doc, String key) {
        Element m = doc.selectFirst("meta[http-equiv~=(?i)^" + key + "$][content]");
        return m == null ? null : blankToNull(m.attr("content"));
    }

    private static String itemprop(Document doc, String prop) {
        Element e = doc.selectFirst("[itemprop=" + prop + "]");
        if (e == null) {
            return null;
        }
        return first(blankToNull(e.attr("content")), blankToNull(e.attr("datetime")), blankToNull(e.text()));
    }

    private static String itempropName(Document doc, String prop) {
        Element e = doc.selectFirst("[itemprop=" + prop + "]");
        if (e == null) {
            return null;
        }
        Element n = e.selectFirst("[itemprop=name]");
        String v = n != null ? first(blankToNull(n.attr("content")), blankToNull(n.text()))
                : first(blankToNull(e.attr("content")), blankToNull(e.text()));
        return v != null && v.length() <= 80 ? v : null;
    }

    private static String timeElement(Document doc) {
        Element t = doc.selectFirst("time[pubdate][datetime], time[itemprop=datePublished][datetime]");
        if (t == null) {
            t = doc.selectFirst("article time[datetime], time[datetime]");
        }
        return t == null ? null : blankToNull(t.attr("datetime"));
    }

    private static String firstText(Document doc, String css) {
        Element e = doc.selectFirst(css);
        return e == null ? null : blankToNull(e.text());
    }

    private static String absolute(Element link) {
        return link == null ? null : blankToNull(link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href"));
    }

    private static String language(String raw) {
        if (raw == null) {
            return null;
        }
        String code = raw.trim().toLowerCase(Locale.ROOT).split("[-_,;\\s]")[0];
        return code.matches("[a-z]{2}") ? code : null;
    }

    private static String nonUrl(String s) {
        return s == null || s.startsWith("http://") || s.startsWith("https://") ? null : s;
    }

    private static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replaceAll("\\s+", " ").trim();
        return t.isEmpty() ? null : t;
    }

    /** A value a page states, named as the page names it. */
    private record Stated(String field, String value) {
    }

    /**
     * The first of {@code dates} that is a date, normalised; each stated one before it that is no
     * date (an impossible day or time, a year beyond four digits) is named in {@code warnings}.
     */
    private static String firstDate(List<String> warnings, Stated... dates) {
        for (Stated date : dates) {
            if (date.value() == null) {
                continue;
            }
            // The page's ISO forms first, keeping their precision; then the written forms ("June 28, 2021").
            String iso = DateNormalizer.normalize(date.value());
            if (iso == null) {
                iso = MetadataDates.normalize(date.value()).orElse(null);
            }
            if (iso != null) {
                return iso;
            }
            warnings.add(date.field() + " \"" + date.value() + "\" is no date; ignored");
        }
        return null;
    }

    @SafeVarargs
    private static <T> T first(T... candidates) {
        for (T c : candidates) {
            if (c != null) {
                return c;
            }
        }
        return null;
    }
}
