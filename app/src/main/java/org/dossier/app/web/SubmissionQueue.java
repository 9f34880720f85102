package org.dossier.app.web;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The queue of article submissions: they run one at a time, in the order they arrived (a fair
 * lock), and at most {@code capacity} are held at once, the running one included. One more is
 * refused at once with {@link Full}, which says when to try again: the queue's length times the
 * mean time a submission has taken so far. Thread-safe.
 */
final class SubmissionQueue {

    /** Submissions held by default: a few minutes of work at a few seconds each. */
    static final int DEFAULT_CAPACITY = 32;
    /** Weight of the newest duration in the running mean. */
    private static final double SMOOTHING = 0.2;

    private final int capacity;
    private final ReentrantLock turn = new ReentrantLock(true);
    private final AtomicInteger held = new AtomicInteger();
    private volatile double meanSeconds = 1;

    SubmissionQueue(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        this.capacity = capacity;
    }

    /** The queue is full: try again after {@link #retryAfterSeconds()}. */
    static final class Full extends RuntimeException {
        private final long retryAfterSeconds;

        Full(int held, long retryAfterSeconds) {
            super("the server is busy with " + held + " submissions; retry in " + retryAfterSeconds + " s");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /** Runs {@code work} in its turn and returns its result; throws {@link Full} without waiting when full. */
    <T> T submit(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        int now = held.incrementAndGet();
        if (now > capacity) {
            held.decrementAndGet();
            throw new Full(now - 1, Math.max(1, Math.round(Math.ceil((now - 1) * meanSeconds))));
        }
        try {
            turn.lock();
            try {
                long started = System.nanoTime();
                try {
                    return work.get();
                } finally {
                    double seconds = (System.nanoTime() - started) / 1e9;
                    meanSeconds = (1 - SMOOTHING) * meanSeconds + SMOOTHING * seconds;
                }
            } finally {
                turn.unlock();
            }
        } finally {
            held.decrementAndGet();
        }
    }

    /** Submissions waiting for their turn now (an estimate, as {@link ReentrantLock#getQueueLength()}). */
    int waiting() {
        return turn.getQueueLength();
    }

    /** Submissions held now, the running one included. */
    int held() {
        return held.get();
    }
}
