package org.dossier.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Evidence;
import org.junit.jupiter.api.Test;

/**
 * The contract every annotator keeps, checked the same way for each (as Lucene's
 * BaseTokenStreamTestCase does for token streams). A test class of an annotator extends this.
 *
 * @param <T> the kind of fact
 */
public abstract class AnnotatorContract<T> {

    protected abstract Annotator<T> annotator();

    /** The evidence a fact carries. */
    protected abstract List<Evidence> evidenceOf(T fact);

    /**
     * The text a fact claims its evidence spans, or null where the evidence is only a context
     * (a claim's sentence). Each evidence's substring must equal one of these strings.
     */
    protected abstract List<String> textsOf(T fact);

    /** An article on which this annotator finds at least one fact. */
    protected Article sample() {
        return SeedArticles.seed("002_f9ca6fa413811794");
    }

    private List<T> run(Article article) {
        AnnotationContext base = Analyzers.context(article);
        return annotator().annotate(base.withEntities(new org.dossier.analyze.entity.EntityAnnotator().annotate(base)));
    }

    @Test
    void findsSomethingOnTheSample() {
        assertThat(run(sample())).isNotEmpty();
    }

    @Test
    void evidenceLiesInTheTextAndSpansWhatTheFactSays() {
        Article article = sample();
        for (T fact : run(article)) {
            assertEvidenceValid(article, fact);
        }
    }

    /** Every seed, noise and all: evidence in bounds, non-empty, spanning what the fact says. */
    @Test
    void evidenceIsValidOnEverySeed() {
        for (String stem : SeedArticles.SEEDS) {
            Article article = SeedArticles.seed(stem);
            for (T fact : run(article)) {
                assertEvidenceValid(article, fact);
            }
        }
    }

    private void assertEvidenceValid(Article article, T fact) {
        List<String> texts = textsOf(fact);
        for (Evidence e : evidenceOf(fact)) {
            assertThat(e.articleId()).isEqualTo(article.id());
            assertThat(e.start()).as("start of %s in %s", e, fact).isGreaterThanOrEqualTo(0);
            assertThat(e.end()).as("end of %s in %s", e, fact).isLessThanOrEqualTo(article.text().length());
            assertThat(e.span().of(article.text())).as("evidence of %s", fact).isNotBlank();
            if (texts != null) {
                assertThat(texts).as("evidence text of %s", fact).contains(e.span().of(article.text()));
            }
        }
    }

    @Test
    void concurrentCallsGiveTheSameAnswer() throws Exception {
        Article article = sample();
        List<T> alone = run(article);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<List<T>> a = pool.submit(() -> run(article));
            java.util.concurrent.Future<List<T>> b = pool.submit(() -> run(article));
            assertThat(a.get()).isEqualTo(alone);
            assertThat(b.get()).isEqualTo(alone);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void inputIsUnchangedAndOutputDeterministic() {
        Article article = sample();
        Article copy = new Article(article.id(), article.file(), article.url(), article.outlet(), article.title(),
                article.language(), article.published(), article.publishedSource(), new String(article.text()),
                article.duplicateOf());
        List<T> first = run(article);
        List<T> second = run(article);
        assertThat(second).isEqualTo(first);
        assertThat(article).isEqualTo(copy);
    }

    @Test
    void emptyAndWhitespaceArticlesYieldNothing() {
        assertThat(run(SeedArticles.article("a-empty", "", "2021-06-28"))).isEmpty();
        assertThat(run(SeedArticles.article("a-blank", " \n\n \t", null))).isEmpty();
    }

    @Test
    void hugeArticleIsHandled() {
        String body = sample().text();
        StringBuilder huge = new StringBuilder();
        while (huge.length() < 200_000) {
            huge.append(body).append("\n\n");
        }
        Article article = SeedArticles.article("a-huge", huge.toString(), "2021-06-28");
        for (T fact : run(article)) {
            assertEvidenceValid(article, fact);
        }
    }
}
