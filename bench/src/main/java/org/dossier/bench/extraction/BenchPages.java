package org.dossier.bench.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/** Reading gzip pages in place and running an extractor over many of them. */
final class BenchPages {

    private BenchPages() {
    }

    static byte[] gunzip(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Outputs of {@code extractor} on {@code inputs}, in order, and the wall time taken. */
    record Timed<T>(List<T> outputs, double seconds) {
    }

    static <I, O> Timed<O> run(List<I> inputs, Function<I, O> extractor, int threads) {
        long start = System.nanoTime();
        List<O> out = new ArrayList<>(inputs.size());
        if (threads <= 1) {
            for (I in : inputs) {
                out.add(extractor.apply(in));
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<O>> futures = new ArrayList<>();
                for (I in : inputs) {
                    futures.add(pool.submit(() -> extractor.apply(in)));
                }
                for (Future<O> f : futures) {
                    out.add(f.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("extractor failed", e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        return new Timed<>(out, (System.nanoTime() - start) / 1e9);
    }
}
