package org.dossier.store;

import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.model.Claim;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Evidence;
import org.dossier.model.PublishedSource;
import org.dossier.model.Quote;
import org.dossier.model.Speaker;
import org.dossier.model.Story;
import org.dossier.model.SummarySentence;
import org.dossier.model.TimeExpression;

/** Articles, analyses and stories built in code, with offsets that really point into their texts. */
final class Samples {

    private Samples() {
    }

    static Article article(String id, String text) {
        return new Article(id, "in/" + id + ".txt", "https://example.org/" + id, "Harbour Gazette", "Title " + id,
                "en", "2031-05-13", PublishedSource.METADATA, text, null);
    }

    static ArticleAnalysis analysis(Article article) {
        String text = article.text();
        int who = text.indexOf("Minister Ilse Varga");
        int quote = text.indexOf("We will");
        int count = text.indexOf("41");
        int day = text.indexOf("Tuesday");
        Evidence person = new Evidence(article.id(), who, who + "Minister Ilse Varga".length());
        Entity varga = new Entity("e-1", "Ilse Varga", EntityType.PERSON, List.of("Varga"), List.of("Minister"),
                List.of(person));
        Quote said = new Quote("We will", true, new Speaker("e-1", "Ilse Varga"),
                new Evidence(article.id(), quote, quote + 7));
        Claim claim = new Claim("conference", "delegations", "41", null, new Evidence(article.id(), count, count + 2));
        TimeExpression when = new TimeExpression("Tuesday", "DATE", "2031-05-13",
                new Evidence(article.id(), day, day + 7));
        return new ArticleAnalysis(article.id(), List.of(varga), List.of(when), List.of(said), List.of(claim));
    }

    static String text(int n) {
        return "On Tuesday Minister Ilse Varga said: \"We will sign.\" Delegates from 41 states met. Report " + n + ".";
    }

    static Story story(String id, Article... articles) {
        List<String> ids = java.util.Arrays.stream(articles).map(Article::id).toList();
        Article first = articles[0];
        return new Story(id, "Ports accord", ids, "2031-05-13", "2031-05-13",
                List.of(new SummarySentence("Delegates from 41 states met.",
                        List.of(new Evidence(first.id(), first.text().indexOf("Delegates"), first.text().indexOf(" Report"))))),
                analysis(first).entities(), analysis(first).quotes(), List.of(), analysis(first).claims(), List.of());
    }
}
