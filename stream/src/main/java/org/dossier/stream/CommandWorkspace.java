package org.dossier.stream;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The workspace of a command this module adds: the {@code --workspace} option the command line
 * gives every command, else {@code $DOSSIER_WORKSPACE}, else {@code dossier-data}, as for the
 * command line's own commands.
 */
final class CommandWorkspace {

    private CommandWorkspace() {
    }

    static Path of(CommandSpec spec) {
        for (CommandSpec s = spec; s != null; s = s.parent()) {
            OptionSpec option = s.findOption("--workspace");
            if (option != null && option.getValue() != null) {
                return option.getValue();
            }
        }
        String env = System.getenv("DOSSIER_WORKSPACE");
        return Path.of(env == null || env.isBlank() ? "dossier-data" : env);
    }
}
