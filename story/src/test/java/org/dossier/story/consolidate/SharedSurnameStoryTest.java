package org.dossier.story.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Quote;
import org.dossier.model.Story;
import org.dossier.story.AnalyzedArticle;
import org.junit.jupiter.api.Test;

/** Stories whose reports name two people of one surname, and organisations written with and without dots. */
class SharedSurnameStoryTest {

    private static final Article BILL = new Article("a-bill", null, null, "Daily Courier", null, "en",
            "2024-03-04T09:00:00Z", null,
            "Former president Bill Clinton spoke at the library in Little Rock on Monday. "
                    + "\"We owe the next generation a working democracy,\" Clinton said.", null);
    private static final Article HILLARY = new Article("a-hillary", null, null, "Evening Post", null, "en",
            "2024-03-04T11:00:00Z", null,
            "Hillary Clinton told reporters in Little Rock that the campaign would go on. "
                    + "\"Nobody is giving up this fight,\" Clinton said after the event.", null);
    private static final Article BOTH = new Article("a-both", null, null, "Metro Wire", null, "en",
            "2024-03-04T12:00:00Z", null,
            "Bill Clinton and Hillary Clinton appeared together in Little Rock. "
                    + "Clinton thanked the crowd before leaving.", null);
    private static final Article BARE = new Article("a-bare", null, null, "Valley News", null, "en",
            "2024-03-04T13:00:00Z", null,
            "Crowds waited for hours outside the library. Clinton arrived shortly after noon.", null);

    private static AnalyzedArticle analyzed(Article a, List<Entity> entities, List<Quote> quotes) {
        return new AnalyzedArticle(a, new ArticleAnalysis(a.id(), entities, List.of(), quotes, List.of()));
    }

    private static Entity person(Article a, String id, String name, String... aliases) {
        return Seeds.entity(a, id, name, EntityType.PERSON, List.of(aliases), List.of());
    }

    private static AnalyzedArticle billReport() {
        return analyzed(BILL, List.of(person(BILL, "p1", "Bill Clinton", "Clinton")),
                List.of(Seeds.quote(BILL, "We owe the next generation a working democracy,", "p1", "Bill Clinton")));
    }

    private static AnalyzedArticle hillaryReport() {
        return analyzed(HILLARY, List.of(person(HILLARY, "p1", "Hillary Clinton", "Clinton")),
                List.of(Seeds.quote(HILLARY, "Nobody is giving up this fight,", "p1", "Hillary Clinton")));
    }

    private static List<Entity> clintons(Story story) {
        return story.entities().stream().filter(e -> e.name().endsWith("Clinton")).toList();
    }

    private static Entity named(Story story, String name) {
        return story.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void twoClintonsSharingTheSurnameAliasStayTwoPeople() {
        Story story = new StoryConsolidator().consolidate("s-clinton", List.of(billReport(), hillaryReport()));

        assertThat(clintons(story)).extracting(Entity::name)
                .containsExactlyInAnyOrder("Bill Clinton", "Hillary Clinton");
        assertThat(named(story, "Bill Clinton").mentions()).allMatch(m -> m.articleId().equals("a-bill"));
        assertThat(named(story, "Hillary Clinton").mentions()).allMatch(m -> m.articleId().equals("a-hillary"));
    }

    @Test
    void eachQuoteKeepsTheSpeakerOfItsOwnArticle() {
        Story story = new StoryConsolidator().consolidate("s-clinton", List.of(billReport(), hillaryReport()));

        Quote fromBill = story.quotes().stream().filter(q -> q.evidence().articleId().equals("a-bill"))
                .findFirst().orElseThrow();
        Quote fromHillary = story.quotes().stream().filter(q -> q.evidence().articleId().equals("a-hillary"))
                .findFirst().orElseThrow();
        assertThat(fromBill.speaker().entityId()).isEqualTo(named(story, "Bill Clinton").id());
        assertThat(fromHillary.speaker().entityId()).isEqualTo(named(story, "Hillary Clinton").id());
        assertThat(fromBill.speaker().entityId()).isNotEqualTo(fromHillary.speaker().entityId());
    }

    @Test
    void bareSurnameInAnArticleNamingBothClintonsStaysItsOwnEntity() {
        AnalyzedArticle both = analyzed(BOTH, List.of(person(BOTH, "p1", "Bill Clinton"),
                person(BOTH, "p2", "Hillary Clinton"), person(BOTH, "p3", "Clinton")), List.of());

        Story story = new StoryConsolidator().consolidate("s-clinton", List.of(billReport(), hillaryReport(), both));

        assertThat(clintons(story)).extracting(Entity::name)
                .containsExactlyInAnyOrder("Bill Clinton", "Hillary Clinton", "Clinton");
        assertThat(named(story, "Bill Clinton").mentions()).extracting(m -> m.articleId())
                .containsOnly("a-bill", "a-both");
    }

    @Test
    void bareSurnameJoinsTheOnlyClintonOfItsOwnArticle() {
        AnalyzedArticle hillaryOnly = analyzed(HILLARY, List.of(person(HILLARY, "p1", "Hillary Clinton"),
                person(HILLARY, "p2", "Clinton")), List.of());

        Story story = new StoryConsolidator().consolidate("s-clinton", List.of(billReport(), hillaryOnly));

        assertThat(clintons(story)).extracting(Entity::name)
                .containsExactlyInAnyOrder("Bill Clinton", "Hillary Clinton");
        assertThat(named(story, "Hillary Clinton").mentions()).extracting(m -> m.articleId()).containsOnly("a-hillary")
                .hasSize(3);
    }

    @Test
    void bareSurnameInAnArticleWithoutFullNamesIsNotGivenToEitherClinton() {
        AnalyzedArticle bare = analyzed(BARE, List.of(person(BARE, "p1", "Clinton")), List.of());

        Story story = new StoryConsolidator().consolidate("s-clinton", List.of(billReport(), hillaryReport(), bare));

        assertThat(named(story, "Clinton").mentions()).extracting(m -> m.articleId()).containsOnly("a-bare");
    }

    @Test
    void bareSurnameInAnArticleWithoutFullNamesJoinsTheStorysOnlyClinton() {
        AnalyzedArticle bare = analyzed(BARE, List.of(person(BARE, "p1", "Clinton")), List.of());

        Story story = new StoryConsolidator().consolidate("s-clinton", List.of(billReport(), bare));

        assertThat(clintons(story)).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Bill Clinton");
            assertThat(e.mentions()).extracting(m -> m.articleId()).contains("a-bill", "a-bare");
        });
    }

    @Test
    void dottedAndUndottedAcronymsAreOneEntity() {
        Article wire = new Article("a-wire", null, null, "Metro Wire", null, "en", "2024-03-05T08:00:00Z", null,
                "The F.B.I. said the U.S. embassy had asked the U.N. for help.", null);
        Article post = new Article("a-post", null, null, "Evening Post", null, "en", "2024-03-05T09:00:00Z", null,
                "The FBI confirmed that the US had written to the UN on Tuesday.", null);
        AnalyzedArticle first = analyzed(wire, List.of(
                Seeds.entity(wire, "o1", "F.B.I.", EntityType.ORGANIZATION, List.of(), List.of()),
                Seeds.entity(wire, "c1", "U.S.", EntityType.COUNTRY, List.of(), List.of()),
                Seeds.entity(wire, "o2", "U.N.", EntityType.ORGANIZATION, List.of(), List.of())), List.of());
        AnalyzedArticle second = analyzed(post, List.of(
                Seeds.entity(post, "o1", "FBI", EntityType.ORGANIZATION, List.of(), List.of()),
                Seeds.entity(post, "c1", "US", EntityType.COUNTRY, List.of(), List.of()),
                Seeds.entity(post, "o2", "UN", EntityType.ORGANIZATION, List.of(), List.of())), List.of());

        Story story = new StoryConsolidator().consolidate("s-fbi", List.of(first, second));

        assertThat(story.entities()).hasSize(3).allSatisfy(e ->
                assertThat(e.mentions()).extracting(m -> m.articleId()).containsExactlyInAnyOrder("a-wire", "a-post"));
        assertThat(Words.nameKey("F.B.I.")).isEqualTo(Words.nameKey("FBI")).isEqualTo("fbi");
        assertThat(Words.nameKey("George W. Bush")).isEqualTo("george w bush");
    }
}
