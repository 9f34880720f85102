package org.dossier.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.dossier.model.Problem;
import org.dossier.pipeline.BuildListener;

/**
 * Shows a build's skipped input and warnings on standard error as it happens and, on a terminal, one
 * self-overwriting progress line (files read, articles analysed, rate) at most five times a second.
 */
final class TerminalProgress implements BuildListener, AutoCloseable {

    private static final long INTERVAL_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final long started = System.nanoTime();
    // nanoTime has an arbitrary origin; starting one interval back shows the first report at once.
    private long lastShown = started - INTERVAL_NANOS;
    private int shownWidth;
    private long firstAnalysed;
    private int firstCount;

    TerminalProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void problem(Problem problem) {
        clear();
        err.println("skipped " + problem);
        err.flush();
    }

    @Override
    public void waitingForAnotherBuild(Path workspace) {
        clear();
        err.println("waiting for another build of " + workspace + " to finish...");
        err.flush();
    }

    @Override
    public void warning(Problem warning) {
        clear();
        err.println("warning: " + warning);
        err.flush();
    }

    @Override
    public void progress(int filesRead, int articlesRead, int analysed) {
        long now = System.nanoTime();
        if (!terminal || now - lastShown < INTERVAL_NANOS) {
            return;
        }
        lastShown = now;
        if (analysed > 0 && firstAnalysed == 0) {
            firstAnalysed = now;
            firstCount = analysed;
        }
        // The rate counts from the first finished analysis, so loading the models does not drag it down.
        double seconds = (now - firstAnalysed) / 1e9;
        String rate = analysed > firstCount && seconds > 0
                ? String.format(" (%.1f/s)", (analysed - firstCount) / seconds) : "";
        show(String.format("%d files read, %d articles, %d analysed%s", filesRead, articlesRead, analysed, rate));
    }

    @Override
    public void reclustering(int storedArticles) {
        clear();
        err.println("the stories were made by an earlier version of the clusterer: clustering the " + storedArticles
                + " stored articles again");
        err.flush();
    }

    @Override
    public void consolidating(int stories) {
        if (terminal) {
            show("consolidating " + stories + " stor" + (stories == 1 ? "y" : "ies") + "...");
        }
    }

    private void show(String line) {
        clear();
        err.print(line);
        err.flush();
        shownWidth = line.length();
    }

    private void clear() {
        if (shownWidth > 0) {
            err.print("\r" + " ".repeat(shownWidth) + "\r");
            shownWidth = 0;
        }
    }

    @Override
    public void close() {
        clear();
        err.flush();
    }
}
