package org.dossier.store;

import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * The right to build a workspace, held from the start of a build to its end: an exclusive lock on
 * the file {@value #FILE} in the workspace directory, so a second build, in this process or another,
 * waits for the first instead of failing on SQLite's write lock. A file lock belongs to the whole
 * process, so threads of one process also queue on a lock per workspace directory first. The file
 * stays in place: deleting it could let two builds lock two different files. Readers take no lock.
 */
final class BuildLock implements AutoCloseable {

    /** The lock file inside the workspace directory. */
    static final String FILE = "build.lock";

    /** A permit per workspace directory; a semaphore, so a build may end on another thread than began it. */
    private static final Map<Path, Semaphore> IN_PROCESS = new ConcurrentHashMap<>();

    private final Semaphore inProcess;
    private final FileChannel channel;
    private final FileLock fileLock;

    private BuildLock(Semaphore inProcess, FileChannel channel, FileLock fileLock) {
        this.inProcess = inProcess;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    /**
     * Takes the lock of the workspace in {@code directory}, waiting as long as another build holds
     * it; {@code waiting} is called once, before waiting, only if it has to wait.
     *
     * @throws StoreException if the lock file cannot be opened or the wait is interrupted
     */
    static BuildLock acquire(Path directory, Runnable waiting) {
        Path file = directory.resolve(FILE);
        Semaphore inProcess = IN_PROCESS.computeIfAbsent(key(directory), k -> new Semaphore(1));
        boolean told = false;
        if (!inProcess.tryAcquire()) {
            waiting.run();
            told = true;
            try {
                inProcess.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("interrupted while waiting for another build of " + directory, e);
            }
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                if (!told) {
                    waiting.run();
                }
                lock = channel.lock();
            }
            return new BuildLock(inProcess, channel, lock);
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel, e);
            inProcess.release();
            if (e instanceof ClosedByInterruptException) {
                throw new StoreException("interrupted while waiting for another build of " + directory, e);
            }
            if (e instanceof IOException io) {
                throw new StoreException("cannot lock workspace " + directory + " for a build (" + file + "): "
                        + io.getMessage(), io);
            }
            throw (RuntimeException) e;
        }
    }

    /** One lock per directory however it is named (relative, through a link). */
    private static Path key(Path directory) {
        try {
            return directory.toRealPath();
        } catch (IOException e) {
            return directory.toAbsolutePath().normalize();
        }
    }

    private static void closeQuietly(FileChannel channel, Exception cause) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    /** Lets the next build go; closing twice does nothing more. Not for concurrent use. */
    @Override
    public void close() {
        if (!channel.isOpen()) {
            return;
        }
        try {
            // Closing the channel releases its lock.
            channel.close();
        } catch (IOException e) {
            throw new StoreException("cannot release the build lock " + fileLock + ": " + e.getMessage(), e);
        } finally {
            inProcess.release();
        }
    }
}
