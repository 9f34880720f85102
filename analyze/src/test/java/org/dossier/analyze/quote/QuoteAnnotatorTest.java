package org.dossier.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.analyze.AnnotationContext;
import org.dossier.analyze.Analyzers;
import org.dossier.analyze.Annotator;
import org.dossier.analyze.AnnotatorContract;
import org.dossier.analyze.SeedArticles;
import org.dossier.analyze.entity.EntityAnnotator;
import org.dossier.model.Article;
import org.dossier.model.Evidence;
import org.dossier.model.Quote;
import org.junit.jupiter.api.Test;

class QuoteAnnotatorTest extends AnnotatorContract<Quote> {

    private static final QuoteAnnotator ANNOTATOR = new QuoteAnnotator();

    @Override
    protected Annotator<Quote> annotator() {
        return ANNOTATOR;
    }

    @Override
    protected List<Evidence> evidenceOf(Quote fact) {
        return List.of(fact.evidence());
    }

    @Override
    protected List<String> textsOf(Quote fact) {
        return List.of(fact.text());
    }

    static List<Quote> quotesOf(String stem) {
        AnnotationContext base = Analyzers.context(SeedArticles.seed(stem));
        return ANNOTATOR.annotate(base.withEntities(new EntityAnnotator().annotate(base)));
    }

    private static List<Quote> direct(List<Quote> quotes) {
        return quotes.stream().filter(Quote::direct).toList();
    }

    private static List<String> speakersOf(List<Quote> quotes, String textPart) {
        return quotes.stream().filter(q -> q.text().contains(textPart))
                .map(q -> q.speaker() == null ? "none" : q.speaker().name()).toList();
    }

    /** Each quote as its speaker (or "none") and the first three words it quotes, in order. */
    private static List<String> speakersAndOpenings(List<Quote> quotes) {
        return quotes.stream().map(q -> {
            List<String> words = List.of(q.text().split("\\s+"));
            String speaker = q.speaker() == null ? "none" : q.speaker().name();
            return speaker + ": " + String.join(" ", words.subList(0, Math.min(3, words.size())));
        }).toList();
    }

    private static List<Quote> quotesIn(String language, String text) {
        Article en = SeedArticles.article("a-" + language, text, "2021-06-28");
        Article article = new Article(en.id(), null, null, null, null, language, en.published(),
                en.publishedSource(), text, null);
        AnnotationContext base = Analyzers.context(article);
        return ANNOTATOR.annotate(base.withEntities(new EntityAnnotator().annotate(base)));
    }

    @Test
    void speechVerbsAndPronounsAreThoseOfTheArticlesLanguage() {
        String text = "Antony Blinken met the ministers in Rome. \"We will stay until the job is done,\" he said.";

        assertThat(speakersOf(quotesIn("en", text), "We will stay")).containsExactly("Antony Blinken");
        // Without word lists "he said" is no frame: the quotation stays, its speaker unknown.
        assertThat(speakersOf(quotesIn("xx", text), "We will stay")).containsExactly("none");
    }

    @Test
    void everyBlinkenQuoteOfSeed004HasHimAsSpeakerWhateverTheFrame() {
        List<Quote> quotes = direct(quotesOf("004_ec1c472087426295"));
        // Named ("Blinken said"), titled ("the Secretary of State added"), pronouns ("he continued", "he added").
        for (String part : List.of("support our [military] potential", "Thanks to the existence of this coalition",
                "Today the threat to the US", "the highest achievement", "This is what we are negotiating",
                "focusing on the present", "We always strive to learn", "Our presence in the region",
                "the parliamentary elections in Iraq", "It should be ensured", "We are working on it")) {
            assertThat(speakersOf(quotes, part)).as(part).containsExactly("Antony Blinken");
        }
        for (String part : List.of("such efforts are connected", "If political, economic, and social stability")) {
            assertThat(speakersOf(quotes, part)).as(part).containsExactly("Jean-Yves Le Drian");
        }
    }

    @Test
    void seed004QuotesCarryNeitherTheirMarksNorNestedScareQuotesAsQuotes() {
        List<Quote> quotes = direct(quotesOf("004_ec1c472087426295"));
        // The seed's thirteen quotations, read from its text: eleven of Blinken, two of Le Drian.
        assertThat(speakersAndOpenings(quotes)).containsExactly(
                "Antony Blinken: It is necessary",
                "Antony Blinken: Thanks to the",
                "Antony Blinken: Today the threat",
                "Antony Blinken: the highest achievement",
                "Antony Blinken: This is what",
                "Antony Blinken: I\u2019m focusing on",
                "Antony Blinken: We always strive",
                "Antony Blinken: Our presence in",
                "Jean-Yves Le Drian: such efforts are",
                "Jean-Yves Le Drian: If political, economic,",
                "Antony Blinken: the parliamentary elections",
                "Antony Blinken: It should be",
                "Antony Blinken: We are working");
        assertThat(quotes).noneMatch(q -> q.text().equals("caliphate") || q.text().equals("Islamic State"));
        assertThat(quotes).allMatch(q -> !QuoteMarks.isMark(q.text().charAt(0))
                && !QuoteMarks.isMark(q.text().charAt(q.text().length() - 1)));
    }

    @Test
    void seed002AttributesTheMinisterAndTheSecretaryOfStateDespiteTranslationDamage() {
        List<Quote> quotes = quotesOf("002_f9ca6fa413811794");
        for (String part : List.of("Today the capacity of the Islamic State", "What happens in those territories",
                "At the moment we are not talking", "It has been positive and negative")) {
            assertThat(speakersOf(quotes, part)).as(part).containsExactly("Arancha González Laya");
        }
        assertThat(speakersOf(quotes, "We strongly support Italy")).containsExactly("Antony Blinken");
        // "..., the secretary warned. of State": reported speech with partial quotes, still the Secretary of State.
        assertThat(speakersOf(quotes, "an unsustainable situation")).containsExactly("Antony Blinken");
        assertThat(speakersOf(quotes, "With the actions taken yesterday")).containsExactly("Antony Blinken");
        assertThat(quotes).noneMatch(q -> q.text().equals("residual") || q.text().equals("together"));
    }

    @Test
    void seed000GivesEveryQuoteToSophieWilmesIncludingTheDeputyPrimeMinisterFrame() {
        List<Quote> quotes = direct(quotesOf("000_261515ad708b2a44"));
        // The seed's four quotations, read from its text, all of the Deputy Prime Minister.
        assertThat(speakersAndOpenings(quotes)).containsExactly(
                "Sophie Wilmès: The destruction of",
                "Sophie Wilmès: The more allies",
                "Sophie Wilmès: The Iraqi government",
                "Sophie Wilmès: The Sahel is");
        assertThat(speakersOf(quotes, "The destruction of the so-called caliphate")).containsExactly("Sophie Wilmès");
    }

    @Test
    void seed001StatementAnnouncedWithAColonIsADirectQuoteOfMaas() {
        List<Quote> quotes = direct(quotesOf("001_3f2330664d5f2acb"));
        assertThat(speakersAndOpenings(quotes)).as("the statement is the seed's only quotation")
                .containsExactly("Heiko Maas: The so-called Islamic");
        Quote statement = quotes.get(0);
        assertThat(statement.text()).startsWith("The so-called Islamic State still poses a serious threat")
                .endsWith("the important path of reforms.");
        assertThat(statement.speaker().name()).isEqualTo("Heiko Maas");
    }

    @Test
    void seed003HasNoQuotationsOnlyANewspaperTitleAndAQuotedName() {
        assertThat(direct(quotesOf("003_a2f742a56d34091d"))).isEmpty();
    }
}
