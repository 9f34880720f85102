package org.dossier.pipeline;

import org.dossier.store.BuildTransaction;

/**
 * What a caller of the pipeline does inside a build's transaction once the build has written
 * everything and before it commits: a stream consumer records the offsets it has read up to, and
 * hands on the stories the build changed, which reads through the workspace already show. What it
 * writes through the transaction commits with the build or not at all; throwing rolls both back.
 */
@FunctionalInterface
public interface BeforeCommit {

    /** @param report what the build is about to commit */
    void run(BuildTransaction build, BuildReport report);

    BeforeCommit NONE = (build, report) -> { };
}
