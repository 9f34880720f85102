package org.dossier.story.cluster;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.story.AnalyzedArticle;
import org.dossier.story.Clustering;
import org.dossier.story.StoryClusterer;

/**
 * The standard clusterer. For now every article is a story of its own (as dossier-json.md asks
 * before clustering exists); the state is the list of "article story" lines.
 */
public final class EventClusterer implements StoryClusterer {

    @Override
    public Clustering cluster(byte[] previousState, List<AnalyzedArticle> added) {
        Map<String, String> storyOf = new HashMap<>();
        if (previousState != null) {
            for (String line : new String(previousState, StandardCharsets.UTF_8).split("\n")) {
                String[] parts = line.split(" ");
                if (parts.length == 2) {
                    storyOf.put(parts[0], parts[1]);
                }
            }
        }
        Set<String> touched = new HashSet<>();
        for (AnalyzedArticle a : added) {
            String story = "s-" + a.article().id().substring(2);
            storyOf.put(a.article().id(), story);
            touched.add(story);
        }
        StringBuilder state = new StringBuilder();
        storyOf.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> state.append(e.getKey()).append(' ').append(e.getValue()).append('\n'));
        return new Clustering(state.toString().getBytes(StandardCharsets.UTF_8), storyOf, Map.of(), touched);
    }
}
