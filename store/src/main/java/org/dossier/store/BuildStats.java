package org.dossier.store;

/**
 * What one build did, as recorded in the workspace.
 *
 * @param filesRead      distinct input files that yielded at least one article
 * @param articlesRead   articles the input yielded, known ones included
 * @param articlesAdded  articles new to the workspace (the ones analysed)
 * @param problems       inputs reported and skipped
 * @param storiesWritten stories created or rewritten
 * @param storiesDeleted stories that no longer have articles
 */
public record BuildStats(int filesRead, int articlesRead, int articlesAdded, int problems, int storiesWritten,
                         int storiesDeleted) {

    public BuildStats {
        if (filesRead < 0 || articlesRead < 0 || articlesAdded < 0 || problems < 0 || storiesWritten < 0
                || storiesDeleted < 0) {
            throw new IllegalArgumentException("negative count in " + filesRead + "/" + articlesRead + "/"
                    + articlesAdded + "/" + problems + "/" + storiesWritten + "/" + storiesDeleted);
        }
    }
}
