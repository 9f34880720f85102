package org.dossier.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.dossier.model.Article;
import org.dossier.model.Story;
import org.dossier.store.StoryListing;
import org.dossier.store.search.SearchHit;

/** What the web layer reads from a workspace. Implementations are thread-safe. */
public interface DossierRepository {

    List<Story> stories();

    /**
     * One line per story, sorted by id. This default reads every story and its articles; a
     * repository over a workspace answers from the stored listings instead.
     */
    default List<StoryListing> listings() {
        List<StoryListing> out = new ArrayList<>();
        for (Story s : stories()) {
            TreeSet<String> outlets = new TreeSet<>();
            TreeSet<String> languages = new TreeSet<>();
            for (String id : s.articleIds()) {
                article(id).ifPresent(a -> {
                    if (a.outlet() != null) {
                        outlets.add(a.outlet());
                    }
                    languages.add(a.language());
                });
            }
            out.add(new StoryListing(s.id(), s.title(), s.start(), s.end(), s.articleIds().size(), outlets.size(),
                    List.copyOf(languages), List.copyOf(outlets)));
        }
        out.sort(java.util.Comparator.comparing(StoryListing::id));
        return out;
    }

    Optional<Story> story(String id);

    Optional<Article> article(String id);

    /** Best hits first; throws IllegalArgumentException for a query that cannot be parsed. */
    List<SearchHit> search(String query, int limit);

    /** Analyses one article object (the keys of a .json input file) and updates its story. */
    Submitted submit(byte[] json);

    /**
     * The id of a stored article and of the story it joined, and each value of the body that was
     * ignored (a {@code published} that is no date), for the client.
     */
    record Submitted(String id, String storyId, List<String> warnings) {
        public Submitted {
            warnings = List.copyOf(warnings);
        }
    }

    /** Input that cannot become an article; the message is for the client. */
    final class BadInputException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public BadInputException(String message) {
            super(message);
        }
    }
}
