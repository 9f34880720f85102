package org.dossier.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.analyze.Analyzers;
import org.dossier.analyze.AnnotatorContract;
import org.dossier.analyze.Annotator;
import org.dossier.analyze.SeedArticles;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Evidence;
import org.dossier.model.PublishedSource;
import org.junit.jupiter.api.Test;

class EntityAnnotatorTest extends AnnotatorContract<Entity> {

    private static final EntityAnnotator ANNOTATOR = new EntityAnnotator();

    @Override
    protected Annotator<Entity> annotator() {
        return ANNOTATOR;
    }

    @Override
    protected List<Evidence> evidenceOf(Entity fact) {
        return fact.mentions();
    }

    @Override
    protected List<String> textsOf(Entity fact) {
        List<String> texts = new ArrayList<>(fact.aliases());
        texts.add(fact.name());
        return texts;
    }

    private static List<Entity> entities(Article article) {
        return ANNOTATOR.annotate(Analyzers.context(article));
    }

    private static List<String> mentionTexts(Article article, Entity entity) {
        return entity.mentions().stream().map(e -> e.span().of(article.text())).toList();
    }

    private static List<Entity> ofType(List<Entity> entities, EntityType type) {
        return entities.stream().filter(e -> e.type() == type).toList();
    }

    private static Optional<Entity> mentioning(Article article, List<Entity> entities, String surface) {
        return entities.stream().filter(e -> mentionTexts(article, e).contains(surface)).findFirst();
    }

    @Test
    void blinkenIsOnePersonWithHisRoleAndTheSecretaryOfStateMention() {
        Article article = SeedArticles.seed("002_f9ca6fa413811794");
        List<Entity> found = entities(article);
        List<Entity> blinkens = found.stream().filter(e -> e.name().contains("Blinken")).toList();
        assertThat(blinkens).hasSize(1);
        Entity blinken = blinkens.get(0);
        assertThat(blinken.type()).isEqualTo(EntityType.PERSON);
        assertThat(blinken.name()).isEqualTo("Antony Blinken");
        assertThat(blinken.aliases()).contains("Blinken");
        assertThat(blinken.roles()).contains("US Secretary of State");
        // "..., said the Secretary of State in a tone of cordiality"
        int said = article.text().indexOf("said the Secretary of State");
        assertThat(blinken.mentions()).anySatisfy(m -> assertThat(m.start()).isEqualTo(said + "said the ".length()));
    }

    @Test
    void islamicStateAndIsisAreOneGroup() {
        Article article = SeedArticles.seed("002_f9ca6fa413811794");
        List<Entity> found = entities(article);
        Entity group = mentioning(article, found, "ISIS").orElseThrow();
        assertThat(group.type()).isEqualTo(EntityType.GROUP);
        assertThat(group.name()).isEqualTo("Islamic State");
        assertThat(mentionTexts(article, group)).contains("Islamic State", "ISIS");
        assertThat(ofType(found, EntityType.GROUP)).hasSize(1);
    }

    @Test
    void everyIsInTheGermanReportJoinsTheIslamicStateAndBundeswehrIsFound() {
        Article article = SeedArticles.seed("003_a2f742a56d34091d");
        List<Entity> found = entities(article);
        Entity group = mentioning(article, found, "Islamic State").orElseThrow();
        List<String> texts = mentionTexts(article, group);
        assertThat(texts.stream().filter("IS"::equals).count()).isGreaterThanOrEqualTo(12);
        assertThat(texts).contains("ISIS");
        assertThat(found.stream().filter(e -> e.type() == EntityType.GROUP && e.name().equals("Islamic State")))
                .hasSize(1);
        assertThat(mentioning(article, found, "Bundeswehr")).hasValueSatisfying(
                e -> assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION));
        assertThat(mentioning(article, found, "Boko Haram")).hasValueSatisfying(
                e -> assertThat(e.type()).isEqualTo(EntityType.GROUP));
    }

    @Test
    void russianIgJoinsTheIslamicState() {
        Article article = SeedArticles.seed("004_ec1c472087426295");
        List<Entity> found = entities(article);
        Entity group = mentioning(article, found, "IG").orElseThrow();
        assertThat(group.name()).isEqualTo("Islamic State");
        assertThat(mentionTexts(article, group)).contains("ISIS", "Islamic State", "IS");
    }

    @Test
    void wilmesHasHerRolesAndTheDeputyPrimeMinisterIsHer() {
        Article article = SeedArticles.seed("000_261515ad708b2a44");
        List<Entity> found = entities(article);
        Entity wilmes = found.stream().filter(e -> e.name().equals("Sophie Wilmès")).findFirst().orElseThrow();
        assertThat(wilmes.type()).isEqualTo(EntityType.PERSON);
        assertThat(wilmes.roles()).contains("Deputy Prime Minister and Minister of Foreign Affairs");
        assertThat(mentionTexts(article, wilmes)).contains("Deputy Prime Minister");
        assertThat(mentioning(article, found, "Daesh")).hasValueSatisfying(
                e -> assertThat(e.type()).isEqualTo(EntityType.GROUP));
    }

    @Test
    void titlesBeforeNamesBecomeRoles() {
        Article article = SeedArticles.seed("002_f9ca6fa413811794");
        List<Entity> found = entities(article);
        Entity diMaio = found.stream().filter(e -> e.name().equals("Luigi Di Maio")).findFirst().orElseThrow();
        assertThat(diMaio.roles()).containsExactly("Italian Foreign Minister");
        assertThat(diMaio.aliases()).contains("Di Maio");
        Entity stoltenberg = found.stream().filter(e -> e.name().equals("Jens Stoltenberg")).findFirst().orElseThrow();
        assertThat(stoltenberg.roles()).contains("Secretary General of NATO");
    }

    private static List<String> rolesOf(String language, String name, String text) {
        Article en = SeedArticles.article("a-" + language, text, "2021-06-28");
        Article article = new Article(en.id(), null, null, null, null, language, en.published(),
                en.publishedSource(), text, null);
        return entities(article).stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().roles();
    }

    @Test
    void titlesAreReadWithTheLinkWordsOfTheArticlesLanguage() {
        String text = "Jens Stoltenberg, the Secretary General of NATO, met the ministers in Brussels on Monday.";

        assertThat(rolesOf("en", "Jens Stoltenberg", text)).contains("Secretary General of NATO");
        // German has an NER model but no word lists yet: "of" links nothing, no title runs across it.
        // (A language with neither, say "xx", would find no Stoltenberg at all: no NER, no alias.)
        assertThat(rolesOf("de", "Jens Stoltenberg", text)).noneMatch(r -> r.contains(" of "));
    }

    @Test
    void countriesAreCountriesAndNationalityAdjectivesMakeNoEntity() {
        Article article = SeedArticles.seed("002_f9ca6fa413811794");
        List<Entity> found = entities(article);
        assertThat(mentioning(article, found, "Italy")).hasValueSatisfying(
                e -> assertThat(e.type()).isEqualTo(EntityType.COUNTRY));
        Entity us = mentioning(article, found, "US").orElseThrow();
        assertThat(us.type()).isEqualTo(EntityType.COUNTRY);
        assertThat(mentionTexts(article, us)).contains("United States");
        assertThat(mentioning(article, found, "Italian")).isEmpty();
    }

    @Test
    void shortFormsInCapitalisedHeadlinesOrLowerCaseAreNotNames() {
        Article article = SeedArticles.article("a-caps",
                "WHAT IS NEXT FOR THE COALITION AFTER THE VOTE\n\nLet us see what the ministers decide. "
                        + "It is too early, said one of them.", "2021-06-28");
        List<Entity> found = entities(article);
        assertThat(found).noneMatch(e -> e.type() == EntityType.GROUP || e.type() == EntityType.COUNTRY);
    }

    @Test
    void shortFormIsAcceptedBesideAGroupWord() {
        Article article = SeedArticles.article("a-militia",
                "Fighters of the militia IS attacked a village in the north on Tuesday.", "2021-06-28");
        List<Entity> found = entities(article);
        assertThat(mentioning(article, found, "IS")).hasValueSatisfying(e -> {
            assertThat(e.type()).isEqualTo(EntityType.GROUP);
            assertThat(e.name()).isEqualTo("Islamic State");
        });
    }

    @Test
    void groupWordsAreThoseOfTheArticlesLanguage() {
        String text = "Fighters of the militia IS attacked a village in the north on Tuesday.";
        Article article = new Article("a-militia-xx", null, null, null, null, "xx", "2021-06-28",
                PublishedSource.METADATA, text, null);

        // Without word lists "militia" is no group word, and nothing else supports the short form.
        assertThat(mentioning(article, entities(article), "IS")).isEmpty();
    }

    @Test
    void theCoalitionIsTheGlobalCoalitionNamedEarlier() {
        Article article = SeedArticles.seed("001_3f2330664d5f2acb");
        List<Entity> found = entities(article);
        Entity coalition = mentioning(article, found, "Global Coalition").orElseThrow();
        assertThat(coalition.name()).isEqualTo("Global Coalition");
        assertThat(coalition.aliases()).contains("Coalition");
        assertThat(found.stream().filter(e -> e.name().equals("Coalition"))).isEmpty();
    }

    @Test
    void idsAreArticleLocalAndStable() {
        Article article = SeedArticles.seed("004_ec1c472087426295");
        List<Entity> first = entities(article);
        assertThat(first).extracting(Entity::id).doesNotHaveDuplicates().allMatch(id -> id.matches("e-[0-9a-f]{12}"));
        Article other = SeedArticles.article("a-other", article.text(), article.published());
        List<String> otherIds = entities(other).stream().map(Entity::id).toList();
        assertThat(otherIds).doesNotContainAnyElementsOf(first.stream().map(Entity::id).toList());
    }
}
