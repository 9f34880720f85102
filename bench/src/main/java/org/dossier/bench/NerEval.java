package org.dossier.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Scores entity-level F1 on a CoNLL file. */
@Command(name = "ner", description = "Scores entity-level F1 on a CoNLL file.")
public final class NerEval implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("eval ner is not built yet");
        return 1;
    }
}
