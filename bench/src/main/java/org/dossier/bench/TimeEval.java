package org.dossier.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Scores TimeML value F1 on TempEval-3 files. */
@Command(name = "time", description = "Scores TimeML value F1 on TempEval-3 files.")
public final class TimeEval implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("eval time is not built yet");
        return 1;
    }
}
