package org.dossier.app.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.model.Claim;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Evidence;
import org.dossier.model.PublishedSource;
import org.dossier.model.Quote;
import org.dossier.model.Speaker;
import org.dossier.model.Story;
import org.dossier.model.TimeExpression;
import org.dossier.story.AnalyzedArticle;
import org.dossier.story.consolidate.StoryConsolidator;

/**
 * The seed story of the Rome meeting (seeds 000, 002, 003, 004, read in place), consolidated from
 * facts written by hand over the real texts; every offset is found in the text.
 */
final class RenderFixture {

    private static final Pattern KEY = Pattern.compile("\"(outlet|published)\"\\s*:\\s*\"([^\"]+)\"");

    private RenderFixture() {
    }

    static Article seed(String stem) {
        Path dir = Path.of(System.getProperty("dossier.shared", "../../shared")).resolve("seeds");
        try {
            String text = Files.readString(dir.resolve(stem + ".txt"), StandardCharsets.UTF_8);
            String meta = Files.readString(dir.resolve(stem + ".meta.json"), StandardCharsets.UTF_8);
            String outlet = null;
            String published = null;
            Matcher m = KEY.matcher(meta);
            while (m.find()) {
                if (m.group(1).equals("outlet")) {
                    outlet = m.group(2);
                } else {
                    published = m.group(2);
                }
            }
            return new Article("a-" + stem.substring(0, 3), stem + ".txt", null, outlet, null, "en", published,
                    PublishedSource.METADATA, text, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Evidence at(Article a, String passage) {
        int i = a.text().indexOf(passage);
        if (i < 0) {
            throw new IllegalArgumentException("not in " + a.id() + ": " + passage);
        }
        return new Evidence(a.id(), i, i + passage.length());
    }

    static Entity entity(Article a, String id, String name, EntityType type, List<String> aliases, List<String> roles) {
        List<Evidence> mentions = new ArrayList<>();
        List<String> forms = new ArrayList<>(aliases);
        forms.add(0, name);
        for (String form : forms) {
            Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(form) + "(?![\\p{L}])").matcher(a.text());
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                if (mentions.stream().noneMatch(x -> x.start() < e && s < x.end())) {
                    mentions.add(new Evidence(a.id(), s, e));
                }
            }
        }
        return new Entity(id, name, type, aliases, roles, mentions);
    }

    static TimeExpression date(Article a, String text, String value) {
        return new TimeExpression(text, "DATE", value, at(a, text));
    }

    static Quote quote(Article a, String text, String speakerId, String speaker) {
        return new Quote(text, true, new Speaker(speakerId, speaker), at(a, text));
    }

    static Claim claim(Article a, String subject, String value, String qualifier, String passage) {
        return new Claim(subject, "members", value, qualifier, at(a, passage));
    }

    static List<AnalyzedArticle> romeMembers() {
        Article a0 = seed("000_261515ad708b2a44");
        Article a2 = seed("002_f9ca6fa413811794");
        Article a3 = seed("003_a2f742a56d34091d");
        Article a4 = seed("004_ec1c472087426295");
        return List.of(
                new AnalyzedArticle(a0, new ArticleAnalysis(a0.id(),
                        List.of(entity(a0, "1", "Sophie Wilmès", EntityType.PERSON, List.of(),
                                        List.of("Deputy Prime Minister")),
                                entity(a0, "2", "Rome", EntityType.LOCATION, List.of(), List.of())),
                        List.of(date(a0, "Monday 28 June", "2021-06-28"), date(a0, "30 March", "2021-03-30")),
                        List.of(quote(a0, "The more allies we have within the Coalition, the stronger we will be in "
                                + "the fight against terrorism.", "1", "Sophie Wilmès")),
                        List.of())),
                new AnalyzedArticle(a2, new ArticleAnalysis(a2.id(),
                        List.of(entity(a2, "1", "Antony Blinken", EntityType.PERSON, List.of("Blinken"),
                                        List.of("US Secretary of State")),
                                entity(a2, "2", "Rome", EntityType.LOCATION, List.of(), List.of()),
                                entity(a2, "3", "coalition", EntityType.ORGANIZATION, List.of(), List.of())),
                        List.of(date(a2, "this Monday", "2021-06-28"), date(a2, "March 2020", "2020-03")),
                        List.of(quote(a2, "We strongly support Italy’s initiative to ensure that the coalition "
                                + "focuses its experience on Africa, while continuing to keep its eyes wide open on "
                                + "Syria and Iraq", "1", "Blinken")),
                        List.of(claim(a2, "3", "80", "more than", "more than 80 countries"),
                                claim(a2, "3", "79", null, "the 79 states")))),
                new AnalyzedArticle(a3, new ArticleAnalysis(a3.id(),
                        List.of(entity(a3, "1", "Blinken", EntityType.PERSON, List.of(), List.of()),
                                entity(a3, "2", "Rome", EntityType.LOCATION, List.of(), List.of()),
                                entity(a3, "3", "coalition", EntityType.ORGANIZATION, List.of(), List.of())),
                        List.of(date(a3, "06/28/2021", "2021-06-28"), date(a3, "Today", "2021-06-28"),
                                date(a3, "February 2019", "2019-02")),
                        List.of(),
                        List.of(claim(a3, "3", "83", null, "83 states")))),
                new AnalyzedArticle(a4, new ArticleAnalysis(a4.id(),
                        List.of(entity(a4, "1", "Antony Blinken", EntityType.PERSON, List.of("Blinken"),
                                List.of("US Secretary of State"))),
                        List.of(date(a4, "Monday", "2021-06-28")),
                        List.of(quote(a4, "It is necessary to support our [military] potential", "1", "Blinken")),
                        List.of())));
    }

    static Story romeStory() {
        return new StoryConsolidator().consolidate("s-rome", romeMembers());
    }

    static Dossier romeDossier() {
        List<Article> articles = romeMembers().stream().map(AnalyzedArticle::article).toList();
        return Dossier.of("2026-11-25T20:00:00Z", articles, List.of(romeStory()));
    }
}
