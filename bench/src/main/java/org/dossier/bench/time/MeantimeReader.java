package org.dossier.bench.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the MEANTIME timex sets of {@code tempeval-multilingual}: one token a line, {@code token TAB
 * BIO-type TAB value}, a blank line between sentences, each document opened by the pseudo-token
 * {@code *!-DCTVALUE="YYYY-MM-DD"-!*}. The text is rebuilt with one space between tokens (none before
 * closing punctuation or after an opening one) and a line break between sentences, and each B-/I- run
 * becomes a gold timex over its tokens. Stateless and thread-safe.
 */
public final class MeantimeReader {

    private static final Pattern DCT = Pattern.compile("\\*!-DCTVALUE=\"([^\"]*)\"-!\\*");
    private static final Pattern NO_SPACE_BEFORE = Pattern.compile("[,.;:!?)\\]}%»”']|'s|n't");
    private static final Pattern NO_SPACE_AFTER = Pattern.compile("[(\\[{¿¡«“$]");

    /** The documents of {@code file}, named {@code group}-1, -2, ... in file order. */
    public List<TimeMlDocument> read(Path file, String group) throws IOException {
        List<TimeMlDocument> docs = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Builder doc = null;
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    if (doc != null) {
                        doc.sentenceBreak();
                    }
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < 3) {
                    throw new IOException(file.getFileName() + ":" + number + ": expected 3 columns: " + line);
                }
                Matcher dct = DCT.matcher(cols[0]);
                if (dct.matches()) {
                    if (doc != null) {
                        docs.add(doc.build());
                    }
                    doc = new Builder(group + "-" + (docs.size() + 1), group, dct.group(1));
                } else if (doc == null) {
                    throw new IOException(file.getFileName() + ":" + number + ": token before the first DCT line");
                } else {
                    doc.token(cols[0], cols[1], cols[2]);
                }
            }
            if (doc != null) {
                docs.add(doc.build());
            }
        }
        return docs;
    }

    private static final class Builder {
        private final String id;
        private final String group;
        private final String dct;
        private final StringBuilder text = new StringBuilder();
        private final List<TimeMlDocument.GoldTimex> timexes = new ArrayList<>();
        private boolean newSentence;
        private String previous = "";
        private int openStart = -1;
        private String openType;
        private String openValue;

        Builder(String id, String group, String dct) {
            this.id = id;
            this.group = group;
            this.dct = dct;
        }

        void sentenceBreak() {
            close();
            newSentence = true;
        }

        void token(String token, String tag, String value) {
            if (!tag.startsWith("I-")) {
                close();
            }
            if (text.length() > 0) {
                if (newSentence) {
                    text.append('\n');
                } else if (!NO_SPACE_BEFORE.matcher(token).matches() && !NO_SPACE_AFTER.matcher(previous).matches()) {
                    text.append(' ');
                }
            }
            newSentence = false;
            int start = text.length();
            text.append(token);
            previous = token;
            if (tag.startsWith("B-") || (tag.startsWith("I-") && openStart < 0)) {
                openStart = start;
                openType = tag.substring(2);
                openValue = value.equals("-") ? null : value;
            }
        }

        private void close() {
            if (openStart >= 0) {
                int end = text.length();
                timexes.add(new TimeMlDocument.GoldTimex(openStart, end, openType, openValue));
                openStart = -1;
            }
        }

        TimeMlDocument build() {
            close();
            return new TimeMlDocument(id, group, dct, text.toString(), timexes);
        }
    }
}
