package org.dossier.pipeline;

import java.nio.file.Path;
import org.dossier.model.Problem;

/** What a build reports while it runs; called on the building thread. Every method defaults to nothing. */
public interface BuildListener {

    /** Another build of {@code workspace} is running: this one waits for it to end before it begins. */
    default void waitingForAnotherBuild(Path workspace) {
    }

    /** An input was skipped; called as soon as it is known. */
    default void problem(Problem problem) {
    }

    /**
     * An input was read but changed: a value ignored (a stated date that is no date), its text cut
     * to fit a bound, stray control characters removed; or read on a guess (its encoding). Called as
     * soon as it is known.
     */
    default void warning(Problem warning) {
    }

    /**
     * @param filesRead     input files that yielded articles so far
     * @param articlesRead  articles read so far, known ones included
     * @param analysed      new articles analysed so far
     */
    default void progress(int filesRead, int articlesRead, int analysed) {
    }

    /** The stored stories were made by an earlier clusterer: the build clusters these stored articles again. */
    default void reclustering(int storedArticles) {
    }

    /** The build has read and analysed everything and is clustering and consolidating. */
    default void consolidating(int stories) {
    }

    BuildListener NONE = new BuildListener() {
    };
}
