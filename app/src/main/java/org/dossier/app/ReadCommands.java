package org.dossier.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.store.Workspace;

/** What the commands that only read a workspace share. */
final class ReadCommands {

    private ReadCommands() {
    }

    /**
     * Opens an existing workspace to read it; one without write permission is opened read-only, so
     * it can be read too. A missing one is a failure, not a new empty workspace.
     */
    static Workspace open(Path directory) {
        requireExisting(directory);
        return Workspace.openForReading(directory);
    }

    /** Fails unless {@code directory} holds a workspace: a missing one is not made by a command that reads. */
    static void requireExisting(Path directory) {
        if (!Workspace.exists(directory)) {
            throw new CommandFailure("no workspace in " + directory
                    + " (run `dossier build PATH...` first, or pass --workspace DIR)");
        }
    }

    /**
     * Flushes a command's output and fails when it could not all be written (a full disk, a closed
     * pipe): a command whose output was lost does not exit 0.
     */
    static void finish(PrintWriter out) {
        out.flush();
        if (out.checkError()) {
            throw new CommandFailure("cannot write the output (disk full, or the reader went away)");
        }
    }

    /** Fails when {@code file} lies inside the workspace folder: a typo must not overwrite the workspace. */
    static void refuseInside(Path workspace, Path file) {
        Path dir = real(workspace);
        Path target = real(file);
        if (target.startsWith(dir)) {
            throw new CommandFailure("refusing to write " + file + ": it is inside the workspace " + workspace);
        }
    }

    /** The path with every existing part's links resolved, so two names of one file compare equal. */
    private static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs));
        } catch (java.io.IOException e) {
            return abs;
        }
    }
}
