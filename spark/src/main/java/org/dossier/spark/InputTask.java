package org.dossier.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * One input file for an executor to read.
 *
 * @param position its place in the order a build reads the input (problems of the listing count too)
 * @param file     the path as the ingestor labels it: as given, extended by the folders walked; or a
 *                 qualified Hadoop path
 * @param hadoop   whether {@code file} is on a Hadoop file system, to be fetched before it is read,
 *                 rather than a path every node sees
 */
record InputTask(int position, String file, boolean hadoop) implements Serializable {

    InputTask {
        Objects.requireNonNull(file, "file");
        if (position < 0) {
            throw new IllegalArgumentException("position must not be negative, got " + position);
        }
    }
}
