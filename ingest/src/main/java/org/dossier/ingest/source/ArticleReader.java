package org.dossier.ingest.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import org.dossier.ingest.text.DecodedText;
import org.dossier.ingest.date.MetadataDates;
import org.dossier.ingest.text.TextDecoder;
import org.dossier.ingest.text.UndecodableTextException;
import org.dossier.model.Problem;

/**
 * Reads an {@link InputFile} into {@link RawArticle}s. Text, Markdown, HTML and JSON files are one
 * article each and read whole (up to {@link #MAX_FILE_BYTES}), as are PDF documents (see
 * {@link PdfDocumentReader}) and feeds, one article per item (see {@link FeedReader}); JSON Lines
 * files are streamed line by line and web archives record by record (see {@link WebArchiveReader}),
 * so their size is bounded by the disk, not the heap. Whatever cannot be read (binary or
 * undecodable bytes, empty files, malformed JSON, an object without text, a line that is not an
 * object) becomes a {@link Problem} naming the file and line, and reading goes on. What was read
 * but changed or guessed (an encoding guessed with low confidence, stray control characters
 * removed, a stated {@code published} that is no date: an impossible day or time, a year beyond
 * four digits) is a warning, a {@link Problem} too, naming the file, line and key where there is
 * one, and the article is kept; a dropped date is asked of its next source (the sidecar, the page,
 * the text). Text is UTF-8, UTF-16 with a byte order mark, or a legacy encoding guessed from the
 * bytes (see {@link TextDecoder}). Stateless and thread-safe.
 */
public final class ArticleReader {

    /** Largest single-article file read; larger ones are reported, not read. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** Largest line of a JSON Lines file; a longer one is reported and skipped. */
    public static final int MAX_LINE_BYTES = 64 * 1024 * 1024;
    private static final long MAX_SIDECAR_BYTES = 1024 * 1024;

    private ArticleReader() {
    }

    /** Reads {@code file} as {@link #read(InputFile, Consumer, Consumer, Consumer)} does, without its warnings. */
    public static void read(InputFile file, Consumer<RawArticle> articles, Consumer<Problem> problems) {
        read(file, articles, problems, warning -> { });
    }

    /** Reads {@code file}, handing each article, problem and warning on as soon as it is known. */
    public static void read(InputFile file, Consumer<RawArticle> articles, Consumer<Problem> problems,
                            Consumer<Problem> warnings) {
        Sidecar sidecar = readSidecar(file, problems, warnings);
        try {
            if (file.format() == InputFormat.JSONL) {
                readLines(file, sidecar, articles, problems, warnings);
            } else if (file.format() == InputFormat.WARC) {
                WebArchiveReader.read(file.label(), file.path(), sidecar.bytes(), sidecar.metadata(), articles,
                        problems);
            } else {
                readWhole(file, sidecar, articles, problems, warnings);
            }
        } catch (IOException e) {
            problems.accept(new Problem(file.label(), null, "cannot read: " + describe(e)));
        }
    }

    /**
     * Reads {@code bytes} as a {@code .json} file without a sidecar would be read: one article
     * object, with the id the file would get, or the problem that keeps it from being one.
     * {@code label} stands for the file's path in the article, in problems and in warnings.
     */
    public static void readObject(String label, byte[] bytes, Consumer<RawArticle> articles,
                                  Consumer<Problem> problems, Consumer<Problem> warnings) {
        String text = wholeText(label, bytes, "empty input", problems, warnings);
        if (text == null) {
            return;
        }
        readObject(label, ArticleIds.of(bytes, null), text, Sidecar.NONE, articles, problems, warnings);
    }

    /** A sidecar's raw bytes (for the id) and its metadata. */
    private record Sidecar(byte[] bytes, Metadata metadata) {
        static final Sidecar NONE = new Sidecar(null, Metadata.NONE);
    }

    private static Sidecar readSidecar(InputFile file, Consumer<Problem> problems, Consumer<Problem> warnings) {
        if (file.sidecar() == null) {
            return Sidecar.NONE;
        }
        String label = file.sidecar().toString();
        try {
            if (Files.size(file.sidecar()) > MAX_SIDECAR_BYTES) {
                problems.accept(new Problem(label, null, "metadata file larger than 1 MB, ignored"));
                return Sidecar.NONE;
            }
            byte[] bytes = Files.readAllBytes(file.sidecar());
            JsonNode object = ArticleObjects.parseObject(decode(label, null, bytes, 0, bytes.length, warnings));
            return new Sidecar(bytes, checked(ArticleObjects.metadata(object), label, null, warnings));
        } catch (IOException e) {
            problems.accept(new Problem(label, null, "cannot read metadata, ignored: " + describe(e)));
        } catch (UndecodableTextException | ArticleObjects.BadObjectException e) {
            problems.accept(new Problem(label, null, "bad metadata, ignored: " + e.getMessage()));
        }
        return Sidecar.NONE;
    }

    private static void readWhole(InputFile file, Sidecar sidecar, Consumer<RawArticle> articles,
                                  Consumer<Problem> problems, Consumer<Problem> warnings) throws IOException {
        String label = file.label();
        long size = Files.size(file.path());
        if (size > MAX_FILE_BYTES) {
            problems.accept(new Problem(label, null, "file of " + size + " bytes is larger than the "
                    + MAX_FILE_BYTES + " read as one article"));
            return;
        }
        byte[] bytes = Files.readAllBytes(file.path());
        String id = ArticleIds.of(bytes, sidecar.bytes());
        if (file.format() == InputFormat.PDF) {
            PdfDocumentReader.read(label, bytes, id, sidecar.metadata(), articles, problems);
            return;
        }
        if (file.format() == InputFormat.FEED) {
            try {
                TextDecoder.requireNotBinary(bytes);
            } catch (UndecodableTextException e) {
                problems.accept(new Problem(label, null, e.getMessage()));
                return;
            }
            FeedReader.read(label, bytes, sidecar.bytes(), sidecar.metadata(), articles, problems);
            return;
        }
        if (file.format() == InputFormat.HTML) {
            if (isBlank(bytes)) {
                problems.accept(new Problem(label, null, "empty file"));
                return;
            }
            try {
                TextDecoder.requireNotBinary(bytes);
            } catch (UndecodableTextException e) {
                problems.accept(new Problem(label, null, e.getMessage()));
                return;
            }
            articles.accept(new RawArticle(label, null, id, new ArticleBody.HtmlBytes(bytes), sidecar.metadata()));
            return;
        }
        String text = wholeText(label, bytes, "empty file", problems, warnings);
        if (text == null) {
            return;
        }
        if (file.format() == InputFormat.JSON) {
            readObject(label, id, text, sidecar, articles, problems, warnings);
            return;
        }
        ArticleBody body = new ArticleBody.Text(text, file.format() == InputFormat.MARKDOWN);
        articles.accept(new RawArticle(label, null, id, body, sidecar.metadata()));
    }

    private static void readObject(String label, String id, String text, Sidecar sidecar,
                                   Consumer<RawArticle> articles, Consumer<Problem> problems,
                                   Consumer<Problem> warnings) {
        try {
            JsonNode object = ArticleObjects.parseObject(text);
            ArticleBody body = ArticleObjects.body(object);
            articles.accept(new RawArticle(label, null, id, body,
                    checked(ArticleObjects.metadata(object), label, null, warnings).or(sidecar.metadata())));
        } catch (ArticleObjects.BadObjectException e) {
            problems.accept(new Problem(label, null, e.getMessage()));
        }
    }

    private static void readLines(InputFile file, Sidecar sidecar, Consumer<RawArticle> articles,
                                  Consumer<Problem> problems, Consumer<Problem> warnings) throws IOException {
        String label = file.label();
        try (InputStream in = Files.newInputStream(file.path())) {
            LineBuffer line = new LineBuffer();
            int number = 0;
            boolean anyContent = false;
            while (line.next(in)) {
                number++;
                if (line.tooLong) {
                    problems.accept(new Problem(label, Integer.toString(number),
                            "line longer than " + MAX_LINE_BYTES + " bytes, skipped"));
                    continue;
                }
                int start = number == 1 ? bomLength(line) : 0;
                if (isBlank(line.bytes, start, line.length)) {
                    continue;
                }
                anyContent = true;
                readLine(label, number, line, start, sidecar, articles, problems, warnings);
            }
            if (!anyContent) {
                problems.accept(new Problem(label, null, "empty file"));
            }
        }
    }

    private static void readLine(String label, int number, LineBuffer line, int start, Sidecar sidecar,
                                 Consumer<RawArticle> articles, Consumer<Problem> problems,
                                 Consumer<Problem> warnings) {
        String where = Integer.toString(number);
        try {
            String json = decode(label, where, line.bytes, start, line.length - start, warnings);
            JsonNode object = ArticleObjects.parseObject(json);
            String id = ArticleIds.of(line.bytes, 0, line.length, sidecar.bytes());
            ArticleBody body = ArticleObjects.body(object);
            articles.accept(new RawArticle(label, number, id, body,
                    checked(ArticleObjects.metadata(object), label, where, warnings).or(sidecar.metadata())));
        } catch (UndecodableTextException | ArticleObjects.BadObjectException e) {
            problems.accept(new Problem(label, where, e.getMessage()));
        }
    }

    /**
     * The decoded text of a whole input, or null once the problem that keeps it from being text
     * (undecodable bytes, or nothing but white space: {@code empty}) is reported.
     */
    private static String wholeText(String label, byte[] bytes, String empty, Consumer<Problem> problems,
                                    Consumer<Problem> warnings) {
        String text;
        try {
            text = decode(label, null, bytes, 0, bytes.length, warnings);
        } catch (UndecodableTextException e) {
            problems.accept(new Problem(label, null, e.getMessage()));
            return null;
        }
        if (text.isBlank()) {
            problems.accept(new Problem(label, null, empty));
            return null;
        }
        return text;
    }

    /** The decoded text, its warnings handed on as naming {@code label} (and {@code where}). */
    private static String decode(String label, String where, byte[] bytes, int offset, int length,
                                 Consumer<Problem> warnings) throws UndecodableTextException {
        DecodedText decoded = TextDecoder.decode(bytes, offset, length);
        decoded.warnings().forEach(w -> warnings.accept(new Problem(label, where, w)));
        return decoded.text();
    }

    /**
     * {@code metadata} without a {@code published} that is no date, which is named in {@code warnings}
     * at {@code label} and {@code where}.
     */
    private static Metadata checked(Metadata metadata, String label, String where, Consumer<Problem> warnings) {
        String published = metadata.published();
        if (published == null || MetadataDates.normalize(published).isPresent()) {
            return metadata;
        }
        warnings.accept(new Problem(label, where, "published \"" + published + "\" is no date; ignored"));
        return metadata.withPublished(null);
    }

    private static int bomLength(LineBuffer line) {
        return line.length >= 3 && (line.bytes[0] & 0xFF) == 0xEF && (line.bytes[1] & 0xFF) == 0xBB
                && (line.bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    /**
     * One line of a stream at a time, without its line break ({@code \n} or {@code \r\n}). Reads
     * the stream in chunks; the line buffer is reused and grows to the longest line, bounded by
     * {@link #MAX_LINE_BYTES} (the rest of a longer line is skipped and the line flagged).
     */
    private static final class LineBuffer {
        private final byte[] chunk = new byte[1 << 16];
        private int position;
        private int limit;
        byte[] bytes = new byte[8192];
        int length;
        boolean tooLong;

        /** Reads the next line; false at the end of the stream. */
        boolean next(InputStream in) throws IOException {
            length = 0;
            tooLong = false;
            boolean any = false;
            while (true) {
                if (position == limit) {
                    limit = in.read(chunk);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        break;
                    }
                }
                any = true;
                int end = position;
                while (end < limit && chunk[end] != '\n') {
                    end++;
                }
                append(position, end);
                boolean lineEnds = end < limit;
                position = lineEnds ? end + 1 : end;
                if (lineEnds) {
                    break;
                }
            }
            if (length > 0 && bytes[length - 1] == '\r') {
                length--;
            }
            return any;
        }

        private void append(int from, int to) {
            int count = to - from;
            if (tooLong || count == 0) {
                return;
            }
            if ((long) length + count > MAX_LINE_BYTES) {
                tooLong = true;
                return;
            }
            if (length + count > bytes.length) {
                bytes = Arrays.copyOf(bytes, (int) Math.min(Math.max((long) bytes.length * 2, length + count), MAX_LINE_BYTES));
            }
            System.arraycopy(chunk, from, bytes, length, count);
            length += count;
        }
    }

    private static boolean isBlank(byte[] bytes) {
        return isBlank(bytes, 0, bytes.length);
    }

    private static boolean isBlank(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
