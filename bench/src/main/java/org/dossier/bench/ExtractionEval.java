package org.dossier.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Scores main-text extraction on extraction-zyte and extraction-multilingual. */
@Command(name = "extraction", description = "Scores main-text extraction on extraction-zyte and extraction-multilingual.")
public final class ExtractionEval implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("eval extraction is not built yet");
        return 1;
    }
}
