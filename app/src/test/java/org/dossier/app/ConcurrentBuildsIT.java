package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.dossier.model.Article;
import org.dossier.store.BuildTransaction;
import org.dossier.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code build} commands on one workspace while a third build holds it: each says it waits,
 * none fails on the database's lock, and the workspace ends holding the input of both.
 */
class ConcurrentBuildsIT {

    @TempDir
    Path tmp;

    @Test
    void buildsOfOneWorkspaceWaitForEachOtherAndAllSucceed() throws Exception {
        Path examples = Path.of("..", "examples");
        Path workspace = tmp.resolve("ws");
        Workspace.open(workspace).close();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        Future<CommandRun> text;
        Future<CommandRun> page;
        try (Workspace holder = Workspace.open(workspace); BuildTransaction held = holder.beginBuild("held")) {
            text = threads.submit(() -> CommandRun.of("--workspace", workspace, "build",
                    examples.resolve("alpine-courier-valbrenta-tunnel.txt")));
            page = threads.submit(() -> CommandRun.of("--workspace", workspace, "build",
                    examples.resolve("nordsee-rundschau-kabeljau.html")));
            // Longer than SQLite's busy timeout: a build that queued on the database would have failed by now.
            Thread.sleep(12_000);
            assertThat(text).isNotDone();
            assertThat(page).isNotDone();
        }
        try {
            for (Future<CommandRun> build : List.of(text, page)) {
                CommandRun run = build.get(5, TimeUnit.MINUTES);
                assertThat(run.code()).as(run.err()).isZero();
                assertThat(run.err()).contains("waiting for another build of " + workspace + " to finish...");
                assertThat(run.out()).contains("1 new");
            }
        } finally {
            threads.shutdownNow();
        }
        try (Workspace ws = Workspace.open(workspace)) {
            assertThat(ws.articles()).extracting(Article::file).containsExactlyInAnyOrder(
                    examples.resolve("alpine-courier-valbrenta-tunnel.txt").toString(),
                    examples.resolve("nordsee-rundschau-kabeljau.html").toString());
            assertThat(ws.builds()).hasSize(2);
        }
    }
}
