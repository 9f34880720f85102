package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dossier.store.BuildRecord;
import org.dossier.store.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product end to end, in process, with the real ingestor, analysis, clusterer and
 * consolidator. The analysis is slow to start, so the builds happen once, up front, and each
 * test checks what they left: the bundled examples are built in two steps (all but the JSONL feed,
 * then everything) and then once more unchanged; the seed corpus is built into a second workspace.
 */
class DossierCommandsIT {

    @TempDir
    static Path tmp;

    static Path examples = Path.of("..", "examples");
    static Path workspace;
    static CommandRun firstBuild;
    static CommandRun secondBuild;
    static CommandRun repeatedBuild;
    static String exportBeforeRepeat;
    static String exportAfterRepeat;
    static Path seedWorkspace;
    static CommandRun seedBuild;

    @BeforeAll
    static void build() throws IOException {
        Path subset = tmp.resolve("subset");
        Files.createDirectories(subset);
        try (Stream<Path> files = Files.list(examples)) {
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().endsWith(".jsonl")) {
                    Files.copy(f, subset.resolve(f.getFileName()));
                }
            }
        }
        workspace = tmp.resolve("ws");
        firstBuild = CommandRun.of("--workspace", workspace, "build", subset);
        secondBuild = CommandRun.of("build", examples, "--workspace", workspace);
        exportBeforeRepeat = CommandRun.of("--workspace", workspace, "export", "--format", "json").out();
        repeatedBuild = CommandRun.of("--workspace", workspace, "build", examples);
        exportAfterRepeat = CommandRun.of("--workspace", workspace, "export", "--format", "json").out();

        seedWorkspace = tmp.resolve("seeds-ws");
        seedBuild = CommandRun.of("--workspace", seedWorkspace, "build", SchemaCheck.shared().resolve("seeds"));
    }

    @Test
    void buildsOfCleanInputExitZeroAndSaySoOnStandardOutput() {
        assertThat(firstBuild.code()).as(firstBuild.err()).isZero();
        assertThat(secondBuild.code()).as(secondBuild.err()).isZero();
        assertThat(seedBuild.code()).as(seedBuild.err()).isZero();
        assertThat(firstBuild.out()).contains("6 new");
        assertThat(firstBuild.err()).doesNotContain("skipped");
    }

    @Test
    void addingAFileLaterAnalysesOnlyTheArticlesItBrings() {
        try (Workspace ws = Workspace.open(workspace)) {
            List<BuildRecord> builds = ws.builds();
            assertThat(builds).hasSize(2);
            assertThat(builds.get(0).stats().articlesAdded()).isEqualTo(6);
            assertThat(builds.get(1).stats().articlesRead()).isEqualTo(9);
            assertThat(builds.get(1).stats().articlesAdded()).isEqualTo(3);
            assertThat(ws.articleCount()).isEqualTo(9);
        }
        assertThat(secondBuild.out()).contains("3 new, 6 already known");
    }

    @Test
    void buildingTheSameInputAgainChangesNothing() {
        assertThat(repeatedBuild.code()).isZero();
        assertThat(repeatedBuild.out()).contains("0 new, 9 already known");
        assertThat(withoutGeneratedAt(exportAfterRepeat)).isEqualTo(withoutGeneratedAt(exportBeforeRepeat));
        try (Workspace ws = Workspace.open(workspace)) {
            assertThat(ws.builds()).as("a build that changes nothing is not recorded").hasSize(2);
        }
    }

    @Test
    void exportOfTheExamplesIsValidDossierJsonSortedById() throws IOException {
        assertThat(SchemaCheck.violations(exportBeforeRepeat)).isEmpty();
        JsonNode root = new ObjectMapper().readTree(exportBeforeRepeat);
        assertThat(ids(root.get("articles"))).hasSize(9).isSorted();
        assertThat(ids(root.get("stories"))).isNotEmpty().isSorted();
    }

    @Test
    void exportOfTheSeedCorpusIsValidDossierJson() {
        CommandRun export = CommandRun.of("--workspace", seedWorkspace, "export", "--format", "json");
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(SchemaCheck.violations(export.out())).isEmpty();
        assertThat(export.out()).contains("\"format\" : \"dossier/v1\"");
    }

    @Test
    void csvExportOfTheSeedsHoldsTheJsonExportsFactsWithOffsetsIntoTheArticleText() throws IOException {
        Path dir = tmp.resolve("seeds-csv");
        CommandRun csv = CommandRun.of("--workspace", seedWorkspace, "export", "--format", "csv", "--out", dir);
        assertThat(csv.code()).as(csv.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(
                CommandRun.of("--workspace", seedWorkspace, "export", "--format", "json").out());

        // Every article's text survives the quoting of its commas, quotation marks and line breaks.
        Map<String, String> texts = new HashMap<>();
        for (CSVRecord r : csvRows(dir.resolve("articles.csv"))) {
            texts.put(r.get("article_id"), r.get("text"));
            assertThat(r.get("end")).isEqualTo(Integer.toString(r.get("text").length()));
        }
        assertThat(texts).hasSize(root.get("articles").size());
        root.get("articles").forEach(a -> assertThat(texts.get(a.get("id").asText())).isEqualTo(a.get("text").asText()));
        assertThat(texts.values()).anySatisfy(t -> assertThat(t).contains(",", "\n"));
        assertThat(Files.readString(dir.resolve("articles.csv"))).contains("\r\n").contains("\"\n\n");

        List<JsonNode> quotes = new ArrayList<>();
        root.get("stories").forEach(st -> st.get("quotes").forEach(quotes::add));
        JsonNode attributed = quotes.stream().filter(q -> q.hasNonNull("speaker")).findFirst().orElseThrow();
        JsonNode evidence = attributed.get("evidence");
        List<CSVRecord> quoteRows = csvRows(dir.resolve("quotes.csv"));
        assertThat(quoteRows.stream().filter(r -> r.get("evidence").equals("quote"))).hasSize(quotes.size());
        CSVRecord row = quoteRows.stream()
                .filter(r -> r.get("article_id").equals(evidence.get("articleId").asText())
                        && r.get("start").equals(evidence.get("start").asText()))
                .findFirst().orElseThrow();
        assertThat(row.get("speaker")).isEqualTo(attributed.get("speaker").get("name").asText());
        assertThat(row.get("quote")).isEqualTo(attributed.get("text").asText());
        assertThat(texts.get(row.get("article_id")).substring(Integer.parseInt(row.get("start")),
                Integer.parseInt(row.get("end")))).isEqualTo(attributed.get("text").asText());

        int claims = 0;
        int timelineEvidence = 0;
        for (JsonNode st : root.get("stories")) {
            claims += st.get("claims").size();
            for (JsonNode t : st.get("timeline")) {
                timelineEvidence += t.get("evidence").size();
            }
        }
        assertThat(csvRows(dir.resolve("claims.csv"))).hasSize(claims);
        assertThat(csvRows(dir.resolve("timeline.csv"))).hasSize(timelineEvidence);
        for (String table : List.of("entities.csv", "quotes.csv", "claims.csv", "conflicts.csv", "timeline.csv")) {
            assertThat(csvRows(dir.resolve(table))).as(table).allSatisfy(r -> assertThat(texts.get(r.get("article_id"))
                    .substring(Integer.parseInt(r.get("start")), Integer.parseInt(r.get("end"))))
                    .isEqualTo(r.get("passage")));
        }
    }

    @Test
    void seedVirtualMeetingAndRomeMeetingAreRelatedInTheExportAndInShow() throws IOException {
        CommandRun export = CommandRun.of("--workspace", seedWorkspace, "export", "--format", "json");
        assertThat(export.code()).as(export.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(export.out());
        String virtual = storyOfSeed(root, "001_3f2330664d5f2acb.txt");
        String rome = storyOfSeed(root, "000_261515ad708b2a44.txt");
        assertThat(rome).isNotEqualTo(virtual);
        Map<String, JsonNode> stories = new HashMap<>();
        root.get("stories").forEach(st -> stories.put(st.get("id").asText(), st));

        for (String[] pair : List.of(new String[] {virtual, rome}, new String[] {rome, virtual})) {
            List<JsonNode> related = new ArrayList<>();
            stories.get(pair[0]).get("related").forEach(related::add);
            assertThat(related).extracting(r -> r.get("storyId").asText()).contains(pair[1]);
            JsonNode r = related.stream().filter(x -> x.get("storyId").asText().equals(pair[1])).findFirst()
                    .orElseThrow();
            assertThat(r.get("title").asText()).isEqualTo(stories.get(pair[1]).get("title").asText());
            // The reason names a participant both meetings have: the coalition against Daesh/ISIS.
            assertThat(r.get("participants").get(0).asText()).isNotBlank();
            assertThat(r.get("reason").asText()).startsWith("shares ").contains(r.get("participants").get(0).asText());
            List<String> participants = new ArrayList<>();
            r.get("participants").forEach(p -> participants.add(p.asText()));
            assertThat(participants).anySatisfy(p -> assertThat(p).containsPattern("Coalition|Daesh|ISIS|Islamic State"));
        }

        CommandRun show = CommandRun.of("--workspace", seedWorkspace, "show", virtual);
        assertThat(show.code()).as(show.err()).isZero();
        assertThat(show.out()).contains("Related stories").contains("(" + rome + ")");
    }

    @Test
    void seedRomeReportsAreOneStoryAndTheVirtualMeetingApartWithAndWithoutSidecars() throws IOException {
        // The same texts without their .meta.json: no outlet, no publication date but what the texts say.
        Path bare = tmp.resolve("seeds-bare");
        Files.createDirectories(bare);
        try (Stream<Path> files = Files.list(SchemaCheck.shared().resolve("seeds"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".txt")).toList()) {
                Files.copy(f, bare.resolve(f.getFileName()));
            }
        }
        Path bareWorkspace = tmp.resolve("seeds-bare-ws");
        CommandRun bareBuild = CommandRun.of("--workspace", bareWorkspace, "build", bare);
        assertThat(bareBuild.code()).as(bareBuild.err()).isZero();

        for (Path ws : List.of(seedWorkspace, bareWorkspace)) {
            CommandRun export = CommandRun.of("--workspace", ws, "export", "--format", "json");
            assertThat(export.code()).as(export.err()).isZero();
            JsonNode root = new ObjectMapper().readTree(export.out());
            String rome = storyOfSeed(root, "000_261515ad708b2a44.txt");
            String virtual = storyOfSeed(root, "001_3f2330664d5f2acb.txt");
            assertThat(virtual).as(ws.toString()).isNotEqualTo(rome);
            assertThat(storyOfSeed(root, "002_f9ca6fa413811794.txt")).as(ws.toString()).isEqualTo(rome);
            assertThat(storyOfSeed(root, "003_a2f742a56d34091d.txt")).as(ws.toString()).isEqualTo(rome);
            assertThat(storyOfSeed(root, "004_ec1c472087426295.txt")).as(ws.toString()).isNotEqualTo(virtual);
            Map<String, List<String>> dates = new HashMap<>();
            for (JsonNode st : root.get("stories")) {
                List<String> days = new ArrayList<>();
                st.get("timeline").forEach(t -> days.add(t.get("date").asText()));
                dates.put(st.get("id").asText(), days);
            }
            assertThat(dates.get(rome)).as(ws.toString()).contains("2021-06-28", "2021-03-30").doesNotContain("2020-06-04");
            // The meeting's place is the one written after "meeting in", not a country the reports discuss.
            List<String> titles = new ArrayList<>();
            root.get("stories").forEach(st -> titles.add(st.get("id").asText() + " " + st.get("title").asText()));
            assertThat(titles).as(ws.toString()).anySatisfy(t -> assertThat(t).startsWith(rome + " ").contains("meeting in Rome"));
            assertThat(dates.get(virtual)).as(ws.toString()).contains("2020-06-04").doesNotContain("2021-06-28");
        }
    }

    private static String storyOfSeed(JsonNode root, String file) {
        String articleId = null;
        for (JsonNode a : root.get("articles")) {
            if (a.get("file").asText().endsWith(file)) {
                articleId = a.get("id").asText();
            }
        }
        assertThat(articleId).as(file).isNotNull();
        for (JsonNode st : root.get("stories")) {
            for (JsonNode member : st.get("articleIds")) {
                if (member.asText().equals(articleId)) {
                    return st.get("id").asText();
                }
            }
        }
        throw new AssertionError("no story holds " + file);
    }

    @Test
    void everyPieceOfEvidenceInTheExportPointsInsideItsArticle() throws IOException {
        JsonNode root = new ObjectMapper().readTree(exportBeforeRepeat);
        Map<String, Integer> lengths = new HashMap<>();
        root.get("articles").forEach(a -> lengths.put(a.get("id").asText(), a.get("text").asText().length()));
        List<JsonNode> evidence = new ArrayList<>();
        collectEvidence(root.get("stories"), evidence);
        assertThat(evidence).allSatisfy(e -> {
            assertThat(lengths).containsKey(e.get("articleId").asText());
            assertThat(e.get("end").asInt()).isLessThanOrEqualTo(lengths.get(e.get("articleId").asText()));
        });
    }

    @Test
    void exportOfOneStoryHoldsThatStoryAndOnlyItsArticles() throws IOException {
        String storyId = CommandRun.of("--workspace", workspace, "stories").out().lines().findFirst().orElseThrow()
                .split(" ")[0];
        Path file = tmp.resolve("one.json");
        CommandRun export = CommandRun.of("--workspace", workspace, "export", "--format", "json", "--story", storyId,
                "--out", file);
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.out()).isEmpty();
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(SchemaCheck.violations(json)).isEmpty();
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(ids(root.get("stories"))).containsExactly(storyId);
        List<String> members = new ArrayList<>();
        root.get("stories").get(0).get("articleIds").forEach(id -> members.add(id.asText()));
        assertThat(ids(root.get("articles"))).containsExactlyElementsOf(members.stream().sorted().toList());
    }

    @Test
    void theExamplesReportsOfOneConferenceInThreeLanguagesAreOneStory() throws IOException {
        // Built in two steps: the French and Spanish reports of the JSONL feed arrive in the second.
        JsonNode root = new ObjectMapper().readTree(exportBeforeRepeat);
        Map<String, String> languageOf = new HashMap<>();
        Map<String, String> fileOf = new HashMap<>();
        root.get("articles").forEach(a -> {
            languageOf.put(a.get("id").asText(), a.get("language").asText());
            fileOf.put(a.get("id").asText(), a.get("file").asText());
        });
        List<List<String>> stories = new ArrayList<>();
        root.get("stories").forEach(s -> {
            List<String> members = new ArrayList<>();
            s.get("articleIds").forEach(id -> members.add(id.asText()));
            stories.add(members);
        });
        // The Spanish report's city is only in its dateline, "OPORTO.", which the Spanish model tags
        // as an organisation: read as a dateline's place, and under the name the alias table knows it
        // by, it is the Porto the others name. The tunnel opening is a story of its own.
        assertThat(stories).hasSize(2);
        List<String> conference = stories.stream().max(Comparator.comparingInt(List::size)).orElseThrow();
        assertThat(conference).hasSize(8);
        assertThat(conference.stream().map(languageOf::get).distinct().sorted().toList())
                .containsExactly("de", "en", "es", "fr");
        assertThat(conference.stream().map(fileOf::get)).noneMatch(f -> f.contains("valbrenta-tunnel"));
        // Its summary reads in one language: the one most of its reports are in.
        JsonNode story = null;
        for (JsonNode s : root.get("stories")) {
            if (s.get("articleIds").size() == 8) {
                story = s;
            }
        }
        List<String> summaryLanguages = new ArrayList<>();
        story.get("summary").forEach(sentence -> sentence.get("evidence")
                .forEach(e -> summaryLanguages.add(languageOf.get(e.get("articleId").asText()))));
        assertThat(summaryLanguages).isNotEmpty().containsOnly("en");
        // The delegation count the reports disagree on, explained by the report that gives both.
        List<String> counts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        story.get("conflicts").forEach(c -> {
            if (c.get("property").asText().equals("participants")) {
                c.get("values").forEach(v -> counts.add(v.get("value").asText()));
                notes.add(c.path("note").asText());
            }
        });
        assertThat(counts).containsExactlyInAnyOrder("45", "41");
        assertThat(notes).containsExactly("41 leaves out 4 of the 45 (45 - 4 = 41).");
    }

    @Test
    void storiesListsOneLinePerStoryWithDatesCountsAndLanguages() {
        CommandRun stories = CommandRun.of("--workspace", workspace, "stories");
        assertThat(stories.code()).isZero();
        List<String> lines = stories.out().lines().toList();
        try (Workspace ws = Workspace.open(workspace)) {
            assertThat(lines).hasSize(ws.storyCount());
        }
        assertThat(lines).allSatisfy(line ->
                assertThat(line).matches("s-\\S+  (undated|\\d{4}-\\d{2}-\\d{2}(\\.\\.\\d{4}-\\d{2}-\\d{2})?)  "
                        + "\\d+ articles?  \\d+ outlets?  [a-z,-]+  .+"));
        assertThat(String.join("\n", lines)).contains("de").contains("es").contains("fr");
    }

    @Test
    void searchPrintsMatchingPassagesWithTheirArticleAndStory() {
        CommandRun search = CommandRun.of("--workspace", seedWorkspace, "search", "Sahel");
        assertThat(search.code()).as(search.err()).isZero();
        assertThat(search.out()).containsIgnoringCase("sahel").contains("article a-").contains("story s-");
        CommandRun none = CommandRun.of("--workspace", seedWorkspace, "search", "zzyzxnotaword");
        assertThat(none.code()).isZero();
        assertThat(none.out()).contains("no results");
        CommandRun broken = CommandRun.of("--workspace", seedWorkspace, "search", "(unbalanced");
        assertThat(broken.code()).isEqualTo(1);
        assertThat(broken.err()).startsWith("dossier: cannot read the query").doesNotContain("\tat ");
    }

    @Test
    void storiesJsonListsEveryExportedStoryWithItsDatesCountsAndLanguages() throws IOException {
        CommandRun stories = CommandRun.of("--workspace", seedWorkspace, "stories", "--json");
        assertThat(stories.code()).as(stories.err()).isZero();
        JsonNode listed = new ObjectMapper().readTree(stories.out());
        JsonNode export = new ObjectMapper().readTree(
                CommandRun.of("--workspace", seedWorkspace, "export", "--format", "json").out());
        assertThat(ids(listed)).isNotEmpty().isEqualTo(ids(export.get("stories")));
        Map<String, JsonNode> articles = new HashMap<>();
        export.get("articles").forEach(a -> articles.put(a.get("id").asText(), a));
        for (int i = 0; i < listed.size(); i++) {
            JsonNode row = listed.get(i);
            JsonNode story = export.get("stories").get(i);
            assertThat(row.get("title").asText()).isEqualTo(story.get("title").asText());
            assertThat(row.get("start")).isEqualTo(story.get("start"));
            assertThat(row.get("end")).isEqualTo(story.get("end"));
            assertThat(row.get("articles").asInt()).isEqualTo(story.get("articleIds").size());
            java.util.TreeSet<String> languages = new java.util.TreeSet<>();
            story.get("articleIds").forEach(id -> languages.add(articles.get(id.asText()).get("language").asText()));
            List<String> listedLanguages = new ArrayList<>();
            row.get("languages").forEach(l -> listedLanguages.add(l.asText()));
            assertThat(listedLanguages).containsExactlyElementsOf(languages);
            java.util.Set<String> outlets = new java.util.HashSet<>();
            story.get("articleIds").forEach(id -> {
                JsonNode outlet = articles.get(id.asText()).get("outlet");
                if (!outlet.isNull()) {
                    outlets.add(outlet.asText());
                }
            });
            assertThat(outlets).isNotEmpty();
            assertThat(row.get("outlets").asInt()).isEqualTo(outlets.size());
        }
    }

    @Test
    void showJsonIsTheStoryObjectOfTheJsonExport() throws IOException {
        JsonNode export = new ObjectMapper().readTree(
                CommandRun.of("--workspace", seedWorkspace, "export", "--format", "json").out());
        for (JsonNode story : export.get("stories")) {
            CommandRun show = CommandRun.of("--workspace", seedWorkspace, "show", story.get("id").asText(), "--json");
            assertThat(show.code()).as(show.err()).isZero();
            assertThat(new ObjectMapper().readTree(show.out())).isEqualTo(story);
        }
        CommandRun unknown = CommandRun.of("--workspace", seedWorkspace, "show", "s-nope", "--json");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.out()).isEmpty();
    }

    @Test
    void searchJsonGivesHitsWhosePassageIsTheirArticlesTextAtTheirOffsets() throws IOException {
        CommandRun search = CommandRun.of("--workspace", seedWorkspace, "search", "Sahel", "--json", "--limit", "20");
        assertThat(search.code()).as(search.err()).isZero();
        JsonNode hits = new ObjectMapper().readTree(search.out());
        JsonNode export = new ObjectMapper().readTree(
                CommandRun.of("--workspace", seedWorkspace, "export", "--format", "json").out());
        Map<String, String> texts = new HashMap<>();
        export.get("articles").forEach(a -> texts.put(a.get("id").asText(), a.get("text").asText()));
        List<String> storyIds = ids(export.get("stories"));
        assertThat(hits.isArray()).isTrue();
        assertThat(hits.size()).isBetween(1, 20);
        List<JsonNode> articleHits = new ArrayList<>();
        hits.forEach(h -> {
            assertThat(h.get("kind").asText()).isIn("article", "quote", "entity");
            assertThat(h.get("passage").asText()).isNotBlank();
            assertThat(h.get("score").asDouble()).isPositive();
            assertThat(h.has("label")).isTrue();
            assertThat(h.get("storyId").isNull() || storyIds.contains(h.get("storyId").asText())).isTrue();
            if (h.get("kind").asText().equals("article")) {
                articleHits.add(h);
            }
        });
        List<Double> scores = new ArrayList<>();
        hits.forEach(h -> scores.add(-h.get("score").asDouble()));
        assertThat(scores).isSorted();
        assertThat(articleHits).isNotEmpty().allSatisfy(h -> {
            String text = texts.get(h.get("articleId").asText());
            assertThat(text).isNotNull();
            String passage = text.substring(h.get("start").asInt(), h.get("end").asInt());
            assertThat(passage.strip()).isEqualTo(h.get("passage").asText());
            assertThat(passage).containsIgnoringCase("sahel");
        });
        CommandRun none = CommandRun.of("--workspace", seedWorkspace, "search", "zzyzxnotaword", "--json");
        assertThat(none.code()).isZero();
        assertThat(new ObjectMapper().readTree(none.out()).isArray()).isTrue();
        assertThat(new ObjectMapper().readTree(none.out())).isEmpty();
    }

    @Test
    void jsonLdExportExpandsToANewsArticlePerArticleAndQuotationsSpokenByTheirSpeakers() throws Exception {
        CommandRun jsonld = CommandRun.of("--workspace", seedWorkspace, "export", "--format", "jsonld");
        assertThat(jsonld.code()).as(jsonld.err()).isZero();
        JsonNode export = new ObjectMapper().readTree(
                CommandRun.of("--workspace", seedWorkspace, "export", "--format", "json").out());
        // The processor reads the inline @context and expands every term to a full schema.org IRI.
        jakarta.json.JsonArray expandedArray = com.apicatalog.jsonld.JsonLd.expand(
                com.apicatalog.jsonld.document.JsonDocument.of(new java.io.StringReader(jsonld.out()))).get();
        JsonNode expanded = new ObjectMapper().readTree(expandedArray.toString());
        String schema = "https://schema.org/";
        Map<String, JsonNode> byId = new HashMap<>();
        List<JsonNode> nodes = new ArrayList<>();
        expanded.forEach(n -> collectNodes(n, nodes));
        nodes.stream().filter(n -> n.has("@id") && n.has("@type")).forEach(n -> byId.put(n.get("@id").asText(), n));

        List<String> newsArticles = nodes.stream().filter(n -> types(n).contains(schema + "NewsArticle"))
                .map(n -> n.get("@id").asText()).toList();
        List<String> articleIds = ids(export.get("articles"));
        assertThat(articleIds).isNotEmpty();
        assertThat(newsArticles).containsExactlyInAnyOrderElementsOf(
                articleIds.stream().map(id -> "urn:dossier:article:" + id).toList());
        for (JsonNode article : export.get("articles")) {
            JsonNode node = byId.get("urn:dossier:article:" + article.get("id").asText());
            // A missing or blank title or outlet is left out, not written empty.
            assertThat(optionalValue(node, schema + "headline")).isEqualTo(textOrNull(article.get("title")));
            assertThat(optionalValue(node, schema + "url")).isEqualTo(textOrNull(article.get("url")));
            JsonNode publisher = node.path(schema + "publisher").path(0);
            assertThat(optionalValue(publisher, schema + "name")).isEqualTo(textOrNull(article.get("outlet")));
        }

        for (JsonNode story : export.get("stories")) {
            JsonNode event = byId.get("urn:dossier:story:" + story.get("id").asText());
            assertThat(types(event)).contains(schema + "Event");
            assertThat(value(event, schema + "name")).isEqualTo(story.get("title").asText());
            assertThat(value(event, schema + "startDate")).isEqualTo(story.get("start").asText());
            List<String> subjectOf = new ArrayList<>();
            event.get(schema + "subjectOf").forEach(r -> subjectOf.add(r.get("@id").asText()));
            List<String> storyArticles = new ArrayList<>();
            story.get("articleIds").forEach(id -> storyArticles.add("urn:dossier:article:" + id.asText()));
            assertThat(subjectOf).containsExactlyInAnyOrderElementsOf(storyArticles);
        }

        // Every quotation with a speaker, as (text, speaker's name, speaker's type), from both sides.
        List<List<String>> expected = new ArrayList<>();
        for (JsonNode story : export.get("stories")) {
            Map<String, JsonNode> entities = new HashMap<>();
            story.get("entities").forEach(e -> entities.put(e.get("id").asText(), e));
            for (JsonNode quote : story.get("quotes")) {
                JsonNode speaker = quote.get("speaker");
                if (speaker == null || speaker.isNull()) {
                    continue;
                }
                JsonNode entity = speaker.get("entityId").isNull() ? null : entities.get(speaker.get("entityId").asText());
                expected.add(entity == null
                        ? List.of(quote.get("text").asText(), speaker.get("name").asText(), "Person")
                        : List.of(quote.get("text").asText(), entity.get("name").asText(), entityType(entity)));
            }
        }
        List<List<String>> found = new ArrayList<>();
        for (JsonNode quotation : nodes.stream().filter(n -> types(n).contains(schema + "Quotation")).toList()) {
            JsonNode spoken = quotation.get(schema + "spokenByCharacter");
            if (spoken == null) {
                continue;
            }
            JsonNode speaker = spoken.get(0).has("@type") ? spoken.get(0) : byId.get(spoken.get(0).get("@id").asText());
            found.add(List.of(value(quotation, schema + "text"), value(speaker, schema + "name"),
                    types(speaker).get(0).substring(schema.length())));
        }
        assertThat(expected).anySatisfy(q -> assertThat(q.get(2)).isEqualTo("Person"));
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void serveRefusesAPortOutOfRange() {
        CommandRun serve = CommandRun.of("--workspace", seedWorkspace, "serve", "--port", "70000");
        assertThat(serve.code()).isEqualTo(1);
        assertThat(serve.err()).contains("--port must be between 0 and 65535");
    }

    @Test
    void unknownStoryFailsWithExitOneAndAOneLineReason() {
        CommandRun show = CommandRun.of("--workspace", workspace, "show", "s-does-not-exist");
        assertThat(show.code()).isEqualTo(1);
        assertThat(show.err().lines().toList()).singleElement().asString()
                .startsWith("dossier: no story s-does-not-exist");
        CommandRun export = CommandRun.of("--workspace", workspace, "export", "--format", "md", "--story", "s-nope");
        assertThat(export.code()).isEqualTo(1);
        assertThat(export.err()).contains("no story s-nope");
    }

    @Test
    void folderMixingGoodAndBadFilesIsReadWithExitThreeAndEveryProblemNamed() throws IOException {
        Path in = tmp.resolve("mixed");
        Files.createDirectories(in);
        Files.writeString(in.resolve("good.txt"), "Harbour dues rise in Porto\n\nThe port authority of Porto said on "
                + "Monday that harbour dues for trawlers would rise by four percent from July.\n");
        byte[] binary = new byte[2048];
        new java.util.Random(7).nextBytes(binary);
        Files.write(in.resolve("blob.txt"), binary);
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.writeString(in.resolve("feed.jsonl"), "{\"text\": \"The first line is a fine article about the quota "
                + "talks.\", \"outlet\": \"A\"}\n{\"text\": \"So is the second, about the coastal fund.\"}\n"
                + "[1, 2, 3]\n");
        Files.writeString(in.resolve("broken.html"), "<html><head><title>Broken</title></head><body><div><p>Unclosed <b>");

        CommandRun build = CommandRun.of("--workspace", tmp.resolve("mixed-ws"), "build", in);

        assertThat(build.code()).as(build.err()).isEqualTo(3);
        assertThat(build.err().lines().toList()).allSatisfy(l -> assertThat(l).startsWith("skipped "))
                .anySatisfy(l -> assertThat(l).startsWith("skipped " + in.resolve("feed.jsonl") + ":3: "))
                .anySatisfy(l -> assertThat(l).startsWith("skipped " + in.resolve("blob.txt") + ": "))
                .anySatisfy(l -> assertThat(l).startsWith("skipped " + in.resolve("empty.txt") + ": "))
                .anySatisfy(l -> assertThat(l).startsWith("skipped " + in.resolve("broken.html") + ": "))
                .hasSize(4);
        assertThat(build.out()).contains("3 new");
        try (Workspace ws = Workspace.open(tmp.resolve("mixed-ws"))) {
            assertThat(ws.articleCount()).isEqualTo(3);
            assertThat(ws.problems(ws.builds().get(0).id())).hasSize(4);
        }
    }

    private static List<CSVRecord> csvRows(Path file) throws IOException {
        try (CSVParser parser = CSVParser.parse(file, StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }

    /** Every node object of an expanded JSON-LD document, nested ones too. */
    private static void collectNodes(JsonNode node, List<JsonNode> into) {
        if (node.isObject() && node.has("@type")) {
            into.add(node);
        }
        node.forEach(child -> collectNodes(child, into));
    }

    private static List<String> types(JsonNode expandedNode) {
        List<String> types = new ArrayList<>();
        expandedNode.get("@type").forEach(t -> types.add(t.asText()));
        return types;
    }

    /** The first value of an expanded property. */
    private static String value(JsonNode expandedNode, String property) {
        return expandedNode.get(property).get(0).get("@value").asText();
    }

    /** The first value of an expanded property, or null when the node lacks it. */
    private static String optionalValue(JsonNode expandedNode, String property) {
        return expandedNode.has(property) ? value(expandedNode, property) : null;
    }

    private static String textOrNull(JsonNode value) {
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    /** The schema.org type the JSON-LD export gives an entity of the JSON export. */
    private static String entityType(JsonNode entity) {
        return switch (entity.get("type").asText()) {
            case "PERSON" -> "Person";
            case "ORGANIZATION", "GROUP" -> "Organization";
            case "COUNTRY" -> "Country";
            case "LOCATION" -> "Place";
            case "EVENT" -> "Event";
            default -> "Thing";
        };
    }

    private static void collectEvidence(JsonNode node, List<JsonNode> into) {
        if (node.isObject() && node.has("articleId") && node.has("start") && node.has("end")) {
            into.add(node);
        }
        node.forEach(child -> collectEvidence(child, into));
    }

    private static String withoutGeneratedAt(String json) {
        return json.replaceFirst("\"generatedAt\" : \"[^\"]*\"", "");
    }
}
