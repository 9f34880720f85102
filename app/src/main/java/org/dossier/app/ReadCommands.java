package org.dossier.app;

import java.nio.file.Path;
import org.dossier.store.Workspace;

/** What the commands that only read a workspace share. */
final class ReadCommands {

    private ReadCommands() {
    }

    /** Opens an existing workspace; a missing one is a failure, not a new empty workspace. */
    static Workspace open(Path directory) {
        if (!Workspace.exists(directory)) {
            throw new CommandFailure("no workspace in " + directory
                    + " (run `dossier build PATH...` first, or pass --workspace DIR)");
        }
        return Workspace.open(directory);
    }
}
