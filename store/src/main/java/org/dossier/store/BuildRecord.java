package org.dossier.store;

import java.util.Objects;

/**
 * A committed build.
 *
 * @param started  ISO instant
 * @param finished ISO instant
 */
public record BuildRecord(long id, String started, String finished, BuildStats stats) {

    public BuildRecord {
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(finished, "finished");
        Objects.requireNonNull(stats, "stats");
    }
}
