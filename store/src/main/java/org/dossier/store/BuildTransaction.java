package org.dossier.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.model.DossierJson;
import org.dossier.model.Problem;
import org.dossier.model.Story;

/**
 * One build's unit of work: every change a build makes to its {@link Workspace}, committed
 * together by {@link #commit} or not at all. Closing it without committing (or the process dying)
 * rolls everything back. Reads through the workspace while it is open see its uncommitted changes.
 *
 * <p>Not thread-safe: confined to the thread that began it.
 */
public final class BuildTransaction implements AutoCloseable {

    private final Workspace workspace;
    private final long id;
    private boolean done;

    BuildTransaction(Workspace workspace, String started) {
        this.workspace = workspace;
        // The build row exists from the start so that what it writes can refer to it; it is
        // completed on commit and vanishes with everything else on rollback.
        try (PreparedStatement ps = workspace.connection().prepareStatement(
                "INSERT INTO builds (started, finished, files_read, articles_read, articles_added, problems,"
                        + " stories_written, stories_deleted) VALUES (?, '', 0, 0, 0, 0, 0, 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, started);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                this.id = keys.getLong(1);
            }
        } catch (SQLException e) {
            workspace.finished(this, false);
            throw workspace.failure("cannot begin a build (is another build running?)", e);
        }
    }

    /** The id the build gets in {@link Workspace#builds()} once committed. */
    public long id() {
        return id;
    }

    /** Stores a new article and its analysis; the id must not be stored yet. */
    public void addArticle(Article article, ArticleAnalysis analysis) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(analysis, "analysis");
        if (!article.id().equals(analysis.articleId())) {
            throw new IllegalArgumentException("analysis of " + analysis.articleId() + " for " + article.id());
        }
        checkOpen();
        workspace.update("INSERT INTO articles (id, file, url, outlet, title, language, published, published_source,"
                + " text, duplicate_of, build_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Arrays.asList(
                article.id(), article.file(), article.url(), article.outlet(), article.title(), article.language(),
                article.published(), article.publishedSource() == null ? null : article.publishedSource().json(),
                article.text(), article.duplicateOf(), id));
        workspace.update("INSERT INTO analyses (article_id, json) VALUES (?, ?)",
                List.of(article.id(), DossierJson.compact(analysis)));
    }

    /** Marks a stored article as a near-duplicate of {@code original} (or of nothing, with null). */
    public void setDuplicateOf(String articleId, String original) {
        checkOpen();
        int rows = workspace.update("UPDATE articles SET duplicate_of = ? WHERE id = ?",
                Arrays.asList(original, articleId));
        if (rows != 1) {
            throw new IllegalArgumentException("no article " + articleId);
        }
    }

    /** Creates or replaces a story and its membership; every article it names must be stored. */
    public void putStory(Story story) {
        Objects.requireNonNull(story, "story");
        checkOpen();
        workspace.update("DELETE FROM stories WHERE id = ?", List.of(story.id()));
        workspace.update("INSERT INTO stories (id, title, start_date, end_date, json, build_id) VALUES (?, ?, ?, ?, ?, ?)",
                Arrays.asList(story.id(), story.title(), story.start(), story.end(), DossierJson.compact(story), id));
        for (String articleId : story.articleIds().stream().distinct().sorted().toList()) {
            workspace.update("INSERT INTO story_articles (story_id, article_id) VALUES (?, ?)",
                    List.of(story.id(), articleId));
        }
    }

    /** Removes a story (its articles stay); no-op for an unknown id. */
    public void deleteStory(String storyId) {
        checkOpen();
        workspace.update("DELETE FROM stories WHERE id = ?", List.of(storyId));
    }

    public void putClustererState(byte[] state) {
        Objects.requireNonNull(state, "state");
        checkOpen();
        workspace.update("INSERT INTO clusterer_state (id, state) VALUES (1, ?)"
                + " ON CONFLICT (id) DO UPDATE SET state = excluded.state", List.of(state));
    }

    /**
     * Records that a stream consumer is to read {@code partition} of {@code topic} from
     * {@code nextOffset} on: committed with what it read before that offset, or not at all.
     */
    public void putStreamOffset(String topic, int partition, long nextOffset) {
        Objects.requireNonNull(topic, "topic");
        if (partition < 0 || nextOffset < 0) {
            throw new IllegalArgumentException("partition " + partition + " and offset " + nextOffset
                    + " must not be negative");
        }
        checkOpen();
        workspace.update("INSERT INTO stream_offsets (topic, partition, next_offset) VALUES (?, ?, ?)"
                + " ON CONFLICT (topic, partition) DO UPDATE SET next_offset = excluded.next_offset",
                List.of(topic, partition, nextOffset));
    }

    public void addProblem(Problem problem) {
        Objects.requireNonNull(problem, "problem");
        checkOpen();
        workspace.update("INSERT INTO problems (build_id, source, location, message) VALUES (?, ?, ?, ?)",
                Arrays.asList(id, problem.source(), problem.where(), problem.message()));
    }

    /** Convenience for reads inside the build: the stored (possibly uncommitted) analysis. */
    public Optional<ArticleAnalysis> analysis(String articleId) {
        checkOpen();
        return workspace.analysis(articleId);
    }

    /** Convenience for reads inside the build: the stored (possibly uncommitted) article. */
    public Optional<Article> article(String articleId) {
        checkOpen();
        return workspace.article(articleId);
    }

    /** Makes every change of this build durable and visible, recording its counts. */
    public void commit(String finished, BuildStats stats) {
        Objects.requireNonNull(finished, "finished");
        Objects.requireNonNull(stats, "stats");
        checkOpen();
        workspace.update("UPDATE builds SET finished = ?, files_read = ?, articles_read = ?, articles_added = ?,"
                + " problems = ?, stories_written = ?, stories_deleted = ? WHERE id = ?", List.of(finished,
                stats.filesRead(), stats.articlesRead(), stats.articlesAdded(), stats.problems(),
                stats.storiesWritten(), stats.storiesDeleted(), id));
        done = true;
        workspace.finished(this, true);
    }

    /** Rolls back unless committed. */
    @Override
    public void close() {
        if (!done) {
            done = true;
            workspace.finished(this, false);
        }
    }

    private void checkOpen() {
        if (done) {
            throw new IllegalStateException("build " + id + " is already finished");
        }
    }
}
