package org.dossier.store.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dossier.model.Article;
import org.dossier.model.PublishedSource;
import org.dossier.model.Story;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

    @TempDir
    Path dir;

    private SearchIndex index;

    private static SearchIndex.Source source(String stamp, List<Article> articles) {
        return new SearchIndex.Source() {
            @Override
            public String stamp() {
                return stamp;
            }

            @Override
            public List<Article> articles() {
                return articles;
            }

            @Override
            public List<Story> stories() {
                return List.of();
            }
        };
    }

    private static List<Article> articles() {
        return List.of(new Article("a-1", null, null, "Harbour Gazette", "Cod quota cut", "en", "2031-05-13",
                PublishedSource.METADATA, "Ministers in Porto cut the cod quota by 18 percent.", null));
    }

    @BeforeEach
    void open() {
        index = SearchIndex.open(dir, source("one", articles()));
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void wordsFindTheArticle() {
        assertThat(index.search("cod Porto", 10)).extracting(SearchHit::articleId).containsExactly("a-1");
    }

    @Test
    void aRegularExpressionIsRefusedWithItsReason() {
        assertThatThrownBy(() -> index.search("/[a-z]{1,100000}/", 10))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("regular expressions");
    }

    @Test
    void textWithSlashesInQuotesIsSearchedAsWords() {
        assertThat(index.search("\"cod/quota\"", 10)).extracting(SearchHit::articleId).containsExactly("a-1");
    }

    @Test
    void anUnbalancedQuoteIsRefusedAsUnreadable() {
        assertThatThrownBy(() -> index.search("\"cod quota", 10))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageStartingWith("cannot read the query");
    }

    @Test
    void aQueryOfTooManyWordsIsRefusedAsTooComplex() {
        // Every word is looked for in eight fields: 200 words are 1,600 clauses, over Lucene's 1,024.
        String words = IntStream.range(0, 200).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
        assertThat(words.length()).isLessThanOrEqualTo(SearchIndex.MAX_QUERY_CHARS);
        assertThatThrownBy(() -> index.search(words, 10))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("too complex");
    }

    @Test
    void aSearchStillRunningAtItsTimeoutIsRefusedWithItsReason() {
        assertThat(index.search("cod", 10, () -> false)).hasSize(1);
        assertThatThrownBy(() -> index.search("cod", 10, () -> true))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("took longer than " + SearchIndex.MAX_SEARCH_MILLIS + " ms");
    }

    @Test
    void aQueryOverTheLengthBoundIsRefused() {
        assertThatThrownBy(() -> index.search("cod ".repeat(SearchIndex.MAX_QUERY_CHARS), 10))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining(String.valueOf(SearchIndex.MAX_QUERY_CHARS));
    }

    /** Closes the index, damages its files with {@code damage}, and opens it again with the same stamp. */
    private List<String> reopenAfter(java.util.function.Consumer<Path> damage) throws java.io.IOException {
        index.close();
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
            files.filter(f -> !f.getFileName().toString().equals("write.lock")).forEach(damage);
        }
        List<String> notices = new java.util.ArrayList<>();
        index = SearchIndex.open(dir, source("one", articles()), notices::add);
        return notices;
    }

    private static void truncate(Path file) {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() / 2);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void overwrite(Path file) {
        try {
            java.nio.file.Files.write(file, "not an index".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anIndexWithTruncatedFilesIsRebuiltWithANotice() throws Exception {
        List<String> notices = reopenAfter(SearchIndexTest::truncate);

        assertThat(notices).singleElement().asString().contains("damaged").contains("rebuilding");
        assertThat(index.search("cod Porto", 10)).extracting(SearchHit::articleId).containsExactly("a-1");
    }

    @Test
    void anIndexWithOverwrittenFilesIsRebuiltWithANotice() throws Exception {
        List<String> notices = reopenAfter(SearchIndexTest::overwrite);

        assertThat(notices).singleElement().asString().contains("damaged");
        assertThat(index.search("cod Porto", 10)).extracting(SearchHit::articleId).containsExactly("a-1");
    }

    @Test
    void anIndexMissingASegmentFileIsRebuiltWithANotice() throws Exception {
        List<String> notices = reopenAfter(f -> {
            if (!f.getFileName().toString().startsWith("segments")) {
                try {
                    java.nio.file.Files.delete(f);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });

        assertThat(notices).singleElement().asString().contains("damaged");
        assertThat(index.search("cod Porto", 10)).extracting(SearchHit::articleId).containsExactly("a-1");
    }

    @Test
    void aSoundIndexIsOpenedWithoutNotice() throws Exception {
        List<String> notices = reopenAfter(f -> { });
        assertThat(notices).isEmpty();
        assertThat(index.search("cod", 10)).hasSize(1);
    }

    @Test
    void whereTheIndexCannotBeWrittenItIsBuiltInMemoryWithANotice() throws Exception {
        // A folder that cannot be made stands for one without write permission, which root would not feel.
        Path file = java.nio.file.Files.writeString(dir.resolve("not-a-folder"), "x");
        List<String> notices = new java.util.ArrayList<>();
        try (SearchIndex memory = SearchIndex.open(file.resolve("index"), source("one", articles()), notices::add)) {
            assertThat(memory.search("cod Porto", 10)).extracting(SearchHit::articleId).containsExactly("a-1");
        }
        assertThat(notices).singleElement().asString().startsWith("cannot write the search index")
                .endsWith("searching an index built in memory");
        assertThat(java.nio.file.Files.readString(file)).isEqualTo("x");
    }
}
