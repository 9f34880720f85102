package org.dossier.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.model.Article;
import org.dossier.model.DossierJson;
import org.dossier.model.Story;
import org.dossier.store.search.SearchHit;
import org.dossier.store.search.SearchIndex;

/** A repository over fixed lists, with a real search index, for testing the web layer alone. */
final class InMemoryRepository implements DossierRepository {

    private final List<Article> articles = new ArrayList<>();
    private final List<Story> stories = new ArrayList<>();
    private final Path indexDir;
    private SearchIndex index;

    InMemoryRepository(List<Article> articles, List<Story> stories, Path indexDir) {
        this.articles.addAll(articles);
        this.stories.addAll(stories);
        this.indexDir = indexDir;
    }

    @Override
    public synchronized List<Story> stories() {
        return List.copyOf(stories);
    }

    @Override
    public synchronized Optional<Story> story(String id) {
        return stories.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    @Override
    public synchronized Optional<Article> article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    @Override
    public synchronized List<SearchHit> search(String query, int limit) {
        if (index == null) {
            String stamp = articles.size() + "/" + stories.size();
            index = SearchIndex.open(indexDir, new SearchIndex.Source() {
                @Override
                public String stamp() {
                    return stamp;
                }

                @Override
                public List<Article> articles() {
                    return List.copyOf(articles);
                }

                @Override
                public List<Story> stories() {
                    return List.copyOf(stories);
                }
            });
        }
        return index.search(query, limit);
    }

    @Override
    public synchronized Submitted submit(byte[] json) {
        JsonNode node;
        try {
            node = DossierJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new BadInputException("not JSON: " + e.getMessage());
        }
        if (node == null || !node.isObject() || !node.path("text").isTextual()) {
            throw new BadInputException("an article object needs \"text\" or \"html\"");
        }
        String id = "a-posted" + articles.size();
        articles.add(new Article(id, null, null, node.path("outlet").asText(null), node.path("title").asText(null),
                "en", null, null, node.path("text").asText(), null));
        String storyId = "s-posted" + stories.size();
        stories.add(new Story(storyId, node.path("title").asText("(untitled)"), List.of(id), null, null, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of()));
        if (index != null) {
            index.close();
            index = null;
        }
        return new Submitted(id, storyId, List.of());
    }
}
