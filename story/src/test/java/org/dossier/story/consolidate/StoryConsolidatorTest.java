package org.dossier.story.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.model.Conflict;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Evidence;
import org.dossier.model.Quote;
import org.dossier.model.Speaker;
import org.dossier.model.Story;
import org.dossier.model.SummarySentence;
import org.dossier.model.TimeExpression;
import org.dossier.model.TimelineEntry;
import org.dossier.story.AnalyzedArticle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StoryConsolidatorTest {

    private static final StoryConsolidator CONSOLIDATOR = new StoryConsolidator();
    private static List<AnalyzedArticle> members;
    private static Map<String, Article> articles;
    private static Story story;

    @BeforeAll
    static void consolidateRomeStory() {
        members = SeedFacts.romeStory();
        articles = members.stream().map(AnalyzedArticle::article)
                .collect(Collectors.toMap(Article::id, Function.identity()));
        story = CONSOLIDATOR.consolidate("s-rome", members);
    }

    private static String text(Evidence e) {
        return articles.get(e.articleId()).text().substring(e.start(), e.end());
    }

    private static List<Evidence> allEvidence(Story s) {
        List<Evidence> all = new ArrayList<>();
        s.summary().forEach(x -> all.addAll(x.evidence()));
        s.entities().forEach(x -> all.addAll(x.mentions()));
        s.quotes().forEach(q -> {
            all.add(q.evidence());
            all.addAll(q.alsoReportedIn());
        });
        s.timeline().forEach(t -> all.addAll(t.evidence()));
        s.claims().forEach(c -> all.add(c.evidence()));
        s.conflicts().forEach(c -> c.values().forEach(v -> all.addAll(v.evidence())));
        return all;
    }

    @Test
    void everyEvidenceLiesInsideItsArticle() {
        for (Evidence e : allEvidence(story)) {
            assertThat(articles).containsKey(e.articleId());
            assertThat(e.end()).isLessThanOrEqualTo(articles.get(e.articleId()).text().length());
        }
        for (SummarySentence s : story.summary()) {
            assertThat(text(s.evidence().get(0))).isEqualTo(s.text());
        }
    }

    @Test
    void sameStoryWhateverTheOrderOfMembers() {
        List<AnalyzedArticle> shuffled = new ArrayList<>(members);
        Collections.shuffle(shuffled, new Random(7));

        assertThat(CONSOLIDATOR.consolidate("s-rome", shuffled)).isEqualTo(story);
    }

    @Test
    void onePersonForFullNameAndSurnameAcrossArticles() {
        List<Entity> blinkens = story.entities().stream()
                .filter(e -> e.name().contains("Blinken") || e.aliases().contains("Blinken")).toList();

        assertThat(blinkens).hasSize(1);
        Entity blinken = blinkens.get(0);
        assertThat(blinken.name()).isEqualTo("Antony Blinken");
        assertThat(blinken.roles()).contains("US Secretary of State");
        Set<String> sources = blinken.mentions().stream().map(Evidence::articleId).collect(Collectors.toSet());
        assertThat(sources).contains("a-002", "a-003", "a-004");
        assertThat(blinken.mentions()).allSatisfy(m -> assertThat(text(m)).contains("Blinken"));
    }

    @Test
    void oneGroupForItsNamesAndAbbreviations() {
        List<Entity> groups = story.entities().stream().filter(e -> e.type() == EntityType.GROUP).toList();

        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).name()).isEqualTo("Islamic State");
        assertThat(groups.get(0).aliases()).contains("ISIS", "IS", "Daesh");
    }

    @Test
    void coalitionNamedDifferentlyByEachOutletIsOneOrganisation() {
        List<Entity> coalitions = story.entities().stream()
                .filter(e -> e.name().toLowerCase().contains("coalition")).toList();

        assertThat(coalitions).hasSize(1);
        assertThat(coalitions.get(0).mentions().stream().map(Evidence::articleId).distinct())
                .contains("a-000", "a-002", "a-003");
    }

    @Test
    void entityIdsAreStoryWideAndStable() {
        Set<String> ids = new HashSet<>();
        story.entities().forEach(e -> assertThat(ids.add(e.id())).isTrue());
        assertThat(ids).allSatisfy(id -> assertThat(id).startsWith("e-"));

        Story again = CONSOLIDATOR.consolidate("s-rome", members);
        Story elsewhere = CONSOLIDATOR.consolidate("s-other", members);
        assertThat(again.entities()).isEqualTo(story.entities());
        assertThat(elsewhere.entities().get(0).id()).isNotEqualTo(story.entities().get(0).id());
    }

    @Test
    void quoteSpeakersPointToStoryEntitiesAndAreGrouped() {
        Set<String> entityIds = story.entities().stream().map(Entity::id).collect(Collectors.toSet());
        for (Quote q : story.quotes()) {
            assertThat(q.speaker()).isNotNull();
            assertThat(entityIds).contains(q.speaker().entityId());
            assertThat(text(q.evidence())).isEqualTo(q.text());
        }
        List<String> speakers = story.quotes().stream().map(q -> q.speaker().name()).toList();
        List<String> runs = new ArrayList<>();
        for (String s : speakers) {
            if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(s)) {
                runs.add(s);
            }
        }
        assertThat(runs).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void memberCountsConflictWithNoteExplainingTheNewMembers() {
        // Besides the count, the sources disagree only on the date of the last meeting (DatedClaimsTest).
        assertThat(story.conflicts()).extracting(Conflict::property).containsExactlyInAnyOrder("members", "date");
        Conflict members = story.conflicts().stream().filter(c -> c.property().equals("members")).findFirst()
                .orElseThrow();

        assertThat(members.property()).isEqualTo("members");
        assertThat(members.values()).extracting(Conflict.Value::value).contains("83", "79");
        for (Conflict.Value v : members.values()) {
            if (v.value().matches("\\d+")) {
                assertThat(v.evidence()).allSatisfy(e -> assertThat(text(e)).contains(v.value()));
            }
        }
        assertThat(members.note()).contains("79", "before", "4 new members", "79 + 4 = 83");
        assertThat(members.note()).contains("\"more than 80\" is consistent with 83");
    }

    @Test
    void claimSubjectsAreResolvedToTheStoryEntity() {
        // Dated claims are about a happening ("last meeting"), not an entity: DatedClaimsTest.
        Set<String> subjects = story.claims().stream().filter(c -> !c.property().equals(DatedClaims.PROPERTY))
                .map(c -> c.subject()).collect(Collectors.toSet());
        String coalition = story.entities().stream().filter(e -> e.name().toLowerCase().contains("coalition"))
                .findFirst().orElseThrow().id();

        assertThat(subjects).containsExactly(coalition);
    }

    @Test
    void timelineHoldsTheDatedEventsInOrder() {
        List<String> dates = story.timeline().stream().map(TimelineEntry::date).toList();

        assertThat(dates).isSorted().contains("2021-06-28", "2021-03-30", "2019-02", "2020-06");
        TimelineEntry rome = story.timeline().stream().filter(t -> t.date().equals("2021-06-28")).findFirst()
                .orElseThrow();
        // The meeting day, said by three outlets, is one event with all their sentences.
        assertThat(rome.evidence().stream().map(Evidence::articleId).distinct()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(rome.what()).contains("Rome");
        for (TimelineEntry t : story.timeline()) {
            assertThat(t.what().length()).isLessThanOrEqualTo(TimelineBuilder.MAX_WHAT + 1);
            assertThat(t.what()).doesNotContain("\n");
        }
    }

    @Test
    void datelineIsNotAnEvent() {
        Evidence dateline = Seeds.at(articles.get("a-003"), "06/28/2021");

        assertThat(story.timeline()).allSatisfy(t -> assertThat(t.evidence())
                .noneMatch(e -> e.articleId().equals("a-003") && e.start() <= dateline.start()
                        && dateline.end() <= e.end()));
    }

    @Test
    void summaryCitesSeveralSourcesWithoutRepeats() {
        List<SummarySentence> summary = story.summary();

        assertThat(summary).hasSizeBetween(Summarizer.MIN_SENTENCES, Summarizer.MAX_SENTENCES);
        assertThat(summary.stream().map(s -> s.evidence().get(0).articleId()).distinct().count())
                .isGreaterThanOrEqualTo(3);
        for (int i = 0; i < summary.size(); i++) {
            for (int j = i + 1; j < summary.size(); j++) {
                assertThat(Words.jaccard(Words.contentStemSet(summary.get(i).text(), Cues.of("en")),
                        Words.contentStemSet(summary.get(j).text(), Cues.of("en")))).isLessThan(Summarizer.NEAR_REPEAT);
            }
        }
    }

    @Test
    void summarySaysTheMeetingTurnedTheCoalitionTowardsAfrica() {
        assertThat(story.summary()).anySatisfy(s -> assertThat(s.text()).contains("Africa"));
        assertThat(story.summary()).anySatisfy(s -> assertThat(s.text()).contains("Rome"));
    }

    @Test
    void summaryNamesTheCoChairsAndTheNewMembers() {
        String summary = String.join(" ", story.summary().stream().map(SummarySentence::text).toList());

        assertThat(summary).contains("Di Maio").contains("Blinken");
        assertThat(summary).contains("Central African Republic").contains("Congo").contains("Mauritania")
                .contains("Yemen");
    }

    @Test
    void summarySkipsHeadingsAndQuotations() {
        for (SummarySentence s : story.summary()) {
            assertThat(s.text()).doesNotStartWith("“").doesNotStartWith("\"");
            assertThat(s.text()).endsWith(".");
        }
    }

    @Test
    void titleNamesTheEventPlaceAndDayRatherThanAFirstLine() {
        Set<String> firstLines = articles.values().stream().map(a -> a.text().strip().split("\n")[0].strip())
                .collect(Collectors.toSet());

        assertThat(story.title()).contains("Rome").contains("28 June 2021").contains("meeting");
        assertThat(firstLines).doesNotContain(story.title());
        assertThat(story.start()).isEqualTo("2021-06-27");
        assertThat(story.end()).isEqualTo("2021-06-28");
    }

    private static AnalyzedArticle electionReport(String id, String published, String text, boolean dated) {
        int place = text.indexOf("Beaufort");
        List<Entity> entities = place < 0 ? List.of()
                : List.of(new Entity("e-" + id, "Beaufort", EntityType.LOCATION, List.of(), List.of(),
                        List.of(new Evidence(id, place, place + "Beaufort".length()))));
        int day = text.indexOf("20 February 2016");
        List<TimeExpression> times = !dated || day < 0 ? List.of()
                : List.of(new TimeExpression("20 February 2016", "DATE", "2016-02-20",
                        new Evidence(id, day, day + "20 February 2016".length())));
        Article a = new Article(id, id + ".txt", null, "outlet " + id, null, "en", published, null, text, null);
        return new AnalyzedArticle(a, new ArticleAnalysis(id, entities, times, List.of(), List.of()));
    }

    @Test
    void titlePairsAPlaceAndADateOnlyWhenAnArticleReportsBoth() {
        AnalyzedArticle place = electionReport("a-place", "2016-02-21",
                "Voters queued for hours at the primary election in Beaufort, officials said. "
                        + "The election drew the largest crowds in years.\n", true);
        AnalyzedArticle day = electionReport("a-day", "2016-02-21",
                "The primary election was held on 20 February 2016, officials said. "
                        + "Turnout at the election was higher than expected.\n", true);
        AnalyzedArticle both = electionReport("a-both", "2016-02-21",
                "The primary election in Beaufort was held on 20 February 2016, officials said. "
                        + "The election drew the largest crowds in years.\n", true);

        Story apart = CONSOLIDATOR.consolidate("s-apart", List.of(place, day));
        Story together = CONSOLIDATOR.consolidate("s-together", List.of(place, both));

        assertThat(apart.title()).contains("Beaufort").doesNotContain("2016");
        assertThat(together.title()).contains("Beaufort").contains("20 February 2016");
    }

    private static AnalyzedArticle quoting(String id, String published, String speaker) {
        String words = "Nobody is ready for this job until they have sat at that desk";
        String text = speaker + " said: \u201c" + words + ".\u201d The remark drew applause in the hall.\n";
        int start = text.indexOf(words);
        Article a = new Article(id, id + ".txt", null, "outlet " + id, null, "en", published, null, text, null);
        Quote q = new Quote(words + ".", true, new Speaker(null, speaker),
                new Evidence(id, start, start + words.length() + 1));
        return new AnalyzedArticle(a, new ArticleAnalysis(id, List.of(), List.of(), List.of(q), List.of()));
    }

    @Test
    void aQuotationTwoOutletsGiveToDifferentPeopleKeepsEachArticlesSpeaker() {
        AnalyzedArticle first = quoting("a-first", "2016-07-27", "Hillary Clinton");
        AnalyzedArticle second = quoting("a-second", "2016-07-28", "Barack Obama");
        AnalyzedArticle third = quoting("a-third", "2016-07-28", "Obama");

        Story s = CONSOLIDATOR.consolidate("s-desk", List.of(first, second, third));

        Map<String, String> speakerOf = new HashMap<>();
        for (Quote q : s.quotes()) {
            speakerOf.put(q.evidence().articleId(), q.speaker().name());
            q.alsoReportedIn().forEach(e -> speakerOf.put(e.articleId(), q.speaker().name()));
        }
        assertThat(s.quotes()).hasSize(2);
        assertThat(speakerOf).containsEntry("a-first", "Hillary Clinton");
        assertThat(speakerOf.get("a-second")).endsWith("Obama");
        assertThat(speakerOf.get("a-third")).endsWith("Obama");
    }

    @Test
    void singleSourceStoryWithATitleKeepsIt() {
        AnalyzedArticle one = SeedFacts.seed001();
        Article titled = new Article(one.article().id(), null, null, null,
                "Foreign Minister Maas participates in the virtual meeting - Federal Foreign Office", "en",
                one.article().published(), one.article().publishedSource(), one.article().text(), null);

        Story s = CONSOLIDATOR.consolidate("s-2020", List.of(new AnalyzedArticle(titled, one.analysis())));

        assertThat(s.title()).isEqualTo("Foreign Minister Maas participates in the virtual meeting");
    }

    @Test
    void duplicateCountsAsOneSourceButKeepsItsEvidence() {
        AnalyzedArticle original = SeedFacts.seed002();
        Article copy = new Article("a-002-copy", null, null, "Aggregator", null, "en", "2021-06-29", null,
                original.article().text(), original.article().id());
        AnalyzedArticle duplicate = new AnalyzedArticle(copy, relabel(original, copy.id()));
        List<AnalyzedArticle> withCopy = new ArrayList<>(members);
        withCopy.add(duplicate);

        Story s = CONSOLIDATOR.consolidate("s-rome", withCopy);

        assertThat(s.articleIds()).contains("a-002-copy");
        Quote support = s.quotes().stream().filter(q -> q.text().startsWith("We strongly support")).findFirst()
                .orElseThrow();
        assertThat(support.evidence().articleId()).isEqualTo("a-002");
        assertThat(support.alsoReportedIn()).extracting(Evidence::articleId).containsExactly("a-002-copy");
        // The copy adds no summary sentence of its own, but its copies of chosen sentences are cited.
        assertThat(s.summary()).allSatisfy(x -> assertThat(x.evidence().get(0).articleId()).isNotEqualTo("a-002-copy"));
        assertThat(s.summary().stream().flatMap(x -> x.evidence().stream()))
                .anyMatch(e -> e.articleId().equals("a-002-copy"));
        Conflict members = s.conflicts().stream().filter(c -> c.property().equals("members")).findFirst()
                .orElseThrow();
        assertThat(members.values().get(0).value()).isEqualTo("79");
        assertThat(members.values().stream().flatMap(v -> v.evidence().stream()))
                .anyMatch(e -> e.articleId().equals("a-002-copy"));
    }

    @Test
    void sameStatementTranslatedDifferentlyIsOneQuote() {
        String text = "Rome meeting of the coalition\n\nUS Secretary of State Antony Blinken said on Monday in Rome: "
                + "“We firmly support the initiative of Italy so that the coalition concentrates its experience "
                + "on Africa, while keeping its eyes open on Syria and Iraq.” The ministers met for the first time "
                + "in two years.";
        Article other = new Article("a-zz1", null, null, "Another outlet", null, "en", "2021-06-29", null, text, null);
        String said = "We firmly support the initiative of Italy so that the coalition concentrates its experience "
                + "on Africa, while keeping its eyes open on Syria and Iraq.";
        AnalyzedArticle translated = new AnalyzedArticle(other, new org.dossier.model.ArticleAnalysis(other.id(),
                List.of(Seeds.entity(other, "p1", "Antony Blinken", EntityType.PERSON, List.of(), List.of())),
                List.of(), List.of(Seeds.quote(other, said, "p1", "Antony Blinken")), List.of()));
        List<AnalyzedArticle> more = new ArrayList<>(members);
        more.add(translated);

        Story s = CONSOLIDATOR.consolidate("s-rome", more);

        Quote support = s.quotes().stream().filter(q -> q.text().contains("Italy")).findFirst().orElseThrow();
        assertThat(support.evidence().articleId()).isEqualTo("a-002");
        assertThat(support.alsoReportedIn()).extracting(Evidence::articleId).containsExactly("a-zz1");
        assertThat(s.quotes()).hasSize(story.quotes().size());
    }

    @Test
    void differentStatementsOfOneSpeakerStayApart() {
        long blinkenQuotes = story.quotes().stream().filter(q -> q.speaker().name().equals("Antony Blinken")).count();

        assertThat(blinkenQuotes).isEqualTo(3);
        assertThat(story.quotes()).allSatisfy(q -> assertThat(q.alsoReportedIn()).isEmpty());
    }

    @Test
    void storyOfAnArticleWithoutFactsStillHasSummaryAndTitle() {
        Article bare = Seeds.article(SeedFacts.S003);
        Story s = CONSOLIDATOR.consolidate("s-bare", List.of(new AnalyzedArticle(bare,
                org.dossier.model.ArticleAnalysis.empty(bare.id()))));

        assertThat(s.summary()).hasSizeBetween(Summarizer.MIN_SENTENCES, Summarizer.MAX_SENTENCES);
        assertThat(s.title()).isNotBlank();
        assertThat(s.entities()).isEmpty();
        assertThat(s.timeline()).isEmpty();
    }

    @Test
    void earlierMeetingStoryDatesItsBackgroundAndSkipsTheDateline() {
        Story s = CONSOLIDATOR.consolidate("s-2020", List.of(SeedFacts.seed001()));
        Article a = Seeds.article(SeedFacts.S001);

        assertThat(s.timeline()).extracting(TimelineEntry::date).containsExactly("2014", "2019-02", "2020-06-04");
        TimelineEntry statement = s.timeline().get(2);
        assertThat(a.text().substring(statement.evidence().get(0).start(), statement.evidence().get(0).end()))
                .contains("today (4 June)");
        assertThat(s.timeline().get(0).what()).contains("established in 2014");
    }

    @Test
    void concurrentConsolidationsAgree() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Story>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> CONSOLIDATOR.consolidate("s-rome", members)));
            }
            for (var run : runs) {
                assertThat(run.get()).isEqualTo(story);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void badFactsFromAnAnnotatorAreSkippedNotThrown() {
        Article a = Seeds.article(SeedFacts.S003);
        int past = a.text().length() + 10;
        Evidence outside = new Evidence(a.id(), past, past + 5);
        org.dossier.model.ArticleAnalysis broken = new org.dossier.model.ArticleAnalysis(a.id(),
                List.of(new Entity("1", " ", EntityType.ORGANIZATION, List.of(""), List.of(" "), List.of(outside))),
                List.of(new org.dossier.model.TimeExpression("x", "DATE", "2021-06-28", outside),
                        new org.dossier.model.TimeExpression("y", "DATE", "not a date", outside)),
                List.of(new Quote("x", true, new org.dossier.model.Speaker("nobody", " "), outside)),
                List.of(new org.dossier.model.Claim(" ", "members", "many", null, outside)));

        Story s = CONSOLIDATOR.consolidate("s-broken", List.of(new AnalyzedArticle(a, broken)));

        assertThat(s.timeline()).isEmpty();
        assertThat(s.summary()).isNotEmpty();
        assertThat(s.title()).isNotBlank();
    }

    private static org.dossier.model.ArticleAnalysis relabel(AnalyzedArticle a, String id) {
        var x = a.analysis();
        Function<Evidence, Evidence> move = e -> new Evidence(id, e.start(), e.end());
        return new org.dossier.model.ArticleAnalysis(id,
                x.entities().stream().map(e -> new Entity(e.id(), e.name(), e.type(), e.aliases(), e.roles(),
                        e.mentions().stream().map(move).toList())).toList(),
                x.times().stream().map(t -> new org.dossier.model.TimeExpression(t.text(), t.type(), t.value(),
                        move.apply(t.evidence()))).toList(),
                x.quotes().stream().map(q -> new Quote(q.text(), q.direct(), q.speaker(), move.apply(q.evidence())))
                        .toList(),
                x.claims().stream().map(c -> new org.dossier.model.Claim(c.subject(), c.property(), c.value(),
                        c.qualifier(), move.apply(c.evidence()))).toList());
    }
}
