package org.dossier.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dossier.model.Article;
import org.dossier.model.Claim;
import org.dossier.model.Conflict;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Evidence;
import org.dossier.model.PublishedSource;
import org.dossier.model.Quote;
import org.dossier.model.Speaker;
import org.dossier.model.Story;
import org.dossier.model.TimelineEntry;
import org.junit.jupiter.api.Test;

class CsvTablesTest {

    private static final String TEXT = "The mayor, Ana Ruiz, said: \"We open the bridge on Monday.\"\n\n"
            + "About 3,000 people came.";
    private static final String OTHER = "Ruiz said the bridge opens Monday. Some 2,000 people came.";

    private final Article first = new Article("a-1", "in/a.txt", "https://example.org/a", "Gazette, Evening",
            "Bridge \"opens\"", "en", "2031-05-13", PublishedSource.METADATA, TEXT, null);
    private final Article second = new Article("a-2", null, null, null, null, "en", null, null, OTHER, null);
    private final Entity ruiz = new Entity("e-1", "Ana Ruiz", EntityType.PERSON, List.of("Ruiz", "Mayor Ruiz"),
            List.of("mayor"), List.of(ev(first, "Ana Ruiz"), ev(second, "Ruiz")));
    private final Quote quote = new Quote("We open the bridge on Monday.", true, new Speaker("e-1", "Ana Ruiz"),
            ev(first, "We open the bridge on Monday."), List.of(ev(second, "the bridge opens Monday")));
    private final Story story = new Story("s-1", "Bridge opens", List.of("a-1", "a-2"), "2031-05-13", "2031-05-13",
            List.of(), List.of(ruiz), List.of(quote),
            List.of(new TimelineEntry("2031-05-13", "The bridge opens", List.of(ev(first, "We open the bridge on Monday.")))),
            List.of(new Claim("people", "attended", "3000", "approximately", ev(first, "About 3,000 people"))),
            List.of(new Conflict("people", "attended", List.of(
                    new Conflict.Value("3000", List.of(ev(first, "About 3,000 people"))),
                    new Conflict.Value("2000", List.of(ev(second, "Some 2,000 people")))), null)));
    private final Map<String, String> tables = new CsvTables().render(
            Dossier.of("2031-05-14T00:00:00Z", List.of(first, second), List.of(story)));

    @Test
    void sixTablesInOrderEachWithItsHeader() throws IOException {
        assertThat(tables.keySet()).containsExactly("articles.csv", "entities.csv", "quotes.csv", "claims.csv",
                "conflicts.csv", "timeline.csv");
        for (Map.Entry<String, String> table : tables.entrySet()) {
            assertThat(parse(table.getValue()).getHeaderNames()).isEqualTo(CsvTables.COLUMNS.get(table.getKey()));
        }
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAsRfc4180Says() {
        String articles = tables.get("articles.csv");
        assertThat(articles).startsWith("article_id,story_id,title,outlet,url,published,published_source,language,"
                + "duplicate_of,file,start,end,text\r\n");
        // Quotation marks doubled inside a quoted field; the line break inside the text kept as it is.
        assertThat(articles).contains("a-1,s-1,\"Bridge \"\"opens\"\"\",\"Gazette, Evening\",https://example.org/a,"
                + "2031-05-13,metadata,en,,in/a.txt,0,84,\"The mayor, Ana Ruiz, said: \"\"We open the bridge on "
                + "Monday.\"\"\n\nAbout 3,000 people came.\"\r\n");
        assertThat(articles).endsWith("a-2,s-1,,,,,,en,,,0,58,\"Ruiz said the bridge opens Monday. Some 2,000 people came.\"\r\n");
    }

    @Test
    void textReadBackIsTheArticleTextAndOffsetsCutOutEveryPassage() throws IOException {
        List<CSVRecord> articles = parse(tables.get("articles.csv")).getRecords();
        assertThat(articles.get(0).get("text")).isEqualTo(TEXT);
        Map<String, String> texts = Map.of("a-1", TEXT, "a-2", OTHER);
        for (String name : List.of("entities.csv", "quotes.csv", "claims.csv", "conflicts.csv", "timeline.csv")) {
            List<CSVRecord> rows = parse(tables.get(name)).getRecords();
            assertThat(rows).as(name).isNotEmpty();
            assertThat(rows).as(name).allSatisfy(r -> assertThat(texts.get(r.get("article_id"))
                    .substring(Integer.parseInt(r.get("start")), Integer.parseInt(r.get("end"))))
                    .isEqualTo(r.get("passage")));
        }
    }

    @Test
    void aFactStatedInSeveralPlacesHasOneRowPerPieceOfEvidence() throws IOException {
        List<CSVRecord> quotes = parse(tables.get("quotes.csv")).getRecords();
        assertThat(quotes).extracting(r -> r.get("quote_no"), r -> r.get("speaker"), r -> r.get("evidence"),
                r -> r.get("article_id"), r -> r.get("passage")).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1", "Ana Ruiz", "quote", "a-1", "We open the bridge on Monday."),
                org.assertj.core.groups.Tuple.tuple("1", "Ana Ruiz", "also_reported_in", "a-2", "the bridge opens Monday"));
        List<CSVRecord> entities = parse(tables.get("entities.csv")).getRecords();
        assertThat(entities).extracting(r -> r.get("aliases")).containsOnly("Ruiz | Mayor Ruiz");
        assertThat(entities).extracting(r -> r.get("passage")).containsExactly("Ana Ruiz", "Ruiz");
        List<CSVRecord> conflicts = parse(tables.get("conflicts.csv")).getRecords();
        assertThat(conflicts).extracting(r -> r.get("value"), r -> r.get("article_id")).containsExactly(
                org.assertj.core.groups.Tuple.tuple("3000", "a-1"), org.assertj.core.groups.Tuple.tuple("2000", "a-2"));
        assertThat(parse(tables.get("claims.csv")).getRecords().get(0).get("qualifier")).isEqualTo("approximately");
    }

    private static Evidence ev(Article article, String passage) {
        int start = article.text().indexOf(passage);
        assertThat(start).as(passage).isNotNegative();
        return new Evidence(article.id(), start, start + passage.length());
    }

    private static CSVParser parse(String csv) throws IOException {
        return CSVParser.parse(new StringReader(csv),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get());
    }
}
