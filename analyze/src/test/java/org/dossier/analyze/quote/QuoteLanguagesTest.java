package org.dossier.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.analyze.AnnotationContext;
import org.dossier.analyze.Analyzers;
import org.dossier.analyze.entity.EntityAnnotator;
import org.dossier.model.Article;
import org.dossier.model.PublishedSource;
import org.dossier.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * Quotations, reported speech and speakers in German, French, Spanish, Italian and Russian: each
 * language's marks, its reporting verbs and frames, its titles and pronouns. The sentences are
 * written for these tests in the style of news reports.
 */
class QuoteLanguagesTest {

    private static final QuoteAnnotator ANNOTATOR = new QuoteAnnotator();

    private static List<Quote> quotesIn(String language, String text) {
        Article article = new Article("a-" + language, null, null, null, null, language, "2024-03-04",
                PublishedSource.METADATA, text, null);
        AnnotationContext base = Analyzers.context(article);
        return ANNOTATOR.annotate(base.withEntities(new EntityAnnotator().annotate(base)));
    }

    /** Asserts one quote of the given kind whose text is {@code content}, spoken by {@code speaker} ("none": nobody). */
    private static void assertSpeaks(List<Quote> quotes, boolean direct, String speaker, String content) {
        List<Quote> found = quotes.stream().filter(q -> q.direct() == direct && q.text().equals(content)).toList();
        assertThat(found).as("%s quote \"%s\" in %s", direct ? "direct" : "reported", content, quotes).hasSize(1);
        assertThat(found.get(0).speaker() == null ? "none" : found.get(0).speaker().name()).as(content).isEqualTo(speaker);
    }

    @Test
    void germanLowQuotesAndTheirFrameAfter() {
        List<Quote> quotes = quotesIn("de", "Bundeskanzler Olaf Scholz besuchte am Montag ein Stahlwerk in Duisburg. "
                + "„Wir lassen die Beschäftigten nicht allein“, sagte Scholz vor den Arbeitern.");

        assertSpeaks(quotes, true, "Olaf Scholz", "Wir lassen die Beschäftigten nicht allein");
    }

    @Test
    void germanTitleResolvesToThePersonWhoseCompoundRoleEndsInIt() {
        List<Quote> quotes = quotesIn("de", "Bundeskanzler Olaf Scholz besuchte am Montag die Werft in Rostock. "
                + "„Die Aufträge für den Schiffbau sichern hier Tausende Arbeitsplätze“, sagte der Kanzler.");

        assertSpeaks(quotes, true, "Olaf Scholz", "Die Aufträge für den Schiffbau sichern hier Tausende Arbeitsplätze");
    }

    @Test
    void germanChevronsAfterAColonFrame() {
        List<Quote> quotes = quotesIn("de", "Die Gewerkschaft lehnt den Vorschlag der Arbeitgeber ab. "
                + "Ihr Vorsitzender Frank Werneke sagte: »Das ist ein Angriff auf die Tarifautonomie.«");

        assertSpeaks(quotes, true, "Frank Werneke", "Das ist ein Angriff auf die Tarifautonomie.");
    }

    @Test
    void germanSieSagteIsThePersonNamedBeforeNeverSie() {
        List<Quote> quotes = quotesIn("de", "Innenministerin Nancy Faeser traf sich in Berlin mit den Ministern der "
                + "Länder. Sie sagte nach der Sitzung, die Kontrollen an den Grenzen würden bis zum Sommer verlängert.");

        assertSpeaks(quotes, false, "Nancy Faeser", "die Kontrollen an den Grenzen würden bis zum Sommer verlängert");
    }

    @Test
    void germanSieWithoutAPersonBeforeHasNoSpeaker() {
        List<Quote> quotes = quotesIn("de", "Sie sagte nach der Abstimmung, der Kompromiss sei tragfähig und werde halten.");

        assertSpeaks(quotes, false, "none", "der Kompromiss sei tragfähig und werde halten");
    }

    @Test
    void germanDassClauseAndLautFrame() {
        List<Quote> quotes = quotesIn("de", "Am Mittwoch erklärte Finanzminister Christian Lindner, dass die "
                + "Schuldenbremse auch im kommenden Jahr gelten werde. Laut Wirtschaftsminister Robert Habeck wird die "
                + "Förderung für Wärmepumpen im Herbst neu geregelt. Die Preise für Energie werden im kommenden Jahr "
                + "wieder sinken, so der Präsident der Bundesnetzagentur Klaus Müller.");

        assertSpeaks(quotes, false, "Christian Lindner", "die Schuldenbremse auch im kommenden Jahr gelten werde");
        assertSpeaks(quotes, false, "Robert Habeck", "wird die Förderung für Wärmepumpen im Herbst neu geregelt");
        assertSpeaks(quotes, false, "Klaus Müller", "Die Preise für Energie werden im kommenden Jahr wieder sinken");
    }

    @Test
    void germanPaperNamedInQuotationMarksIsTheSpeaker() {
        List<Quote> quotes = quotesIn("de", "Die Presse urteilte am Morgen hart über den Haushalt. Die „Rheinische Post“ "
                + "schreibt: „Die Koalition hat ihre eigene Mehrheit aus den Augen verloren.“");

        assertSpeaks(quotes, true, "Rheinische Post", "Die Koalition hat ihre eigene Mehrheit aus den Augen verloren.");
    }

    @Test
    void frenchGuillemetsWithNonBreakingSpacesLeaveTheSpacesOut() {
        // U+00A0 after the opening mark, U+202F (narrow, as typeset) before the closing one.
        List<Quote> quotes = quotesIn("fr", "Le Premier ministre Gabriel Attal s'est rendu jeudi à Lyon. "
                + "«\u00a0Nous ne reculerons pas devant les casseurs\u202f», a déclaré Gabriel Attal devant la préfecture.");

        assertSpeaks(quotes, true, "Gabriel Attal", "Nous ne reculerons pas devant les casseurs");
    }

    @Test
    void frenchSelonAndADeclareQue() {
        List<Quote> quotes = quotesIn("fr", "Selon la ministre Rachida Dati, le budget de la culture sera maintenu "
                + "l'an prochain. Le maire de Marseille Benoît Payan a déclaré que les travaux du tramway commenceront "
                + "en mars. D'après le ministre de l'Économie Bruno Le Maire, la croissance atteindra un pour cent.");

        assertSpeaks(quotes, false, "Rachida Dati", "le budget de la culture sera maintenu l'an prochain");
        assertSpeaks(quotes, false, "Benoît Payan", "les travaux du tramway commenceront en mars");
        assertSpeaks(quotes, false, "Bruno Le Maire", "la croissance atteindra un pour cent");
    }

    @Test
    void frenchDialogueLineWithoutClosingDashLeavesItsFrameOut() {
        List<Quote> quotes = quotesIn("fr", "Le ministre Bruno Le Maire a présenté mercredi le budget de l'État.\n"
                + "— Nous tiendrons nos engagements envers les collectivités, a-t-il répondu aux journalistes.");

        assertSpeaks(quotes, true, "Bruno Le Maire", "Nous tiendrons nos engagements envers les collectivités");
    }

    @Test
    void spanishGuillemetsSegunAndDialogueDashes() {
        List<Quote> quotes = quotesIn("es", "La vicepresidenta Yolanda Díaz se reunió el lunes con los sindicatos. "
                + "«Vamos a subir el salario mínimo este año», dijo Díaz tras la reunión. "
                + "Según el ministro Luis Planas, la cosecha de aceite será mejor que la del año pasado.\n"
                + "—Hemos movilizado a todos los equipos de emergencia —dijo la alcaldesa Ana Martínez—. "
                + "Nadie quedará sin ayuda.");

        assertSpeaks(quotes, true, "Yolanda Díaz", "Vamos a subir el salario mínimo este año");
        assertSpeaks(quotes, false, "Luis Planas", "la cosecha de aceite será mejor que la del año pasado");
        assertSpeaks(quotes, true, "Ana Martínez", "Hemos movilizado a todos los equipos de emergencia");
        assertSpeaks(quotes, true, "Ana Martínez", "Nadie quedará sin ayuda.");
    }

    @Test
    void spanishSubjectBeforeAnIntroducingColonWhateverItsVerb() {
        List<Quote> quotes = quotesIn("es", "La ministra de Sanidad, Mónica García, que presentó el plan en Madrid, "
                + "defendió la reforma: «Ningún paciente esperará más de un mes para una consulta».");

        assertSpeaks(quotes, true, "Mónica García", "Ningún paciente esperará más de un mes para una consulta");
    }

    @Test
    void italianHaDettoSecondoAndHaDettoChe() {
        List<Quote> quotes = quotesIn("it", "Il sindaco di Milano Giuseppe Sala ha presentato il piano per i trasporti. "
                + "«Entro due anni avremo cento nuovi autobus elettrici», ha detto Sala ai giornalisti. "
                + "Secondo il ministro dell'Economia Giancarlo Giorgetti, il deficit scenderà sotto il tre per cento. "
                + "La premier Giorgia Meloni ha detto che il governo presenterà la riforma entro l'estate.");

        // No Italian name tagger: the speaker is the name as written at the frame.
        assertSpeaks(quotes, true, "Sala", "Entro due anni avremo cento nuovi autobus elettrici");
        assertSpeaks(quotes, false, "Giancarlo Giorgetti", "il deficit scenderà sotto il tre per cento");
        assertSpeaks(quotes, false, "Giorgia Meloni", "il governo presenterà la riforma entro l'estate");
    }

    @Test
    void russianGuillemetsPoSlovamPronounAndDialogueDashes() {
        List<Quote> quotes = quotesIn("ru", "Мэр Москвы Сергей Собянин открыл новую станцию метро. "
                + "«Мы построим еще десять станций до конца года», — заявил Собянин журналистам. "
                + "Он сказал, что новые линии свяжут северные и южные районы города. "
                + "По словам министра финансов Антона Силуанова, бюджет будет сбалансирован в следующем году. "
                + "Как заявил министр обороны Андрей Белоусов, армия получит новые самолеты в следующем году.\n"
                + "— Переговоры продолжатся на следующей неделе, — сказал Лавров. — Мы готовы к диалогу без условий.");

        assertSpeaks(quotes, true, "Сергей Собянин", "Мы построим еще десять станций до конца года");
        assertSpeaks(quotes, false, "Сергей Собянин", "новые линии свяжут северные и южные районы города");
        assertSpeaks(quotes, false, "Антона Силуанова", "бюджет будет сбалансирован в следующем году");
        assertSpeaks(quotes, false, "Андрей Белоусов", "армия получит новые самолеты в следующем году");
        assertSpeaks(quotes, true, "Лавров", "Переговоры продолжатся на следующей неделе");
        assertSpeaks(quotes, true, "Лавров", "Мы готовы к диалогу без условий.");
    }

    @Test
    void aLanguageWithoutWordListsGetsNoSpeakerAndNoReportedSpeech() {
        List<Quote> quotes = quotesIn("nl", "Minister Hugo de Jonge sprak dinsdag in Den Haag. Zij zei na de stemming "
                + "dat het plan opnieuw door de regering zou worden bekeken. \"We gaan door met dit beleid tot het "
                + "einde,\" zei hij.");

        assertThat(quotes).extracting(Quote::direct).containsOnly(true);
        assertSpeaks(quotes, true, "none", "We gaan door met dit beleid tot het einde");
    }

    @Test
    void theAnnotatorDeclaresItsLanguagesAndShipsTheirWords() {
        assertThat(ANNOTATOR.languages()).containsExactlyInAnyOrder("en", "de", "fr", "es", "it", "ru");
        for (String language : ANNOTATOR.languages()) {
            Lexicon lexicon = Lexicon.of(language);
            assertThat(lexicon.empty).as(language).isFalse();
            assertThat(lexicon.speechVerbs).as(language).isNotEmpty();
            assertThat(lexicon.reportingVerbs).as(language).isNotEmpty().isSubsetOf(lexicon.speechVerbs);
            assertThat(lexicon.titles).as(language).isNotEmpty();
            assertThat(lexicon.personPronouns).as(language).isNotEmpty();
            assertThat(lexicon.tagged).as(language).isEqualTo(language.equals("en"));
        }
        assertThat(Lexicon.of("de").accordingPhrases).contains(List.of("laut"));
        assertThat(Lexicon.of("fr").accordingPhrases).contains(List.of("selon"));
        assertThat(Lexicon.of("es").accordingPhrases).contains(List.of("según"));
        assertThat(Lexicon.of("it").accordingPhrases).contains(List.of("secondo"));
        assertThat(Lexicon.of("ru").accordingPhrases).contains(List.of("по", "словам"));
    }
}
