package org.dossier.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.Quote;
import org.dossier.model.Story;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search index of a workspace. It is derived data: {@link #open} rebuilds it from the
 * articles and stories it is given whenever the stamp recorded in it differs from the
 * workspace's, so it can be deleted at any time. Text is analysed per language (stemming and
 * stop words of the article's language), one field per language, all searched at once.
 * Thread-safe for searching; {@link #open} must not run concurrently on one directory.
 */
public final class SearchIndex implements AutoCloseable {

    /** What the index is built from; supplied by the workspace. */
    public interface Source {
        /** Changes whenever the workspace's content changes (e.g. the last build's id). */
        String stamp();

        List<Article> articles();

        List<Story> stories();
    }

    /** The longest query read. */
    public static final int MAX_QUERY_CHARS = 1_000;

    /** The longest a search may run before it is given up. */
    public static final long MAX_SEARCH_MILLIS = 5_000;

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    private static final String STAMP = "dossier.stamp";
    private static final List<String> LANGUAGES = List.of("en", "de", "es", "fr", "it", "ru");
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private final Directory directory;
    private final DirectoryReader reader;
    private final Analyzer analyzer;

    private SearchIndex(Directory directory, Analyzer analyzer) throws IOException {
        this.directory = directory;
        this.analyzer = analyzer;
        this.reader = DirectoryReader.open(directory);
    }

    /** Opens the index in {@code dir}, rebuilding it first if it is missing, stale or damaged; damage is logged. */
    public static SearchIndex open(Path dir, Source source) {
        return open(dir, source, message -> LOG.warn("{}", message));
    }

    /**
     * Opens the index in {@code dir}, rebuilding it first if it is missing or stale. An index that
     * cannot be read (a truncated or overwritten file, a missing segment) is derived data: it is
     * deleted and rebuilt from {@code source}. Where the index cannot be written (a read-only
     * workspace), a stale or missing one is built in memory for this process instead. Either way
     * {@code notices} is told so in one sentence.
     */
    public static SearchIndex open(Path dir, Source source, Consumer<String> notices) {
        Analyzer analyzer = analyzer();
        String stamp = source.stamp();
        Directory directory = null;
        try {
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir);
            boolean current;
            try {
                current = current(directory, stamp);
            } catch (IOException | RuntimeException e) {
                // Only reading the index is guarded: a failure of the source is not damage of the index.
                notices.accept("the search index in " + dir + " is damaged (" + firstLine(e.toString())
                        + "); rebuilding it from the workspace");
                for (String file : directory.listAll()) {
                    directory.deleteFile(file);
                }
                current = false;
            }
            if (!current) {
                rebuild(directory, analyzer, source);
            }
            return new SearchIndex(directory, analyzer);
        } catch (FileSystemException e) {
            // No permission, or a read-only disk: the workspace can still be searched.
            closeQuietly(directory);
            String reason = e instanceof AccessDeniedException ? "no write permission"
                    : e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
            notices.accept("cannot write the search index in " + dir + " (" + reason
                    + "); searching an index built in memory");
            try {
                Directory memory = new ByteBuffersDirectory();
                rebuild(memory, analyzer, source);
                return new SearchIndex(memory, analyzer);
            } catch (IOException again) {
                throw new UncheckedIOException("cannot build the search index in memory", again);
            }
        } catch (IOException e) {
            closeQuietly(directory);
            throw new UncheckedIOException("cannot open the search index in " + dir, e);
        }
    }

    private static void closeQuietly(Directory directory) {
        if (directory == null) {
            return;
        }
        try {
            directory.close();
        } catch (IOException e) {
            // Nothing was written through it; the failure that led here is the one reported.
        }
    }

    private static boolean current(Directory directory, String stamp) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return false;
        }
        try (DirectoryReader r = DirectoryReader.open(directory)) {
            return stamp.equals(r.getIndexCommit().getUserData().get(STAMP));
        }
    }

    private static void rebuild(Directory directory, Analyzer analyzer, Source source) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            Map<String, String> storyOf = new HashMap<>();
            Map<String, Article> articles = new HashMap<>();
            for (Story story : source.stories()) {
                story.articleIds().forEach(id -> storyOf.put(id, story.id()));
            }
            for (Article a : source.articles()) {
                articles.put(a.id(), a);
                Document doc = base("article", a.id(), storyOf.get(a.id()), null, a.title() == null ? "" : a.title());
                String lang = field(a.language());
                doc.add(new Field(lang, a.text(), TEXT_WITH_OFFSETS));
                if (a.title() != null) {
                    doc.add(new Field("names", a.title(), TEXT_WITH_OFFSETS));
                }
                writer.addDocument(doc);
            }
            for (Story story : source.stories()) {
                for (Quote q : story.quotes()) {
                    Article a = articles.get(q.evidence().articleId());
                    String speaker = q.speaker() == null ? "" : q.speaker().name();
                    Document doc = base("quote", q.evidence().articleId(), story.id(),
                            q.speaker() == null ? null : q.speaker().entityId(), speaker);
                    doc.add(new Field(field(a == null ? "en" : a.language()), q.text(), TEXT_WITH_OFFSETS));
                    doc.add(new Field("names", speaker, TEXT_WITH_OFFSETS));
                    doc.add(new StoredField("start", q.evidence().start()));
                    doc.add(new StoredField("end", q.evidence().end()));
                    writer.addDocument(doc);
                }
                for (Entity e : story.entities()) {
                    Document doc = base("entity", null, story.id(), e.id(), e.name());
                    doc.add(new Field("names", String.join("\n", names(e)), TEXT_WITH_OFFSETS));
                    writer.addDocument(doc);
                }
            }
            writer.setLiveCommitData(Map.of(STAMP, source.stamp()).entrySet());
            writer.commit();
        }
    }

    private static List<String> names(Entity e) {
        List<String> names = new ArrayList<>();
        names.add(e.name());
        names.addAll(e.aliases());
        names.addAll(e.roles());
        return names;
    }

    private static Document base(String kind, String articleId, String storyId, String entityId, String label) {
        Document doc = new Document();
        doc.add(new StringField("kind", kind, Field.Store.YES));
        if (articleId != null) {
            doc.add(new StringField("articleId", articleId, Field.Store.YES));
        }
        if (storyId != null) {
            doc.add(new StringField("storyId", storyId, Field.Store.YES));
        }
        if (entityId != null) {
            doc.add(new StringField("entityId", entityId, Field.Store.YES));
        }
        doc.add(new StoredField("label", label));
        return doc;
    }

    /**
     * The best hits for a query in the usual syntax (words, "phrases", AND/OR, -exclusions,
     * {@code word*}). Regular expressions ({@code /.../}) are refused: one can make the search take
     * exponential time. A query of more than {@value #MAX_QUERY_CHARS} characters, or one that
     * expands to more than {@link IndexSearcher#getMaxClauseCount()} clauses, is refused too, and so
     * is one still running after {@value #MAX_SEARCH_MILLIS} ms.
     *
     * @throws InvalidQueryException if the query cannot be parsed or is refused; the message says why
     */
    public List<SearchHit> search(String queryText, int limit) {
        return search(queryText, limit, new QueryTimeoutImpl(MAX_SEARCH_MILLIS));
    }

    /** {@link #search}, ended by {@code timeout}. */
    List<SearchHit> search(String queryText, int limit, QueryTimeout timeout) {
        if (queryText == null || queryText.isBlank()) {
            return List.of();
        }
        if (queryText.length() > MAX_QUERY_CHARS) {
            throw new InvalidQueryException("the query is " + queryText.length() + " characters long; at most "
                    + MAX_QUERY_CHARS + " are read");
        }
        try {
            List<String> fields = new ArrayList<>();
            LANGUAGES.forEach(l -> fields.add(field(l)));
            fields.add("text_xx");
            fields.add("names");
            MultiFieldQueryParser parser = new QuerySyntax(fields.toArray(String[]::new), analyzer);
            parser.setDefaultOperator(QueryParser.Operator.AND);
            Query query = parser.parse(queryText);
            // A searcher per search: its timeout is its own.
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setTimeout(timeout);
            TopDocs top = searcher.search(query, limit);
            if (searcher.timedOut()) {
                throw new InvalidQueryException("the query took longer than " + MAX_SEARCH_MILLIS
                        + " ms; use fewer words or wildcards");
            }
            OffsetHighlighter highlighter = new OffsetHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new OffsetFormatter())
                    .withMaxLength(Integer.MAX_VALUE - 1));
            String[] fieldArray = fields.toArray(String[]::new);
            int[] docIds = new int[top.scoreDocs.length];
            for (int i = 0; i < docIds.length; i++) {
                docIds[i] = top.scoreDocs[i].doc;
            }
            int[] onePassage = new int[fieldArray.length];
            java.util.Arrays.fill(onePassage, 1);
            // Passages are looked up for all hits at once: doc ids must be sorted for the highlighter.
            int[] sorted = docIds.clone();
            java.util.Arrays.sort(sorted);
            Map<String, Object[]> passages = highlighter.passages(fieldArray, query, sorted, onePassage);
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                Document doc = searcher.storedFields().document(sd.doc);
                int slot = java.util.Arrays.binarySearch(sorted, sd.doc);
                Passage best = null;
                String bestField = null;
                for (String f : fieldArray) {
                    Object[] found = passages.get(f);
                    if (found != null && found[slot] instanceof Passage p && (best == null || p.score() > best.score())) {
                        best = p;
                        bestField = f;
                    }
                }
                IndexableField start = doc.getField("start");
                IndexableField end = doc.getField("end");
                int s = start == null ? -1 : start.numericValue().intValue();
                int e = end == null ? -1 : end.numericValue().intValue();
                String kind = doc.get("kind");
                String snippet;
                if (best != null) {
                    snippet = best.text();
                    if ("article".equals(kind) && bestField.startsWith("text_")) {
                        s = best.start();
                        e = best.end();
                    }
                } else {
                    snippet = doc.get("label") == null ? "" : doc.get("label");
                }
                hits.add(new SearchHit(kind, doc.get("articleId"), doc.get("storyId"), doc.get("entityId"),
                        doc.get("label"), snippet, s, e, sd.score));
            }
            return hits;
        } catch (ParseException e) {
            throw new InvalidQueryException("cannot read the query: " + firstLine(e.getMessage()), e);
        } catch (IndexSearcher.TooManyClauses | TooComplexToDeterminizeException e) {
            throw new InvalidQueryException("the query is too complex: use fewer words or wildcards", e);
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    /** The query syntax of {@link #search}: Lucene's classic one without regular expressions. */
    private static final class QuerySyntax extends MultiFieldQueryParser {
        QuerySyntax(String[] fields, Analyzer analyzer) {
            super(fields, analyzer);
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            throw new ParseException("regular expressions (/.../) are not supported; "
                    + "put text with slashes in \"quotes\"");
        }
    }

    /** The best passage of a field, with its offsets in the field's text. */
    private record Passage(String text, int start, int end, float score) {
    }

    /** Exposes the highlighter's per-field objects, which carry offsets, not just strings. */
    private static final class OffsetHighlighter extends UnifiedHighlighter {
        OffsetHighlighter(UnifiedHighlighter.Builder builder) {
            super(builder);
        }

        Map<String, Object[]> passages(String[] fields, Query query, int[] docIds, int[] maxPassages)
                throws IOException {
            return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
        }
    }

    private static final class OffsetFormatter extends org.apache.lucene.search.uhighlight.PassageFormatter {
        @Override
        public Object format(org.apache.lucene.search.uhighlight.Passage[] passages, String content) {
            if (passages.length == 0) {
                return null;
            }
            org.apache.lucene.search.uhighlight.Passage p = passages[0];
            return new Passage(content.substring(p.getStartOffset(), p.getEndOffset()).strip(),
                    p.getStartOffset(), p.getEndOffset(), p.getScore());
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String field(String language) {
        String l = language == null ? "xx" : language.toLowerCase(Locale.ROOT);
        return "text_" + (LANGUAGES.contains(l) ? l : "xx");
    }

    private static Analyzer analyzer() {
        Map<String, Analyzer> perField = new HashMap<>();
        perField.put("text_en", new EnglishAnalyzer());
        perField.put("text_de", new GermanAnalyzer());
        perField.put("text_es", new SpanishAnalyzer());
        perField.put("text_fr", new FrenchAnalyzer());
        perField.put("text_it", new ItalianAnalyzer());
        perField.put("text_ru", new RussianAnalyzer());
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index", e);
        }
    }
}
