package org.dossier.bench.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.bench.quotes.PolnearArticle.Attribution;
import org.dossier.bench.quotes.PolnearArticle.Fragment;
import org.dossier.model.Dossier;
import org.dossier.model.DossierJson;
import org.dossier.model.Quote;
import org.junit.jupiter.api.Test;

class ExportedQuotesTest {

    // Corpus texts as PolNeAR has them: a headline line, a blank line, hard-wrapped paragraphs (one
    // line ending in a no-break space, which the cleaner trims).
    private static final String ALPHA = "Council backs new budget\n\n"
            + "The mayor spoke on Monday. \"We will win this vote,\" said Jane Smith,\u00a0\n"
            + "the mayor,  before the session.\n\n"
            + "\"Taxes will go up next year,\" Bob Jones said.\n";
    private static final String BETA = "Vote tonight\n\n"
            + "Smith told reporters: \"We will win this vote tonight.\"\n\n"
            + "Smith said the vote would pass easily.\n";

    // The same articles as the build cleans them: headline out, lines unwrapped, blanks collapsed.
    private static final String ALPHA_CLEAN = "The mayor spoke on Monday. \"We will win this vote,\" said Jane Smith, "
            + "the mayor, before the session.\n\n\"Taxes will go up next year,\" Bob Jones said.";
    private static final String BETA_CLEAN = "Smith told reporters: \"We will win this vote tonight.\"\n\n"
            + "Smith said the vote would pass easily.\n\nFollow us: \"Subscribe now\" today.";

    @Test
    void alignmentMapsCleanedOffsetsThroughUnwrappedLinesAndSkipsTheHeadline() {
        TextAlignment alignment = TextAlignment.of(ALPHA, ALPHA_CLEAN);

        int[] mayor = alignment.span(ALPHA_CLEAN.indexOf("the mayor, before"), ALPHA_CLEAN.indexOf(" the session"));
        int[] taxes = alignment.span(ALPHA_CLEAN.indexOf("Taxes"), ALPHA_CLEAN.indexOf(",\" Bob"));

        assertThat(ALPHA.substring(mayor[0], mayor[1])).isEqualTo("the mayor,  before");
        assertThat(ALPHA.substring(taxes[0], taxes[1])).isEqualTo("Taxes will go up next year");
        assertThat(TextAlignment.of(BETA, BETA_CLEAN).span(BETA_CLEAN.indexOf("Subscribe"), BETA_CLEAN.indexOf("\" today")))
                .isNull();
    }

    @Test
    void storyQuotesAreScoredPerArticleWithTheStorySpeaker() {
        String export = """
                {"format": "dossier/v1", "generatedAt": "1970-01-01T00:00:00Z",
                 "articles": [
                   {"id": "a-1", "url": "bench:test/alpha", "language": "en", "text": %s},
                   {"id": "a-2", "url": "bench:test/beta", "language": "en", "text": %s}],
                 "stories": [
                   {"id": "s-1", "title": "Council vote", "articleIds": ["a-1", "a-2"],
                    "summary": [], "entities": [], "timeline": [], "claims": [], "conflicts": [],
                    "quotes": [
                      {"text": "We will win this vote", "direct": true,
                       "speaker": {"entityId": "e-1", "name": "Jane Smith"},
                       "evidence": %s, "alsoReportedIn": [%s, %s]},
                      {"text": "Taxes will go up next year", "direct": true,
                       "speaker": {"entityId": "e-1", "name": "Jane Smith"},
                       "evidence": %s, "alsoReportedIn": []},
                      {"text": "Subscribe now", "direct": true, "speaker": null,
                       "evidence": %s, "alsoReportedIn": []}]}]}
                """.formatted(json(ALPHA_CLEAN), json(BETA_CLEAN),
                evidence("a-1", ALPHA_CLEAN, "We will win this vote"),
                evidence("a-2", BETA_CLEAN, "We will win this vote tonight."),
                evidence("a-2", BETA_CLEAN, "the vote would pass easily"),
                evidence("a-1", ALPHA_CLEAN, "Taxes will go up next year"),
                evidence("a-2", BETA_CLEAN, "Subscribe now"));
        PolnearArticle alpha = new PolnearArticle("alpha", ALPHA, List.of(
                attribution(ALPHA, "\"We will win this vote,\"", "Jane Smith", "said"),
                attribution(ALPHA, "\"Taxes will go up next year,\"", "Bob Jones", "said")));
        PolnearArticle beta = new PolnearArticle("beta", BETA, List.of(
                attribution(BETA, "\"We will win this vote tonight.\"", "Smith", "told"),
                attribution(BETA, "the vote would pass easily", "Smith", "said")));
        PolnearArticle gamma = new PolnearArticle("gamma", "Not built\n\nNothing here.\n", List.of());
        Map<String, PolnearArticle> byUrl = new LinkedHashMap<>();
        byUrl.put("bench:test/alpha", alpha);
        byUrl.put("bench:test/beta", beta);
        byUrl.put("bench:test/gamma", gamma);

        ExportedQuotes exported = ExportedQuotes.of(DossierJson.read(export, Dossier.class), byUrl);

        List<Quote> inAlpha = exported.byArticle().get("alpha");
        assertThat(inAlpha).extracting(q -> ALPHA.substring(q.evidence().start(), q.evidence().end()))
                .containsExactly("We will win this vote", "Taxes will go up next year");
        List<Quote> inBeta = exported.byArticle().get("beta");
        assertThat(inBeta).extracting(Quote::text, Quote::direct, q -> q.speaker().name())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("We will win this vote tonight.", true, "Jane Smith"),
                        org.assertj.core.groups.Tuple.tuple("the vote would pass easily", false, "Jane Smith"));
        assertThat(exported.unaligned()).containsExactly("beta: Subscribe now");
        assertThat(exported.missingArticles()).containsExactly("gamma");
        assertThat(exported.byArticle().get("gamma")).isEmpty();
        assertThat(exported.stories()).isEqualTo(1);

        QuoteScore direct = new QuoteScore();
        QuoteScore reported = new QuoteScore();
        for (PolnearArticle a : List.of(alpha, beta, gamma)) {
            direct.add(a.text(), GoldQuotes.of(a), exported.byArticle().get(a.name()), true, a.name());
            reported.add(a.text(), GoldQuotes.of(a), exported.byArticle().get(a.name()), false, a.name());
        }
        assertThat(direct.gold()).isEqualTo(3);
        assertThat(direct.matched()).isEqualTo(3);
        assertThat(direct.ours()).isEqualTo(3);
        assertThat(direct.namedSources()).isEqualTo(3);
        assertThat(direct.speakerAccuracy()).isEqualTo(2.0 / 3);
        assertThat(direct.wrongSpeakers()).singleElement().asString()
                .startsWith("alpha: gold Bob Jones / ours Jane Smith");
        assertThat(reported.matched()).isEqualTo(1);
        assertThat(reported.ours()).isEqualTo(1);
        assertThat(reported.speakerAccuracy()).isEqualTo(1.0);
    }

    private static Attribution attribution(String text, String content, String source, String cue) {
        return new Attribution(List.of(fragment(text, content)), List.of(fragment(text, source)),
                List.of(fragment(text, cue)));
    }

    /** The first place of {@code part} after the headline line. */
    private static Fragment fragment(String text, String part) {
        int at = text.indexOf(part, text.indexOf('\n'));
        assertThat(at).as(part).isNotNegative();
        return new Fragment(at, at + part.length());
    }

    private static String evidence(String articleId, String text, String part) {
        int at = text.indexOf(part);
        assertThat(at).as(part).isNotNegative();
        return "{\"articleId\": \"%s\", \"start\": %d, \"end\": %d}".formatted(articleId, at, at + part.length());
    }

    private static String json(String s) {
        List<String> out = new ArrayList<>();
        for (char c : s.toCharArray()) {
            out.add(switch (c) {
                case '"' -> "\\\"";
                case '\n' -> "\\n";
                case '\\' -> "\\\\";
                default -> String.valueOf(c);
            });
        }
        return "\"" + String.join("", out) + "\"";
    }
}
