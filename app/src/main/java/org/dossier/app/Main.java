package org.dossier.app;

import org.dossier.bench.BenchCommand;
import org.dossier.bench.EvalCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code bin/dossier}. */
@Command(name = "dossier", mixinStandardHelpOptions = true, version = "dossier 0.1.0",
        description = "Builds sourced event dossiers from news coverage.",
        subcommands = {EvalCommand.class, BenchCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }
}
