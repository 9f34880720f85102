package org.dossier.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.dossier.story.AnalyzedArticle;
import org.dossier.story.Clustering;
import org.dossier.story.StoryClusterer;

/**
 * A test clusterer with a known result, for checking the pipeline's bookkeeping whatever the
 * product's clusterer decides: every article is a story of its own ({@code s-} + the id without
 * {@code a-}), or, once {@code mergeFromCall} calls have been made, all go into {@code s-merged}.
 * The state is its "article story" lines.
 */
final class OwnStoryClusterer implements StoryClusterer {

    private final int mergeFromCall;
    private int calls;

    OwnStoryClusterer(int mergeFromCall) {
        this.mergeFromCall = mergeFromCall;
    }

    @Override
    public synchronized Clustering cluster(byte[] previousState, List<AnalyzedArticle> added,
                                           Function<String, Optional<AnalyzedArticle>> earlier) {
        boolean merge = ++calls >= mergeFromCall;
        Map<String, String> storyOf = new HashMap<>();
        if (previousState != null) {
            for (String line : new String(previousState, StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    String[] parts = line.split(" ");
                    storyOf.put(parts[0], parts[1]);
                }
            }
        }
        Set<String> touched = new HashSet<>();
        for (AnalyzedArticle a : added) {
            storyOf.put(a.article().id(), "s-" + a.article().id().substring(2));
        }
        Map<String, String> duplicateOf = new HashMap<>();
        if (merge) {
            String first = storyOf.keySet().stream().sorted().findFirst().orElseThrow();
            storyOf.replaceAll((article, story) -> "s-merged");
            added.forEach(a -> duplicateOf.put(a.article().id(), first));
            duplicateOf.remove(first);
        }
        touched.addAll(storyOf.values());
        StringBuilder state = new StringBuilder();
        storyOf.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> state.append(e.getKey()).append(' ').append(e.getValue()).append('\n'));
        return new Clustering(state.toString().getBytes(StandardCharsets.UTF_8), storyOf, duplicateOf, touched);
    }
}
