package org.dossier.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.dossier.model.Article;
import org.dossier.model.DossierJson;
import org.dossier.model.Story;
import org.dossier.store.search.SearchHit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Submissions run one at a time in arrival order; past the bound they are refused at once, with when to retry. */
class SubmissionQueueTest {

    @TempDir
    Path dir;

    @Test
    void submissionsRunInArrivalOrderAndOneTooManyIsRefusedAtOnce() throws Exception {
        SubmissionQueue queue = new SubmissionQueue(3);
        CountDownLatch release = new CountDownLatch(1);
        List<String> ran = new CopyOnWriteArrayList<>();
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> queue.submit(() -> {
            await(release);
            ran.add("first");
            return "first";
        }));
        waitUntil(() -> queue.held() == 1);
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> queue.submit(() -> {
            ran.add("second");
            return "second";
        }));
        waitUntil(() -> queue.waiting() == 1);
        CompletableFuture<String> third = CompletableFuture.supplyAsync(() -> queue.submit(() -> {
            ran.add("third");
            return "third";
        }));
        waitUntil(() -> queue.waiting() == 2);

        assertThatThrownBy(() -> queue.submit(() -> "fourth")).isInstanceOfSatisfying(SubmissionQueue.Full.class,
                full -> assertThat(full.retryAfterSeconds()).isGreaterThanOrEqualTo(1));
        assertThat(ran).isEmpty();

        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("second");
        assertThat(third.get(10, TimeUnit.SECONDS)).isEqualTo("third");
        assertThat(ran).containsExactly("first", "second", "third");
        assertThat(queue.held()).isZero();
        assertThat(queue.submit(() -> "later")).isEqualTo("later");
    }

    @Test
    void aSubmissionThatFailsFreesItsPlace() {
        SubmissionQueue queue = new SubmissionQueue(1);
        assertThatThrownBy(() -> queue.submit(() -> {
            throw new DossierRepository.BadInputException("no text");
        })).isInstanceOf(DossierRepository.BadInputException.class);
        assertThat(queue.held()).isZero();
        assertThat(queue.submit(() -> "next")).isEqualTo("next");
    }

    @Test
    void aFullQueueAnswers503WithRetryAfterAndAJsonErrorWhileReadsGoOn() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch entered = new CountDownLatch(1);
        DossierRepository slow = new Blocking(WebFixture.repository(dir.resolve("index")), entered, release);
        HttpClient http = HttpClient.newHttpClient();
        try (WebServer server = WebServer.start(slow, "127.0.0.1", 0, 1)) {
            URI posts = URI.create("http://127.0.0.1:" + server.port() + "/api/articles");
            HttpRequest post = HttpRequest.newBuilder(posts).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(DossierJson.mapper().writeValueAsString(
                            java.util.Map.of("text", WebFixture.TEXT)))).build();
            CompletableFuture<HttpResponse<String>> running = http.sendAsync(post, HttpResponse.BodyHandlers.ofString());
            assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

            HttpResponse<String> refused = http.send(post, HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> read = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + server.port() + "/api/stories")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(v ->
                    assertThat(Long.parseLong(v)).isGreaterThanOrEqualTo(1));
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(v ->
                    assertThat(v).startsWith("application/json"));
            assertThat(refused.body()).contains("\"error\"", "busy");
            assertThat(read.statusCode()).isEqualTo(200);

            release.countDown();
            assertThat(running.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
            assertThat(http.send(post, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(201);
        }
    }

    /** A repository whose first submission waits for {@code release}, its reads never. */
    private record Blocking(DossierRepository inner, CountDownLatch entered, CountDownLatch release)
            implements DossierRepository {
        @Override
        public List<Story> stories() {
            return inner.stories();
        }

        @Override
        public Optional<Story> story(String id) {
            return inner.story(id);
        }

        @Override
        public Optional<Article> article(String id) {
            return inner.article(id);
        }

        @Override
        public List<SearchHit> search(String query, int limit) {
            return inner.search(query, limit);
        }

        @Override
        public Submitted submit(byte[] json) {
            entered.countDown();
            await(release);
            return inner.submit(json);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean() && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }
}
