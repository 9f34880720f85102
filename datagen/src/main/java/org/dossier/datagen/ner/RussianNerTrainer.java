package org.dossier.datagen.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.dossier.bench.ner.Chunk;
import org.dossier.bench.ner.ChunkScore;
import org.dossier.bench.ner.FactRuEvalCorpus;
import org.dossier.bench.ner.SpanDocument;

/**
 * Trains the Russian NER model, a CoreNLP {@link CRFClassifier}, on FactRuEval-2016 and reports
 * how well it does: on its own training documents, and by cross-validation over documents (fold
 * {@code k} holds out every document whose place in the collection is {@code k} modulo the number
 * of folds, and a model trained on the rest labels them). Both exactly (a mention's span and type
 * equal a gold mention's) and by overlap (a mention overlapping a gold mention of its type counts).
 *
 * <p>Run at build time by a maintainer: {@code bin/train-ner-ru}, or {@code java -cp ...
 * org.dossier.datagen.ner.RussianNerTrainer DEVSET_DIR OUT_FILE [--folds N]}. The documents come in
 * the order of their number and the features are fixed ({@code ner-ru.prop} beside this class), and
 * the optimiser runs on one thread, so the same data give the same model, byte for byte.
 */
public final class RussianNerTrainer {

    private static final Set<String> TYPES = Set.of("PER", "ORG", "LOC");

    private record Example(SpanDocument doc, List<List<CoreLabel>> sentences) {
    }

    private RussianNerTrainer() {
    }

    public static void main(String[] args) throws IOException, ClassNotFoundException {
        if (args.length != 2 && !(args.length == 4 && args[2].equals("--folds"))) {
            System.err.println("usage: RussianNerTrainer DEVSET_DIR OUT_FILE [--folds N]");
            System.exit(2);
        }
        Path devset = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int folds = args.length == 4 ? Integer.parseInt(args[3]) : 5;
        List<SpanDocument> docs = FactRuEvalCorpus.read(devset);
        LabelledSentences labeller = new LabelledSentences();
        List<Example> examples = docs.stream().map(d -> new Example(d, labeller.of(d))).toList();
        System.out.println(describe(devset, examples));

        ChunkScore crossValidated = new ChunkScore();
        for (int k = 0; k < folds; k++) {
            List<Example> train = new ArrayList<>();
            List<Example> heldOut = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                (i % folds == k ? heldOut : train).add(examples.get(i));
            }
            score(train(train), heldOut, crossValidated);
            System.out.printf(Locale.ROOT, "fold %d of %d: %d documents held out%n", k + 1, folds, heldOut.size());
        }
        long t0 = System.nanoTime();
        CRFClassifier<CoreLabel> model = train(examples);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Files.createDirectories(out.toAbsolutePath().getParent());
        model.serializeClassifier(out.toString());
        ChunkScore onTraining = new ChunkScore();
        score(CRFClassifier.getClassifier(out.toFile()), examples, onTraining);

        System.out.printf(Locale.ROOT, "model %s: %d bytes, SHA-256 %s, trained on all %d documents in %.0f s%n",
                out.getFileName(), Files.size(out), sha256(out), examples.size(), seconds);
        System.out.printf("%-12s %-32s %-32s", "type", "train exact", "train overlap");
        System.out.printf(folds > 0 ? "%-32s %-32s%n" : "%n", folds + "-fold CV exact", folds + "-fold CV overlap");
        for (String type : List.of("PER", "ORG", "LOC")) {
            row(type, Set.of(type), onTraining, folds > 0 ? crossValidated : null);
        }
        row("PER/ORG/LOC", TYPES, onTraining, folds > 0 ? crossValidated : null);
    }

    /** The documents, sentences, tokens and gold mentions, and how many mentions start and end on a token. */
    private static String describe(Path devset, List<Example> examples) {
        int sentences = 0;
        int tokens = 0;
        int mentions = 0;
        int onTokens = 0;
        for (Example e : examples) {
            sentences += e.sentences().size();
            tokens += e.sentences().stream().mapToInt(List::size).sum();
            List<CoreLabel> all = e.sentences().stream().flatMap(List::stream).toList();
            for (Chunk c : e.doc().gold()) {
                mentions++;
                boolean starts = all.stream().anyMatch(t -> t.beginPosition() == c.start());
                boolean ends = all.stream().anyMatch(t -> t.endPosition() == c.end());
                if (starts && ends) {
                    onTokens++;
                }
            }
        }
        return String.format(Locale.ROOT, "train-ner-ru: %s, %d documents, %d sentences, %d tokens, %d outermost"
                        + " Person/Org/Location/LocOrg mentions, %.1f%% of them on token boundaries",
                devset, examples.size(), sentences, tokens, mentions, 100.0 * onTokens / mentions);
    }

    /** A line of the table: train scores, and the cross-validated ones unless {@code cv} is null. */
    private static void row(String label, Set<String> types, ChunkScore train, ChunkScore cv) {
        System.out.printf("%-12s %-32s %-32s", label, ChunkScore.format(train.prf(types)),
                ChunkScore.format(train.overlapPrf(types)));
        if (cv != null) {
            System.out.printf("%-32s %-32s", ChunkScore.format(cv.prf(types)),
                    ChunkScore.format(cv.overlapPrf(types)));
        }
        System.out.println();
    }

    static CRFClassifier<CoreLabel> train(List<Example> examples) {
        CRFClassifier<CoreLabel> crf = new CRFClassifier<>(features());
        List<List<CoreLabel>> sentences = new ArrayList<>();
        examples.forEach(e -> sentences.addAll(e.sentences()));
        crf.train(sentences);
        return crf;
    }

    /** Labels every sentence of the documents with the model and adds its mentions to the score. */
    private static void score(CRFClassifier<CoreLabel> crf, List<Example> examples, ChunkScore score) {
        for (Example e : examples) {
            List<List<CoreLabel>> predicted = new ArrayList<>();
            for (List<CoreLabel> sentence : e.sentences()) {
                List<CoreLabel> tokens = new ArrayList<>();
                sentence.forEach(t -> tokens.add(LabelledSentences.unlabelled(t)));
                predicted.add(crf.classify(tokens));
            }
            score.add(e.doc().gold(), LabelledSentences.chunks(predicted));
        }
    }

    /** The fixed feature set, {@code ner-ru.prop}. */
    static Properties features() {
        Properties props = new Properties();
        try (InputStream in = RussianNerTrainer.class.getResourceAsStream("ner-ru.prop")) {
            if (in == null) {
                throw new IllegalStateException("ner-ru.prop missing beside " + RussianNerTrainer.class.getName());
            }
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return props;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
