package org.dossier.datagen.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.bench.ner.Chunk;
import org.dossier.bench.ner.FactRuEvalCorpus;
import org.dossier.bench.ner.SpanDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trainer's reading of FactRuEval, on a real document of the shared devset, and its output. */
class LabelledSentencesTest {

    /** Surefire runs in the module's folder; the model is a resource of the analyze module. */
    private static final Path SHIPPED = Path.of("..", "analyze", "src", "main", "resources", "org", "dossier",
            "analyze", "nlp", "ner-ru.crf.ser.gz");

    @TempDir
    Path tmp;

    /** The shared devset; missing, it fails the build under CI and skips the test elsewhere. */
    static Path devset() {
        Path dir = Path.of(System.getProperty("dossier.shared", "../../shared"), "bench", "ner", "factrueval-ru",
                "devset");
        if (!Files.isDirectory(dir)) {
            if (System.getenv("CI") != null) {
                fail("the FactRuEval devset is missing: " + dir.toAbsolutePath() + " (set -Ddossier.shared)");
            }
            Assumptions.abort("the FactRuEval devset is not here: " + dir.toAbsolutePath());
        }
        return dir;
    }

    /** An object line of {@code .objects}: its type and the words of its spans, as the file lists them. */
    private record ObjectLine(String type, Set<String> words) {
    }

    private static List<ObjectLine> objects(Path file) throws IOException {
        List<ObjectLine> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] headAndWords = line.split("#", 2);
            String[] head = headAndWords[0].strip().split(" ");
            String type = switch (head[1]) {
                case "Person" -> "PER";
                case "Org" -> "ORG";
                case "Location", "LocOrg" -> "LOC";
                default -> null;
            };
            if (type != null) {
                out.add(new ObjectLine(type, words(headAndWords[1])));
            }
        }
        return out;
    }

    private static Set<String> words(String text) {
        return new TreeSet<>(Arrays.asList(text.strip().split("[\\s\\p{Punct}«»]+")));
    }

    @Test
    void theMentionsAreTheOutermostObjectsEachCoveringTheWordsOfItsSpans() throws IOException {
        Path txt = devset().resolve("book_100.txt");
        List<ObjectLine> objects = objects(devset().resolve("book_100.objects"));

        SpanDocument doc = FactRuEvalCorpus.readDocument(txt);

        assertThat(doc.text()).isEqualTo(Files.readString(txt, StandardCharsets.UTF_8));
        // Nested objects (the LocOrg in "мэрии Москвы") are no mentions of their own.
        assertThat(doc.gold()).isNotEmpty().hasSizeLessThan(objects.size());
        for (Chunk c : doc.gold()) {
            assertThat(doc.gold()).filteredOn(o -> o != c && o.overlaps(c)).as("overlapping %s", c).isEmpty();
            Set<String> covered = words(doc.cover(c));
            assertThat(objects).as("an object of type %s with the words of %s", c.type(), doc.cover(c))
                    .anyMatch(o -> o.type().equals(c.type()) && covered.containsAll(o.words()));
        }
        for (ObjectLine o : objects) {
            assertThat(doc.gold()).as("a mention with the words %s", o.words())
                    .anyMatch(c -> words(doc.cover(c)).containsAll(o.words()));
        }
    }

    @Test
    void everyTokenOfAMentionCarriesItsTypeAndTheLabelsGiveTheMentionsBack() throws IOException {
        SpanDocument doc = FactRuEvalCorpus.readDocument(devset().resolve("book_100.txt"));

        List<List<CoreLabel>> sentences = new LabelledSentences().of(doc);

        assertThat(sentences).hasSizeGreaterThan(1);
        assertThat(LabelledSentences.chunks(sentences)).containsExactlyElementsOf(doc.gold());
    }

    @Test
    void theShippedModelIsWhatTheTrainerBuildsFromTheDevset() throws Exception {
        Path out = tmp.resolve("ner-ru.crf.ser.gz");

        RussianNerTrainer.main(new String[] {devset().toString(), out.toString(), "--folds", "0"});

        assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(SHIPPED));
    }
}
