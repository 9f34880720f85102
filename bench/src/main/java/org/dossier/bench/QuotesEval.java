package org.dossier.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Scores quotation and speaker accuracy on PolNeAR. */
@Command(name = "quotes", description = "Scores quotation and speaker accuracy on PolNeAR.")
public final class QuotesEval implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("eval quotes is not built yet");
        return 1;
    }
}
