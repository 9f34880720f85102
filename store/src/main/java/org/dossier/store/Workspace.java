package org.dossier.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.model.DossierJson;
import org.dossier.model.Problem;
import org.dossier.model.PublishedSource;
import org.dossier.model.Story;
import org.sqlite.SQLiteConfig;

/**
 * A workspace directory and its SQLite database ({@value #DATABASE}), the system of record of
 * everything the product knows. Changes happen only inside a {@link BuildTransaction}, one
 * transaction per build, so a failed, killed or interrupted build leaves the workspace exactly as
 * it was (write-ahead log; SQLite rolls back an unfinished transaction when the file is next opened).
 *
 * <p>Not thread-safe: one thread uses a {@code Workspace} at a time. Other threads and processes may
 * read a workspace while one builds; a second build, from this process or another, waits for the
 * first to end (a lock on the file {@value BuildLock#FILE} in the directory, held for the build's
 * duration), then begins. Every failure of the disk or the database is a {@link StoreException}
 * that keeps its cause.
 *
 * <p>Lists come back sorted by id, so everything read from a workspace is deterministic.
 */
public final class Workspace implements AutoCloseable {

    /** The database file inside the workspace directory. */
    public static final String DATABASE = "dossier.db";

    /** The schema this code reads and writes ({@code PRAGMA user_version}). */
    public static final int SCHEMA_VERSION = 2;

    private static final String[] SCHEMA = {
        """
        CREATE TABLE builds (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          started TEXT NOT NULL,
          finished TEXT NOT NULL,
          files_read INTEGER NOT NULL,
          articles_read INTEGER NOT NULL,
          articles_added INTEGER NOT NULL,
          problems INTEGER NOT NULL,
          stories_written INTEGER NOT NULL,
          stories_deleted INTEGER NOT NULL)""",
        """
        CREATE TABLE articles (
          id TEXT PRIMARY KEY,
          file TEXT,
          url TEXT,
          outlet TEXT,
          title TEXT,
          language TEXT NOT NULL,
          published TEXT,
          published_source TEXT,
          text TEXT NOT NULL,
          duplicate_of TEXT,
          build_id INTEGER NOT NULL REFERENCES builds(id))""",
        """
        CREATE TABLE analyses (
          article_id TEXT PRIMARY KEY REFERENCES articles(id),
          json TEXT NOT NULL)""",
        """
        CREATE TABLE stories (
          id TEXT PRIMARY KEY,
          title TEXT NOT NULL,
          start_date TEXT,
          end_date TEXT,
          json TEXT NOT NULL,
          build_id INTEGER NOT NULL REFERENCES builds(id))""",
        """
        CREATE TABLE story_articles (
          story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
          article_id TEXT NOT NULL REFERENCES articles(id),
          PRIMARY KEY (story_id, article_id))""",
        "CREATE INDEX story_articles_by_article ON story_articles(article_id)",
        """
        CREATE TABLE clusterer_state (
          id INTEGER PRIMARY KEY CHECK (id = 1),
          state BLOB NOT NULL)""",
        """
        CREATE TABLE problems (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          build_id INTEGER NOT NULL REFERENCES builds(id),
          source TEXT NOT NULL,
          location TEXT,
          message TEXT NOT NULL)""",
    };

    /**
     * What brings a workspace of version {@code i + 1} to version {@code i + 2}; a new workspace gets
     * {@link #SCHEMA} and then every step, so old and new workspaces end alike.
     */
    private static final String[] UPGRADES = {
        // 2: where each stream consumer goes on, written in the build that stored what it had read.
        """
        CREATE TABLE stream_offsets (
          topic TEXT NOT NULL,
          partition INTEGER NOT NULL,
          next_offset INTEGER NOT NULL,
          PRIMARY KEY (topic, partition))""",
    };

    private final Path directory;
    private final Connection connection;
    private final boolean readOnly;
    private BuildTransaction open;
    private BuildLock buildLock;

    private Workspace(Path directory, Connection connection, boolean readOnly) {
        this.directory = directory;
        this.connection = connection;
        this.readOnly = readOnly;
    }

    /** Whether {@code directory} holds a workspace database. */
    public static boolean exists(Path directory) {
        return Files.isRegularFile(directory.resolve(DATABASE));
    }

    /**
     * Opens the workspace in {@code directory}, creating the directory and an empty database if
     * there is none.
     *
     * @throws StoreException if it cannot be created or read, or was written by a newer version
     */
    public static Workspace open(Path directory) {
        Objects.requireNonNull(directory, "directory");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StoreException("cannot create workspace directory " + directory + ": " + e.getMessage(), e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL makes a committed build survive a power cut too, not only a killed process.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        // A build takes the write lock when it begins, not at its first write, so two builds never interleave.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        Path file = directory.resolve(DATABASE);
        Connection connection;
        try {
            connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw new StoreException("cannot open workspace " + directory + ": " + e.getMessage(), e);
        }
        Workspace workspace = new Workspace(directory, connection, false);
        try {
            workspace.migrate();
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
        return workspace;
    }

    /**
     * Opens the existing workspace in {@code directory} for a command that only reads it: as
     * {@link #open} where the directory and database may be written (SQLite then removes its journal
     * files when the workspace is closed), else {@link #openReadOnly}.
     *
     * @throws StoreException if there is no workspace or it cannot be read
     */
    public static Workspace openForReading(Path directory) {
        Objects.requireNonNull(directory, "directory");
        if (!exists(directory)) {
            throw new StoreException("no workspace in " + directory);
        }
        boolean writable = Files.isWritable(directory) && Files.isWritable(directory.resolve(DATABASE));
        return writable ? open(directory) : openReadOnly(directory);
    }

    /**
     * Opens the existing workspace in {@code directory} for reading only: the database is opened
     * read-only, so a workspace on a read-only disk or without write permission can be read, and
     * nothing is written. {@link #beginBuild} then fails.
     *
     * @throws StoreException if there is no workspace, it cannot be read, or its schema is not this version's
     */
    public static Workspace openReadOnly(Path directory) {
        Objects.requireNonNull(directory, "directory");
        Path file = directory.resolve(DATABASE).toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            throw new StoreException("no workspace in " + directory);
        }
        Connection connection;
        try {
            connection = readOnlyConnection(file, "mode=ro");
        } catch (SQLException e) {
            // A WAL database opened read-only needs its shared-memory file; where that cannot be
            // created (no write permission), the file is read as immutable: nobody can be writing it.
            try {
                connection = readOnlyConnection(file, "immutable=1");
            } catch (SQLException again) {
                again.addSuppressed(e);
                throw new StoreException("cannot open workspace " + directory + ": " + again.getMessage(), again);
            }
        }
        Workspace workspace = new Workspace(directory, connection, true);
        try {
            workspace.checkSchema();
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
        return workspace;
    }

    private static Connection readOnlyConnection(Path file, String parameter) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        Connection connection = config.createConnection("jdbc:sqlite:" + file.toUri() + "?" + parameter);
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            rs.next();
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    private void checkSchema() {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            int version = rs.next() ? rs.getInt(1) : 0;
            if (version != SCHEMA_VERSION) {
                throw new StoreException("workspace " + directory + " has schema version " + version + ", not "
                        + SCHEMA_VERSION + (version > SCHEMA_VERSION ? "; use a newer dossier"
                        : "; open it once with write permission (any build) to upgrade it"));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read workspace " + directory + ": " + e.getMessage(), e);
        }
    }

    private void migrate() {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA journal_size_limit = 67108864");
            int version;
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            if (version > SCHEMA_VERSION) {
                throw new StoreException("workspace " + directory + " has schema version " + version
                        + ", newer than this dossier understands (" + SCHEMA_VERSION + "); use a newer dossier");
            }
            if (version == SCHEMA_VERSION) {
                return;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read workspace " + directory + ": " + e.getMessage(), e);
        }
        // Two builds creating one workspace at once: one creates the tables, the other then sees them.
        BuildLock lock = BuildLock.acquire(directory, () -> { });
        try (Statement st = connection.createStatement()) {
            int version;
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            if (version == SCHEMA_VERSION) {
                return;
            }
            if (version == 0 && hasTables(st)) {
                throw new StoreException("workspace " + directory + " holds a database that is not a dossier workspace");
            }
            connection.setAutoCommit(false);
            try {
                if (version == 0) {
                    for (String ddl : SCHEMA) {
                        st.execute(ddl);
                    }
                    version = 1;
                }
                for (int step = version - 1; step < UPGRADES.length; step++) {
                    st.execute(UPGRADES[step]);
                }
                st.execute("PRAGMA user_version = " + SCHEMA_VERSION);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read workspace " + directory + ": " + e.getMessage(), e);
        } finally {
            lock.close();
        }
    }

    private static boolean hasTables(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    /** Whether this workspace was opened by {@link #openReadOnly}. */
    public boolean readOnly() {
        return readOnly;
    }

    public Path directory() {
        return directory;
    }

    /** Begins a build as {@link #beginBuild(String, Runnable)} does, waiting without a word. */
    public BuildTransaction beginBuild(String started) {
        return beginBuild(started, () -> { });
    }

    /**
     * Begins a build: the one transaction in which the workspace may change. Nothing it writes is
     * visible to other processes, or survives, unless {@link BuildTransaction#commit} is called.
     * While another build of this workspace runs, in this process or another, this waits for it to
     * end; readers are not waited for.
     *
     * @param started ISO instant recorded with the build
     * @param waiting called once, before waiting, if another build is running
     * @throws StoreException if the workspace cannot be locked or written, or the wait is interrupted
     */
    public BuildTransaction beginBuild(String started, Runnable waiting) {
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(waiting, "waiting");
        if (open != null) {
            throw new IllegalStateException("a build is already open on this workspace");
        }
        if (readOnly) {
            throw new StoreException("workspace " + directory + " was opened for reading only");
        }
        BuildLock lock = BuildLock.acquire(directory, waiting);
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            lock.close();
            throw failure("cannot begin a build", e);
        }
        try {
            open = new BuildTransaction(this, started);
        } catch (RuntimeException e) {
            endTransaction(false);
            lock.close();
            throw e;
        }
        buildLock = lock;
        return open;
    }

    void finished(BuildTransaction build, boolean commit) {
        if (open != build) {
            return;
        }
        open = null;
        try {
            endTransaction(commit);
        } finally {
            BuildLock lock = buildLock;
            buildLock = null;
            lock.close();
        }
    }

    private void endTransaction(boolean commit) {
        try {
            if (commit) {
                connection.commit();
            } else {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw failure(commit ? "cannot commit the build" : "cannot roll back the build", e);
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                // The connection is unusable; the next statement reports it with its cause.
            }
        }
    }

    Connection connection() {
        return connection;
    }

    StoreException failure(String what, SQLException e) {
        return new StoreException(what + " in workspace " + directory + ": " + e.getMessage(), e);
    }

    // ---- reads -------------------------------------------------------------------------------

    public int articleCount() {
        return count("SELECT count(*) FROM articles");
    }

    public int storyCount() {
        return count("SELECT count(*) FROM stories");
    }

    public boolean containsArticle(String id) {
        return query("SELECT 1 FROM articles WHERE id = ?", List.of(id), rs -> true).size() == 1;
    }

    public Optional<Article> article(String id) {
        return query(ARTICLE_SELECT + " WHERE id = ?", List.of(id), Workspace::readArticle).stream().findFirst();
    }

    /** Every article, sorted by id. */
    public List<Article> articles() {
        return query(ARTICLE_SELECT + " ORDER BY id", List.of(), Workspace::readArticle);
    }

    /** Hands every article to {@code sink} in id order without holding them all in memory. */
    public void forEachArticle(Consumer<Article> sink) {
        try (PreparedStatement ps = connection.prepareStatement(ARTICLE_SELECT + " ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sink.accept(readArticle(rs));
            }
        } catch (SQLException e) {
            throw failure("cannot read articles", e);
        }
    }

    public Optional<ArticleAnalysis> analysis(String articleId) {
        return query("SELECT json FROM analyses WHERE article_id = ?", List.of(articleId),
                rs -> DossierJson.read(rs.getString(1), ArticleAnalysis.class)).stream().findFirst();
    }

    /** Every story, sorted by id. */
    public List<Story> stories() {
        return query("SELECT json FROM stories ORDER BY id", List.of(), Workspace::readStory);
    }

    /** Every story id, sorted. */
    public List<String> storyIds() {
        return query("SELECT id FROM stories ORDER BY id", List.of(), rs -> rs.getString(1));
    }

    public Optional<Story> story(String id) {
        return query("SELECT json FROM stories WHERE id = ?", List.of(id), Workspace::readStory).stream().findFirst();
    }

    /** The articles of a story, sorted by id; empty for an unknown story. */
    public List<Article> articlesOf(String storyId) {
        return query(ARTICLE_SELECT + " WHERE id IN (SELECT article_id FROM story_articles WHERE story_id = ?)"
                + " ORDER BY id", List.of(storyId), Workspace::readArticle);
    }

    /**
     * One line per story, sorted by id: two queries whatever the number of stories, without reading
     * any article or dossier.
     */
    public List<StoryListing> storyListings() {
        String sql = """
                SELECT s.id, s.title, s.start_date, s.end_date, count(a.id), count(DISTINCT a.outlet),
                       group_concat(DISTINCT a.language)
                FROM stories s JOIN story_articles sa ON sa.story_id = s.id JOIN articles a ON a.id = sa.article_id
                GROUP BY s.id ORDER BY s.id""";
        Map<String, List<String>> outlets = new HashMap<>();
        query("""
                SELECT DISTINCT sa.story_id, a.outlet FROM story_articles sa JOIN articles a ON a.id = sa.article_id
                WHERE a.outlet IS NOT NULL ORDER BY sa.story_id, a.outlet""", List.of(),
                rs -> outlets.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
        return query(sql, List.of(), rs -> {
            String languages = rs.getString(7);
            List<String> sorted = languages == null ? List.of()
                    : Arrays.stream(languages.split(",")).sorted().toList();
            return new StoryListing(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                    rs.getInt(6), sorted, outlets.getOrDefault(rs.getString(1), List.of()));
        });
    }

    /** Every article that belongs to a story, to that story's id. */
    public Map<String, String> storyOfArticles() {
        Map<String, String> storyOf = new HashMap<>();
        query("SELECT article_id, story_id FROM story_articles", List.of(),
                rs -> storyOf.put(rs.getString(1), rs.getString(2)));
        return storyOf;
    }

    /** What the clusterer returned last, or null for a workspace that was never clustered. */
    public byte[] clustererState() {
        return query("SELECT state FROM clusterer_state WHERE id = 1", List.of(), rs -> rs.getBytes(1))
                .stream().findFirst().orElse(null);
    }

    /**
     * The offset each partition of {@code topic} is to be read from next, as the last committed build
     * of a stream consumer stored it; partitions never read are absent.
     */
    public Map<Integer, Long> streamOffsets(String topic) {
        Objects.requireNonNull(topic, "topic");
        Map<Integer, Long> offsets = new TreeMap<>();
        query("SELECT partition, next_offset FROM stream_offsets WHERE topic = ?", List.of(topic),
                rs -> offsets.put(rs.getInt(1), rs.getLong(2)));
        return offsets;
    }

    /** The committed builds, oldest first. */
    public List<BuildRecord> builds() {
        return query("SELECT id, started, finished, files_read, articles_read, articles_added, problems,"
                + " stories_written, stories_deleted FROM builds WHERE finished <> '' ORDER BY id", List.of(), rs -> new BuildRecord(
                rs.getLong(1), rs.getString(2), rs.getString(3), new BuildStats(rs.getInt(4), rs.getInt(5),
                rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9))));
    }

    /** The problems a build reported, in the order they were reported. */
    public List<Problem> problems(long buildId) {
        return query("SELECT source, location, message FROM problems WHERE build_id = ? ORDER BY id",
                List.of(buildId), rs -> new Problem(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    @Override
    public void close() {
        if (open != null) {
            open.close();
        }
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("cannot close", e);
        }
    }

    // ---- plumbing ----------------------------------------------------------------------------

    static final String ARTICLE_SELECT = "SELECT id, file, url, outlet, title, language, published,"
            + " published_source, text, duplicate_of FROM articles";

    static Article readArticle(ResultSet rs) throws SQLException {
        String source = rs.getString(8);
        return new Article(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7),
                source == null ? null : PublishedSource.valueOf(source.toUpperCase(Locale.ROOT)),
                rs.getString(9), rs.getString(10));
    }

    static Story readStory(ResultSet rs) throws SQLException {
        return DossierJson.read(rs.getString(1), Story.class);
    }

    /** Reads one row into a value. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    <T> List<T> query(String sql, List<?> parameters, RowReader<T> reader) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, parameters);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(reader.read(rs));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw failure("cannot read", e);
        }
    }

    int update(String sql, List<?> parameters) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, parameters);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw failure("cannot write", e);
        }
    }

    private int count(String sql) {
        return query(sql, List.of(), rs -> rs.getInt(1)).get(0);
    }

    private static void bind(PreparedStatement ps, List<?> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            ps.setObject(i + 1, parameters.get(i));
        }
    }
}
