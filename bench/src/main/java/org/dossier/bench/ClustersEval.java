package org.dossier.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Scores story clustering on ECB+. */
@Command(name = "clusters", description = "Scores story clustering on ECB+.")
public final class ClustersEval implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("eval clusters is not built yet");
        return 1;
    }
}
