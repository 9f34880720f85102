package org.dossier.story.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.model.Article;
import org.dossier.story.AnalyzedArticle;
import org.dossier.story.Clustering;
import org.dossier.story.cluster.EventClusterer;
import org.dossier.story.cluster.Seeds;
import org.junit.jupiter.api.Test;

class NearDuplicateTest {

    private final MinHasher hasher = new MinHasher();

    /**
     * The seed republished elsewhere: the first and last lines (title, disclaimer, source link)
     * replaced by another site's boilerplate, and one sentence of the body edited.
     */
    static String republished(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        List<String> body = lines.subList(1, lines.size() - 1);
        StringBuilder out = new StringBuilder("World News Today | Politics | Share on social media\n\n");
        for (int i = 0; i < body.size(); i++) {
            String line = body.get(i);
            if (i == body.size() / 2) {
                int cut = line.indexOf(". ");
                line = "According to officials, the talks went on late into the evening."
                        + (cut >= 0 ? line.substring(cut + 1) : "");
            }
            out.append(line).append("\n\n");
        }
        return out.append("Copyright 2021 World News Today. All rights reserved. Subscribe to our newsletter.")
                .toString();
    }

    @Test
    void republishedCopyWithOtherBoilerplateAndAnEditedSentenceIsADuplicate() {
        for (Article seed : Seeds.articles()) {
            String copy = republished(seed.text());
            assertThat(copy).isNotEqualTo(seed.text());
            DuplicateIndex index = new DuplicateIndex();
            assertThat(index.add(seed.id(), seed.published(), hasher.signature(seed.text()))).isEmpty();
            assertThat(index.add("a-copy", seed.published(), hasher.signature(copy)))
                    .as("copy of %s", seed.id()).contains(seed.id());
        }
    }

    @Test
    void differentSeedsAreNotDuplicates() {
        DuplicateIndex index = new DuplicateIndex();
        for (Article seed : Seeds.articles()) {
            assertThat(index.add(seed.id(), seed.published(), hasher.signature(seed.text())))
                    .as("%s", seed.id()).isEmpty();
        }
        assertThat(index.size()).isEqualTo(5);
    }

    @Test
    void copiesPointToTheEarliestCopyAndShareItsStory() {
        Article seed = Seeds.article("002_f9ca6fa413811794");
        String copyText = republished(seed.text());
        // Added in one build, latest first: the ordering by date must still find the earliest.
        List<AnalyzedArticle> added = List.of(
                Seeds.bare(Seeds.withText(seed, "a-late-copy", "2021-06-30", copyText)),
                Seeds.bare(Seeds.withText(seed, "a-wire", "2021-06-28T09:00:00+02:00", seed.text())),
                Seeds.bare(Seeds.withText(seed, "a-same-day-copy", "2021-06-29", seed.text() + "\nShare this.")),
                Seeds.bare(Seeds.article("001_3f2330664d5f2acb")));
        Clustering c = new EventClusterer().cluster(null, added);

        assertThat(c.duplicateOf()).containsOnly(
                java.util.Map.entry("a-late-copy", "a-wire"),
                java.util.Map.entry("a-same-day-copy", "a-wire"));
        assertThat(c.storyOf().get("a-late-copy")).isEqualTo(c.storyOf().get("a-wire"));
        assertThat(c.storyOf().get("a-same-day-copy")).isEqualTo(c.storyOf().get("a-wire"));
        assertThat(c.storyOf().get("a-001_3f2330664d5f2acb")).isNotEqualTo(c.storyOf().get("a-wire"));
    }

    @Test
    void copyInALaterBuildPointsToTheOriginalInTheState() {
        Article seed = Seeds.article("000_261515ad708b2a44");
        EventClusterer clusterer = new EventClusterer();
        Clustering first = clusterer.cluster(null, List.of(Seeds.bare(seed)));
        Clustering second = clusterer.cluster(first.state(),
                List.of(Seeds.bare(Seeds.withText(seed, "a-copy", "2021-06-29", republished(seed.text())))));

        assertThat(second.duplicateOf()).containsExactly(java.util.Map.entry("a-copy", seed.id()));
        assertThat(second.storyOf().get("a-copy")).isEqualTo(first.storyOf().get(seed.id()));
        assertThat(second.touched()).containsExactly(first.storyOf().get(seed.id()));
    }
}
