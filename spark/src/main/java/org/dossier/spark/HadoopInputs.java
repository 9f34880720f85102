package org.dossier.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.dossier.ingest.source.InputFinder;
import org.dossier.ingest.source.InputFormat;
import org.dossier.model.Problem;

/**
 * Input under Hadoop paths ({@code hdfs://}, {@code s3a://}, {@code file:}...), listed on the driver
 * by the rules of {@link InputFinder} (folders walked in name order, hidden entries, sidecars,
 * documentation and unknown types passed over; a named file of unknown type is a problem) and
 * fetched on the executors into a local folder, sidecar included, for the ingestor to read. A file
 * is labelled by its qualified Hadoop path. Stateless and thread-safe.
 */
final class HadoopInputs {

    /** A URI scheme of two letters or more: {@code C:\...} stays a local path. */
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");

    private HadoopInputs() {
    }

    /** Whether {@code path} names a Hadoop file system (it has a scheme) rather than a local path. */
    static boolean isHadoopPath(String path) {
        return SCHEME.matcher(path).matches();
    }

    /** Hands each input file under {@code root} to {@code files}, once (see {@code seen}), and each bad path to {@code problems}. */
    static void find(String root, Configuration conf, Set<String> seen, Consumer<String> files,
                     Consumer<Problem> problems) {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(root);
        try {
            FileSystem fs = path.getFileSystem(conf);
            FileStatus status;
            try {
                status = fs.getFileStatus(path);
            } catch (FileNotFoundException e) {
                problems.accept(new Problem(root, null, "no such file or folder"));
                return;
            }
            if (status.isDirectory()) {
                walk(fs, status, seen, files, problems);
            } else if (InputFormat.of(Path.of(status.getPath().getName())).isPresent()) {
                offer(status, seen, files);
            } else if (!status.getPath().getName().toLowerCase(java.util.Locale.ROOT)
                    .endsWith(InputFormat.SIDECAR_SUFFIX)) {
                problems.accept(new Problem(root, null, "not a supported input type (" + InputFormat.EXTENSIONS + ")"));
            }
        } catch (IOException e) {
            problems.accept(new Problem(root, null, "cannot list: " + e.getMessage()));
        }
    }

    private static void walk(FileSystem fs, FileStatus folder, Set<String> seen, Consumer<String> files,
                             Consumer<Problem> problems) throws IOException {
        FileStatus[] children;
        try {
            children = fs.listStatus(folder.getPath());
        } catch (IOException e) {
            problems.accept(new Problem(folder.getPath().toString(), null, "cannot list folder: " + e.getMessage()));
            return;
        }
        Arrays.sort(children, Comparator.comparing(c -> c.getPath().getName()));
        for (FileStatus child : children) {
            String name = child.getPath().getName();
            if (name.startsWith(".")) {
                continue;
            }
            if (child.isDirectory()) {
                walk(fs, child, seen, files, problems);
            } else if (child.isFile() && InputFormat.of(Path.of(name)).isPresent()
                    && !InputFinder.isDocumentation(Path.of(name))) {
                offer(child, seen, files);
            }
        }
    }

    private static void offer(FileStatus file, Set<String> seen, Consumer<String> files) {
        String label = file.getPath().toString();
        if (seen.add(label)) {
            files.accept(label);
        }
    }

    /**
     * Copies {@code file} and its sidecar, if it has one, into {@code folder} under their own names and
     * returns the local copy of the file.
     */
    static Path fetch(String file, Configuration conf, Path folder) {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file);
        try {
            FileSystem fs = path.getFileSystem(conf);
            Path local = folder.resolve(path.getName());
            FileUtil.copy(fs, path, local.toFile(), false, conf);
            for (String name : InputFinder.sidecarNames(path.getName())) {
                org.apache.hadoop.fs.Path sidecar = new org.apache.hadoop.fs.Path(path.getParent(), name);
                if (fs.isFile(sidecar)) {
                    FileUtil.copy(fs, sidecar, folder.resolve(name).toFile(), false, conf);
                    break;
                }
            }
            return local;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fetch " + file, e);
        }
    }
}
