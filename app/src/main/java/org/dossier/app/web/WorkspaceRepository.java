package org.dossier.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.dossier.app.render.Counts;
import org.dossier.ingest.Ingestor;
import org.dossier.model.Article;
import org.dossier.model.DossierJson;
import org.dossier.model.Problem;
import org.dossier.model.Story;
import org.dossier.pipeline.ArticleSource;
import org.dossier.pipeline.BuildListener;
import org.dossier.pipeline.BuildPipeline;
import org.dossier.pipeline.BuildReport;
import org.dossier.store.BuildRecord;
import org.dossier.store.StoryListing;
import org.dossier.store.Workspace;
import org.dossier.store.search.SearchHit;
import org.dossier.store.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web layer's view of a workspace. Reads go straight to SQLite, on a connection of their own:
 * they see the last committed build (write-ahead log) and never wait for a submission's build, which
 * runs on the workspace given. The search index lives in the workspace's {@code index} folder and is
 * rebuilt when the workspace has changed since it was written. Submissions are built one at a time,
 * each a build of its own fed the article read from the request's body, with nothing written but
 * the workspace. Thread-safe: reads are served one at a time, beside at most one submission.
 */
public final class WorkspaceRepository implements DossierRepository, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceRepository.class);

    private final Workspace workspace;
    /** Reads only, guarded by {@link #reading}; a connection of its own, so reads see committed builds only. */
    private final Workspace reader;
    private final Object reading = new Object();
    private final BuildPipeline pipeline;
    private final Ingestor ingestor = new Ingestor();
    private SearchIndex index;
    private String indexStamp;
    private final Consumer<String> notices;

    /** @param pipeline builds submitted articles; null makes the repository read-only */
    public WorkspaceRepository(Workspace workspace, BuildPipeline pipeline) {
        this(workspace, pipeline, message -> LOG.warn("{}", message));
    }

    /**
     * @param pipeline builds submitted articles; null makes the repository read-only
     * @param notices  told, in one sentence, when a damaged search index is rebuilt
     */
    public WorkspaceRepository(Workspace workspace, BuildPipeline pipeline, Consumer<String> notices) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.pipeline = pipeline;
        this.notices = Objects.requireNonNull(notices, "notices");
        this.reader = workspace.readOnly() ? Workspace.openReadOnly(workspace.directory())
                : Workspace.openForReading(workspace.directory());
    }

    @Override
    public List<Story> stories() {
        synchronized (reading) {
            return reader.stories();
        }
    }

    @Override
    public List<StoryListing> listings() {
        synchronized (reading) {
            return reader.storyListings();
        }
    }

    @Override
    public Optional<Story> story(String id) {
        synchronized (reading) {
            return reader.story(id);
        }
    }

    @Override
    public Optional<Article> article(String id) {
        synchronized (reading) {
            return reader.article(id);
        }
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        synchronized (reading) {
            return index().search(query, limit);
        }
    }

    /** The index, reopened (and so rebuilt) if the workspace changed since it was last opened. */
    SearchIndex index() {
        synchronized (reading) {
            return currentIndex();
        }
    }

    private SearchIndex currentIndex() {
        String stamp = stamp();
        if (index == null || !stamp.equals(indexStamp)) {
            if (index != null) {
                index.close();
            }
            index = SearchIndex.open(workspace.directory().resolve("index"), new SearchIndex.Source() {
                @Override
                public String stamp() {
                    return stamp;
                }

                @Override
                public List<Article> articles() {
                    return reader.articles();
                }

                @Override
                public List<Story> stories() {
                    return reader.stories();
                }
            }, notices);
            indexStamp = stamp;
        }
        return index;
    }

    private String stamp() {
        List<BuildRecord> builds = reader.builds();
        long last = builds.isEmpty() ? 0 : builds.get(builds.size() - 1).id();
        return "build " + last + ", " + Counts.of(reader.articleCount(), "article", "articles") + ", "
                + Counts.of(reader.storyCount(), "story", "stories");
    }

    @Override
    public synchronized Submitted submit(byte[] json) {
        if (pipeline == null) {
            throw new BadInputException("this server is read-only");
        }
        JsonNode node;
        try {
            node = DossierJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new BadInputException("the body is not JSON: " + firstLine(e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            throw new BadInputException("the body must be one JSON object with \"text\" or \"html\"");
        }
        // Read as a .json file of these bytes would be, so the same article posted or built gets one id.
        List<Article> read = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        ingestor.readObject("the body", json, read::add, problems::add, warnings::add);
        if (!problems.isEmpty() || read.size() != 1) {
            throw new BadInputException(problems.isEmpty() ? "no article in the body" : problems.get(0).message());
        }
        String id = read.get(0).id();
        BuildReport report = pipeline.build(workspace, ArticleSource.of(read), BuildListener.NONE);
        if (!report.problems().isEmpty()) {
            throw new BadInputException(report.problems().get(0).message());
        }
        String storyId = workspace.storyOfArticles().get(id);
        return new Submitted(id, storyId, warnings.stream().map(Problem::message).toList());
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse(s);
    }

    @Override
    public void close() {
        synchronized (reading) {
            if (index != null) {
                index.close();
                index = null;
            }
            reader.close();
        }
    }
}
