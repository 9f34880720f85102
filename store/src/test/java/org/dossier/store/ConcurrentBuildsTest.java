package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dossier.model.Article;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second build of a workspace, from another thread or another process, waits for the first to
 * end, says so once, and then builds: both builds are stored.
 */
class ConcurrentBuildsTest {

    /** Longer than SQLite's busy timeout, so a build that failed on the database's lock would show. */
    private static final long WAIT_SECONDS = 60;

    @TempDir
    Path dir;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    /** Builds {@code id} in a workspace of its own on {@code dir}, counting the times it is told to wait. */
    private long build(String id, AtomicInteger waited, CountDownLatch toldToWait) {
        try (Workspace ws = Workspace.open(dir); BuildTransaction build = ws.beginBuild(id, () -> {
            waited.incrementAndGet();
            toldToWait.countDown();
        })) {
            Article a = Samples.article(id, Samples.text(id.length()));
            build.addArticle(a, Samples.analysis(a));
            build.commit(id + "-done", new BuildStats(1, 1, 1, 0, 0, 0));
            return build.id();
        }
    }

    @Test
    void aSecondBuildInAnotherThreadWaitsForTheFirstAndThenBuilds() throws Exception {
        Workspace.open(dir).close();
        CountDownLatch firstBegun = new CountDownLatch(1);
        CountDownLatch secondWaits = new CountDownLatch(1);
        AtomicInteger secondWaited = new AtomicInteger();
        Future<Long> first = threads.submit(() -> {
            try (Workspace ws = Workspace.open(dir); BuildTransaction build = ws.beginBuild("first")) {
                Article a = Samples.article("a-first", Samples.text(1));
                build.addArticle(a, Samples.analysis(a));
                firstBegun.countDown();
                // Held until the second build is known to wait, and then past SQLite's busy timeout.
                assertThat(secondWaits.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
                Thread.sleep(11_000);
                build.commit("first-done", new BuildStats(1, 1, 1, 0, 0, 0));
                return build.id();
            }
        });
        assertThat(firstBegun.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        Future<Long> second = threads.submit(() -> build("a-second", secondWaited, secondWaits));

        long firstId = first.get(WAIT_SECONDS, TimeUnit.SECONDS);
        long secondId = second.get(WAIT_SECONDS, TimeUnit.SECONDS);

        assertThat(secondWaited).hasValue(1);
        assertThat(secondId).isGreaterThan(firstId);
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.articles()).extracting(Article::id).containsExactly("a-first", "a-second");
            assertThat(ws.builds()).hasSize(2);
        }
    }

    @Test
    void aBuildWithNoOtherRunningIsNotToldToWait() {
        AtomicInteger waited = new AtomicInteger();
        build("a-alone", waited, new CountDownLatch(1));
        build("a-again", waited, new CountDownLatch(1));

        assertThat(waited).hasValue(0);
    }

    @Test
    void aBuildWaitsForABuildOfAnotherProcess() throws Exception {
        Workspace.open(dir).close();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-cp", System.getProperty("java.class.path"), HeldBuildChild.class.getName(),
                dir.toString(), "a-child")
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8)); OutputStream in = child.getOutputStream()) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("building")) {
                // skip logging until the child holds its build open
            }
            assertThat(line).as("child output before its build began").isEqualTo("building");
            CountDownLatch toldToWait = new CountDownLatch(1);
            AtomicInteger waited = new AtomicInteger();
            Future<Long> mine = threads.submit(() -> build("a-parent", waited, toldToWait));

            assertThat(toldToWait.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("told to wait").isTrue();
            assertThat(mine).isNotDone();
            in.write('\n');
            in.flush();
            mine.get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(waited).hasValue(1);
            assertThat(child.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).as("child ended").isTrue();
            assertThat(child.exitValue()).isZero();
        } finally {
            child.destroyForcibly();
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.articles()).extracting(Article::id).containsExactly("a-child", "a-parent");
            assertThat(ws.builds()).extracting(BuildRecord::started).containsExactly("child", "a-parent");
        }
    }
}
