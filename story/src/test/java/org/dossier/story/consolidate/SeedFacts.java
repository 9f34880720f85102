package org.dossier.story.consolidate;

import static org.dossier.story.consolidate.Seeds.claim;
import static org.dossier.story.consolidate.Seeds.date;
import static org.dossier.story.consolidate.Seeds.entity;
import static org.dossier.story.consolidate.Seeds.quote;

import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.model.EntityType;
import org.dossier.story.AnalyzedArticle;

/**
 * Facts of the kind the annotators produce, written by hand over the real seed texts: the names,
 * dates, quotations and counts a reader finds in each seed, with article-local entity ids and the
 * surface forms each article itself uses. Offsets come from the text.
 */
final class SeedFacts {

    static final String S000 = "000_261515ad708b2a44";
    static final String S001 = "001_3f2330664d5f2acb";
    static final String S002 = "002_f9ca6fa413811794";
    static final String S003 = "003_a2f742a56d34091d";
    static final String S004 = "004_ec1c472087426295";

    private SeedFacts() {
    }

    /** The four seeds about the Rome meeting of 28 June 2021. */
    static List<AnalyzedArticle> romeStory() {
        return List.of(seed000(), seed002(), seed003(), seed004());
    }

    static AnalyzedArticle seed000() {
        Article a = Seeds.article(S000);
        return new AnalyzedArticle(a, new ArticleAnalysis(a.id(),
                List.of(entity(a, "1", "Sophie Wilmès", EntityType.PERSON, List.of(),
                                List.of("Deputy Prime Minister", "Minister of Foreign Affairs")),
                        entity(a, "2", "International Coalition to Defeat Daesh", EntityType.ORGANIZATION,
                                List.of("Coalition against Daesh", "Coalition"), List.of()),
                        // Knowledge-based linking (the sanctions list names Daesh, ISIS and the Islamic State as one)
                        // gives the canonical name; the text itself says only "Daesh".
                        entity(a, "3", "Islamic State", EntityType.GROUP, List.of("Daesh", "ISIS"), List.of()),
                        entity(a, "4", "Rome", EntityType.LOCATION, List.of(), List.of()),
                        entity(a, "5", "Belgium", EntityType.COUNTRY, List.of(), List.of()),
                        entity(a, "6", "Kadhimi", EntityType.PERSON, List.of(), List.of("Prime Minister")),
                        entity(a, "7", "Africa", EntityType.LOCATION, List.of(), List.of())),
                List.of(date(a, "Monday 28 June", "2021-06-28"),
                        date(a, "30 March", "2021-03-30"),
                        date(a, "last February", "2021-02"),
                        date(a, "June 2020", "2020-06")),
                List.of(quote(a, "The more allies we have within the Coalition, the stronger we will be in the fight "
                                + "against terrorism.", "1", "Sophie Wilmès"),
                        quote(a, "The Sahel is a major concern regarding the expansionist intentions of Daesh in "
                                + "Africa.", "1", "Sophie Wilmès")),
                List.of()));
    }

    static AnalyzedArticle seed001() {
        Article a = Seeds.article(S001);
        return new AnalyzedArticle(a, new ArticleAnalysis(a.id(),
                List.of(entity(a, "1", "Heiko Maas", EntityType.PERSON, List.of("Maas"), List.of("Foreign Minister")),
                        entity(a, "2", "Global Coalition to Defeat Daesh/ISIS", EntityType.ORGANIZATION,
                                List.of("Coalition"), List.of()),
                        entity(a, "3", "The Hague", EntityType.LOCATION, List.of(), List.of()),
                        entity(a, "4", "Islamic State", EntityType.GROUP, List.of("ISIS"), List.of())),
                List.of(date(a, "today", "2020-06-04"),
                        date(a, "04.06.2020", "2020-06-04"),
                        date(a, "2014", "2014"),
                        date(a, "February 2019", "2019-02")),
                List.of(),
                List.of(claim(a, "2", "members", "80", "more than", "more than 80 states"))));
    }

    static AnalyzedArticle seed002() {
        Article a = Seeds.article(S002);
        return new AnalyzedArticle(a, new ArticleAnalysis(a.id(),
                List.of(entity(a, "1", "International Coalition against the Islamic State", EntityType.ORGANIZATION,
                                List.of(), List.of()),
                        entity(a, "2", "Islamic State", EntityType.GROUP, List.of("ISIS"), List.of()),
                        entity(a, "3", "Antony Blinken", EntityType.PERSON, List.of("Blinken"),
                                List.of("US Secretary of State")),
                        entity(a, "4", "Luigi Di Maio", EntityType.PERSON, List.of("Di Maio"),
                                List.of("Italian Foreign Minister")),
                        entity(a, "5", "Rome", EntityType.LOCATION, List.of(), List.of()),
                        entity(a, "6", "Arancha González Laya", EntityType.PERSON, List.of("González Laya"),
                                List.of("Foreign Minister")),
                        entity(a, "7", "Africa", EntityType.LOCATION, List.of(), List.of())),
                List.of(date(a, "this Monday", "2021-06-28"),
                        date(a, "March 2020", "2020-03"),
                        date(a, "this Sunday", "2021-06-27"),
                        date(a, "yesterday", "2021-06-27")),
                List.of(quote(a, "We strongly support Italy’s initiative to ensure that the coalition focuses its "
                                + "experience on Africa, while continuing to keep its eyes wide open on Syria and Iraq",
                                "3", "Blinken"),
                        quote(a, "What happens in those territories is crucial. They are the neighbors of our neighbors",
                                "6", "González Laya")),
                List.of(claim(a, "1", "members", "80", "more than", "more than 80 countries"),
                        claim(a, "coalition", "members", "79", null, "the 79 states"))));
    }

    static AnalyzedArticle seed003() {
        Article a = Seeds.article(S003);
        return new AnalyzedArticle(a, new ArticleAnalysis(a.id(),
                List.of(entity(a, "1", "anti-IS coalition", EntityType.ORGANIZATION, List.of(), List.of()),
                        entity(a, "2", "Islamic State", EntityType.GROUP, List.of("IS", "ISIS"), List.of()),
                        entity(a, "3", "Blinken", EntityType.PERSON, List.of(), List.of()),
                        entity(a, "4", "Maas", EntityType.PERSON, List.of(), List.of("Federal Foreign Minister")),
                        entity(a, "5", "Rome", EntityType.LOCATION, List.of(), List.of()),
                        entity(a, "6", "Africa", EntityType.LOCATION, List.of(), List.of())),
                List.of(date(a, "06/28/2021", "2021-06-28"),
                        date(a, "Today", "2021-06-28"),
                        date(a, "today", "2021-06-28"),
                        date(a, "February 2019", "2019-02"),
                        date(a, "the end of March", "2021-03")),
                List.of(),
                List.of(claim(a, "coalition", "members", "83", null, "83 states"))));
    }

    static AnalyzedArticle seed004() {
        Article a = Seeds.article(S004);
        return new AnalyzedArticle(a, new ArticleAnalysis(a.id(),
                List.of(entity(a, "1", "Antony Blinken", EntityType.PERSON, List.of("Blinken"),
                                List.of("US Secretary of State")),
                        entity(a, "2", "Islamic State", EntityType.GROUP, List.of("IS"), List.of()),
                        entity(a, "3", "Jean-Yves Le Drian", EntityType.PERSON, List.of(),
                                List.of("French Foreign Minister")),
                        entity(a, "4", "Rome", EntityType.LOCATION, List.of(), List.of())),
                List.of(date(a, "Monday", "2021-06-28")),
                List.of(quote(a, "It is necessary to support our [military] potential", "1", "Blinken"),
                        quote(a, "I’m focusing on the present and the future", "1", "Blinken")),
                List.of(claim(a, "coalition", "members", "84", "about", "about seven dozen countries"))));
    }
}
