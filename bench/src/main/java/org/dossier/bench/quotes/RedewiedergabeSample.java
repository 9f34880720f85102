package org.dossier.bench.quotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * One sample of the Corpus REDEWIEDERGABE in its column format (one token a line: tok, normtok,
 * lemma, pos, rfpos, sentstart, stwr, frame, speaker, intexpr, note), as a text and its gold units.
 *
 * <p><b>Text.</b> The tokens of column {@code tok}, one blank between two, none before closing
 * punctuation ({@code , . ; : ! ? ) “ «}) and none after an opening one ({@code ( „ »}); a straight
 * double mark closes when a quote is open (the old print's „...") and opens otherwise. A sample's
 * tokens are one paragraph.
 *
 * <p><b>Units.</b> Every annotation of column {@code stwr} at every nesting level, e.g. {@code
 * direct.speech.7|reported.thought.6}, gives its id's tokens; each contiguous run of them is one
 * unit (a direct quote split by its frame is two), of the annotation's type ({@code direct},
 * {@code indirect}, {@code reported}; {@code indirect_freeIndirect} counts as indirect, plain free
 * indirect speech is left out), with the text of the tokens whose {@code speaker} column names the
 * id as its speaker and of those whose {@code intexpr} column does as its cue.
 *
 * @param name  the file name
 * @param text  the sample's text
 * @param units the gold units in text order
 */
public record RedewiedergabeSample(String name, String text, List<Unit> units) {

    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "!", "?", ")", "“", "«", "...");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "„", "»");

    public RedewiedergabeSample {
        units = List.copyOf(units);
    }

    /** The kinds of speech, thought and writing representation scored. */
    public enum Type { DIRECT, INDIRECT, REPORTED }

    /**
     * One gold unit: a contiguous stretch of an annotation's tokens, half-open character offsets
     * into the sample's text.
     *
     * @param speaker the speaker's words, or null when the annotation has none
     * @param cue     the introducing words, or null
     * @param medium  speech, thought, writing or a combination ("speech_writing")
     */
    public record Unit(Type type, int start, int end, String speaker, String cue, String medium) {
    }

    /**
     * Whether a sample belongs to the held-out half: the CRC-32 of its file name (UTF-8) is odd. The
     * other half, even, is the tuning half.
     */
    public static boolean heldOut(String fileName) {
        CRC32 crc = new CRC32();
        crc.update(fileName.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 2 == 1;
    }

    /** The samples of a folder (its {@code .tsv} files but {@code metadata*}), by file name. */
    public static List<Path> files(Path dir) {
        try (var stream = Files.list(dir)) {
            return stream.filter(p -> p.getFileName().toString().endsWith(".tsv"))
                    .filter(p -> !p.getFileName().toString().startsWith("metadata"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** Reads one sample file. */
    public static RedewiedergabeSample read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        StringBuilder text = new StringBuilder();
        List<int[]> offsets = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        boolean previousOpens = true;
        boolean quoteOpen = false;
        for (int i = 1; i < lines.size(); i++) {
            String[] c = lines.get(i).split("\t", -1);
            if (c.length < 10 || c[0].isEmpty()) {
                continue;
            }
            String tok = c[0];
            boolean closes = NO_SPACE_BEFORE.contains(tok) || tok.equals("\"") && quoteOpen;
            boolean opens = NO_SPACE_AFTER.contains(tok) || tok.equals("\"") && !quoteOpen;
            if (tok.equals("„") || tok.equals("»") || tok.equals("\"")) {
                quoteOpen = opens;
            } else if (tok.equals("“") || tok.equals("«")) {
                quoteOpen = false;
            }
            if (!previousOpens && !closes) {
                text.append(' ');
            }
            previousOpens = opens;
            offsets.add(new int[] {text.length(), text.length() + tok.length()});
            text.append(tok);
            rows.add(c);
        }
        return new RedewiedergabeSample(file.getFileName().toString(), text.toString(), units(text.toString(), offsets, rows));
    }

    private static List<Unit> units(String text, List<int[]> offsets, List<String[]> rows) {
        Map<String, String> speakers = roleTexts(text, offsets, rows, 8);
        Map<String, String> cues = roleTexts(text, offsets, rows, 9);
        List<Unit> out = new ArrayList<>();
        // id -> [type, medium, first token of the open run, last token of it]
        Map<String, Object[]> open = new LinkedHashMap<>();
        for (int k = 0; k <= rows.size(); k++) {
            Map<String, String[]> here = new LinkedHashMap<>();
            if (k < rows.size() && !rows.get(k)[6].equals("-")) {
                for (String level : rows.get(k)[6].split("\\|")) {
                    String[] a = level.split("\\.");
                    if (a.length >= 3) {
                        here.put(a[2], a);
                    }
                }
            }
            for (var it = open.entrySet().iterator(); it.hasNext(); ) {
                var e = it.next();
                if (!here.containsKey(e.getKey())) {
                    Object[] run = e.getValue();
                    Type type = (Type) run[0];
                    if (type != null) {
                        out.add(new Unit(type, offsets.get((int) run[2])[0], offsets.get((int) run[3])[1],
                                speakers.get(e.getKey()), cues.get(e.getKey()), (String) run[1]));
                    }
                    it.remove();
                }
            }
            for (var e : here.entrySet()) {
                Object[] run = open.get(e.getKey());
                if (run == null) {
                    open.put(e.getKey(), new Object[] {type(e.getValue()[0]), e.getValue()[1], k, k});
                } else {
                    run[3] = k;
                }
            }
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    private static Type type(String value) {
        return switch (value) {
            case "direct" -> Type.DIRECT;
            case "indirect", "indirect_freeIndirect" -> Type.INDIRECT;
            case "reported" -> Type.REPORTED;
            default -> null;
        };
    }

    /** For each id, the words of the tokens whose column {@code col} ("speaker.12_19") names it, joined. */
    private static Map<String, String> roleTexts(String text, List<int[]> offsets, List<String[]> rows, int col) {
        Map<String, StringBuilder> out = new LinkedHashMap<>();
        for (int k = 0; k < rows.size(); k++) {
            String v = rows.get(k)[col];
            int dot = v.indexOf('.');
            if (v.equals("-") || dot < 0) {
                continue;
            }
            for (String id : v.substring(dot + 1).split("_")) {
                StringBuilder sb = out.computeIfAbsent(id, x -> new StringBuilder());
                sb.append(sb.length() == 0 ? "" : " ").append(text, offsets.get(k)[0], offsets.get(k)[1]);
            }
        }
        Map<String, String> texts = new LinkedHashMap<>();
        out.forEach((id, sb) -> texts.put(id, sb.toString()));
        return texts;
    }
}
