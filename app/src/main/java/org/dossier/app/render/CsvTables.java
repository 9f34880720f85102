package org.dossier.app.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dossier.model.Article;
import org.dossier.model.Claim;
import org.dossier.model.Conflict;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.Evidence;
import org.dossier.model.Quote;
import org.dossier.model.Story;
import org.dossier.model.TimelineEntry;

/**
 * A dossier as six RFC 4180 tables, one per kind of fact: {@code articles.csv},
 * {@code entities.csv}, {@code quotes.csv}, {@code claims.csv}, {@code conflicts.csv},
 * {@code timeline.csv}. Each has a header row; a fact stated in several places has one row per
 * piece of evidence, and every row carries its evidence as {@code article_id}, {@code start},
 * {@code end} (UTF-16 offsets, half-open, into the article's {@code text} in {@code articles.csv})
 * and {@code passage}, the text they cut out. Rows follow the dossier's order (stories and
 * articles by id), so an unchanged workspace gives the same tables. UTF-8 without a byte order
 * mark, CRLF line ends, fields quoted when they hold a comma, a quotation mark or a line break.
 * Thread-safe.
 */
public final class CsvTables {

    /** The tables in the order they are written, with their columns. */
    public static final Map<String, List<String>> COLUMNS = columns();

    private static final String ALIAS_SEPARATOR = " | ";

    private static Map<String, List<String>> columns() {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        columns.put("articles.csv", List.of("article_id", "story_id", "title", "outlet", "url", "published",
                "published_source", "language", "duplicate_of", "file", "start", "end", "text"));
        columns.put("entities.csv", List.of("story_id", "entity_id", "name", "type", "aliases", "roles",
                "article_id", "start", "end", "passage"));
        columns.put("quotes.csv", List.of("story_id", "quote_no", "quote", "direct", "speaker", "speaker_entity_id",
                "evidence", "article_id", "start", "end", "passage"));
        columns.put("claims.csv", List.of("story_id", "subject", "subject_name", "property", "value", "qualifier",
                "article_id", "start", "end", "passage"));
        columns.put("conflicts.csv", List.of("story_id", "conflict_no", "subject", "subject_name", "property", "value",
                "note", "article_id", "start", "end", "passage"));
        columns.put("timeline.csv", List.of("story_id", "date", "what", "article_id", "start", "end", "passage"));
        return Collections.unmodifiableMap(columns);
    }

    /** File name to content, in the order of {@link #COLUMNS}. */
    public Map<String, String> render(Dossier dossier) {
        Objects.requireNonNull(dossier, "dossier");
        Map<String, String> texts = new HashMap<>();
        for (Article a : dossier.articles()) {
            texts.put(a.id(), a.text());
        }
        Map<String, List<List<Object>>> rows = new LinkedHashMap<>();
        COLUMNS.keySet().forEach(name -> rows.put(name, new ArrayList<>()));
        articles(dossier, rows.get("articles.csv"));
        for (Story story : dossier.stories()) {
            Rows facts = new Rows(story, texts);
            entities(story, facts, rows.get("entities.csv"));
            quotes(story, facts, rows.get("quotes.csv"));
            claims(story, facts, rows.get("claims.csv"));
            conflicts(story, facts, rows.get("conflicts.csv"));
            timeline(story, facts, rows.get("timeline.csv"));
        }
        Map<String, String> tables = new LinkedHashMap<>();
        rows.forEach((name, table) -> tables.put(name, print(COLUMNS.get(name), table)));
        return tables;
    }

    private static void articles(Dossier dossier, List<List<Object>> out) {
        Map<String, String> storyOf = new HashMap<>();
        for (Story s : dossier.stories()) {
            s.articleIds().forEach(id -> storyOf.putIfAbsent(id, s.id()));
        }
        for (Article a : dossier.articles()) {
            String source = a.publishedSource() == null ? "" : a.publishedSource().json();
            out.add(List.of(a.id(), cell(storyOf.get(a.id())), cell(a.title()), cell(a.outlet()), cell(a.url()),
                    cell(a.published()), source, a.language(), cell(a.duplicateOf()), cell(a.file()), 0,
                    a.text().length(), a.text()));
        }
    }

    private static void entities(Story story, Rows facts, List<List<Object>> out) {
        for (Entity e : story.entities()) {
            for (Evidence ev : e.mentions()) {
                out.add(facts.row(ev, e.id(), e.name(), e.type().name(), String.join(ALIAS_SEPARATOR, e.aliases()),
                        String.join(ALIAS_SEPARATOR, e.roles())));
            }
        }
    }

    private static void quotes(Story story, Rows facts, List<List<Object>> out) {
        int number = 0;
        for (Quote q : story.quotes()) {
            number++;
            String speaker = q.speaker() == null ? "" : cell(q.speaker().name());
            String speakerId = q.speaker() == null ? "" : cell(q.speaker().entityId());
            out.add(facts.row(q.evidence(), number, q.text(), q.direct(), speaker, speakerId, "quote"));
            for (Evidence ev : q.alsoReportedIn()) {
                out.add(facts.row(ev, number, q.text(), q.direct(), speaker, speakerId, "also_reported_in"));
            }
        }
    }

    private static void claims(Story story, Rows facts, List<List<Object>> out) {
        for (Claim c : story.claims()) {
            out.add(facts.row(c.evidence(), c.subject(), facts.name(c.subject()), c.property(), c.value(),
                    cell(c.qualifier())));
        }
    }

    private static void conflicts(Story story, Rows facts, List<List<Object>> out) {
        int number = 0;
        for (Conflict c : story.conflicts()) {
            number++;
            for (Conflict.Value v : c.values()) {
                for (Evidence ev : v.evidence()) {
                    out.add(facts.row(ev, number, c.subject(), facts.name(c.subject()), c.property(), v.value(),
                            cell(c.note())));
                }
            }
        }
    }

    private static void timeline(Story story, Rows facts, List<List<Object>> out) {
        for (TimelineEntry t : story.timeline()) {
            for (Evidence ev : t.evidence()) {
                out.add(facts.row(ev, t.date(), t.what()));
            }
        }
    }

    /** Rows of one story: its id first, the evidence and its passage last. */
    private static final class Rows {
        private final Story story;
        private final Map<String, String> texts;
        private final Map<String, String> names = new HashMap<>();

        Rows(Story story, Map<String, String> texts) {
            this.story = story;
            this.texts = texts;
            story.entities().forEach(e -> names.put(e.id(), e.name()));
        }

        List<Object> row(Evidence evidence, Object... values) {
            List<Object> row = new ArrayList<>(values.length + 5);
            row.add(story.id());
            Collections.addAll(row, values);
            row.add(evidence.articleId());
            row.add(evidence.start());
            row.add(evidence.end());
            String text = texts.get(evidence.articleId());
            boolean inText = text != null && evidence.end() <= text.length();
            row.add(inText ? text.substring(evidence.start(), evidence.end()) : "");
            return row;
        }

        /** The entity's name when {@code subject} is an entity id of the story, else empty. */
        String name(String subject) {
            return subject == null ? "" : names.getOrDefault(subject, "");
        }
    }

    private static String cell(String value) {
        return value == null ? "" : value;
    }

    private static String print(List<String> header, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toString();
    }
}
