package org.dossier.bench.scale;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.model.PublishedSource;
import org.dossier.story.AnalyzedArticle;

/**
 * Deterministic synthetic news for the scale benchmark: events with their own names, words, days
 * and figures, reported by several articles that mix those with common words drawn from a Zipf
 * law. Not realistic prose; realistic enough in vocabulary sizes, document frequencies and story
 * sizes to load the clusterer's index and state as real news would.
 */
public final class SyntheticNews {

    private static final int VOCABULARY = 60_000;
    private static final int WORDS_PER_ARTICLE = 150;

    private final Random random;
    private final double[] zipf;
    private final LocalDate firstDay = LocalDate.of(2020, 1, 1);
    private int nextEvent;
    private Event current;
    private int left;

    private record Event(int id, List<String> names, List<String> words, LocalDate day, String figure) {
    }

    public SyntheticNews(long seed) {
        this.random = new Random(seed);
        this.zipf = new double[VOCABULARY];
        double total = 0;
        for (int i = 0; i < VOCABULARY; i++) {
            total += 1.0 / (i + 1);
            zipf[i] = total;
        }
        for (int i = 0; i < VOCABULARY; i++) {
            zipf[i] /= total;
        }
    }

    /** The next {@code n} articles; events run over consecutive articles (1 to about 40 each). */
    public List<AnalyzedArticle> next(int n) {
        List<AnalyzedArticle> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (left == 0) {
                current = newEvent();
                left = 1 + (int) Math.min(60, -Math.log(1 - random.nextDouble()) * 7);
            }
            left--;
            out.add(article(current));
        }
        return out;
    }

    /** The event an article generated here reports, read back from its id. */
    public static String eventOf(String articleId) {
        return articleId.substring(0, articleId.indexOf('-', 2));
    }

    private Event newEvent() {
        int id = nextEvent++;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            names.add(capitalised(word(random.nextInt(400_000) + VOCABULARY)));
        }
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            words.add(word(VOCABULARY / 20 + random.nextInt(VOCABULARY - VOCABULARY / 20)));
        }
        LocalDate day = firstDay.plusDays(random.nextInt(3 * 365));
        return new Event(id, names, words, day, Integer.toString(10 + random.nextInt(5000)));
    }

    private int serial;

    private AnalyzedArticle article(Event e) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < WORDS_PER_ARTICLE; w++) {
            if (w % 15 == 0) {
                text.append(w == 0 ? "" : ". ").append("The");
            }
            double r = random.nextDouble();
            text.append(' ');
            if (r < 0.08) {
                text.append(e.names().get(random.nextInt(e.names().size())));
            } else if (r < 0.22) {
                text.append(e.words().get(random.nextInt(e.words().size())));
            } else if (r < 0.23) {
                text.append(e.figure());
            } else {
                text.append(word(zipfIndex()));
            }
        }
        text.append('.');
        String id = "a" + e.id() + "-" + serial++;
        String published = e.day().plusDays(random.nextInt(3)).toString();
        Article a = new Article(id, null, null, null, null, "en", published, PublishedSource.METADATA,
                text.toString(), null);
        return new AnalyzedArticle(a, ArticleAnalysis.empty(id));
    }

    private int zipfIndex() {
        double u = random.nextDouble();
        int lo = 0;
        int hi = VOCABULARY - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (zipf[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static String word(int index) {
        StringBuilder b = new StringBuilder();
        int i = index;
        do {
            b.append((char) ('a' + i % 26));
            i /= 26;
        } while (i > 0);
        if (b.length() < 3) {
            b.append("qu");
        }
        return b.toString();
    }

    private static String capitalised(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
