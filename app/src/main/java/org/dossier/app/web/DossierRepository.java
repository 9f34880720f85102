package org.dossier.app.web;

import java.util.List;
import java.util.Optional;
import org.dossier.model.Article;
import org.dossier.model.Story;
import org.dossier.store.search.SearchHit;

/** What the web layer reads from a workspace. Implementations are thread-safe. */
public interface DossierRepository {

    List<Story> stories();

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
