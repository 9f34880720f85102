package org.dossier.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code dossier bench}: throughput and memory of the whole analysis. */
@Command(name = "bench", description = "Measures analysis throughput (articles/s) and peak heap.")
public final class BenchCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("bench is not built yet");
        return 1;
    }
}
