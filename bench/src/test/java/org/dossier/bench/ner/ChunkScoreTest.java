package org.dossier.bench.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChunkScoreTest {

    @Test
    void iob1SplitsAdjacentEntitiesOnlyAtB() {
        List<Chunk> chunks = ChunkScore.chunks(List.of("I-ORG", "B-ORG", "O", "I-PER", "I-PER", "I-LOC"));
        assertThat(chunks).containsExactly(new Chunk(0, 1, "ORG"), new Chunk(1, 2, "ORG"), new Chunk(3, 5, "PER"),
                new Chunk(5, 6, "LOC"));
    }

    @Test
    void iob2ChunksAreReadTheSameWay() {
        assertThat(ChunkScore.chunks(List.of("B-PER", "I-PER", "B-PER", "O", "B-LOC")))
                .containsExactly(new Chunk(0, 2, "PER"), new Chunk(2, 3, "PER"), new Chunk(4, 5, "LOC"));
    }

    @Test
    void onlyExactSpanAndTypeCount() {
        ChunkScore score = new ChunkScore();
        List<Chunk> gold = List.of(new Chunk(0, 2, "PER"), new Chunk(3, 4, "LOC"));
        // One right, one with the wrong span, one with the wrong type.
        score.add(gold, List.of(new Chunk(0, 2, "PER"), new Chunk(3, 5, "LOC"), new Chunk(6, 7, "ORG")));
        double[] all = score.prf(Set.of("PER", "LOC", "ORG"));
        assertThat(all[0]).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(all[1]).isCloseTo(0.5, within(1e-9));
        assertThat(all[2]).isCloseTo(0.4, within(1e-9));
        assertThat(score.prf(Set.of("PER"))[2]).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void byOverlapAPredictionTouchingAGoldChunkOfItsTypeCountsAndExactlyItDoesNot() {
        ChunkScore score = new ChunkScore();
        List<Chunk> gold = List.of(new Chunk(0, 10, "ORG"), new Chunk(20, 25, "PER"), new Chunk(30, 35, "LOC"));
        // Part of the ORG, the PER with the wrong type, and nothing at the LOC.
        score.add(gold, List.of(new Chunk(4, 10, "ORG"), new Chunk(20, 25, "LOC")));
        Set<String> all = Set.of("PER", "ORG", "LOC");
        assertThat(score.prf(all)[2]).isCloseTo(0.0, within(1e-9));
        double[] overlap = score.overlapPrf(all);
        assertThat(overlap[0]).isCloseTo(0.5, within(1e-9));
        assertThat(overlap[1]).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(score.overlapPrf(Set.of("ORG"))[2]).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void theOutermostOfNestedChunksAreKept() {
        List<Chunk> nested = List.of(new Chunk(31, 37, "LOC"), new Chunk(25, 37, "ORG"), new Chunk(40, 45, "PER"),
                new Chunk(40, 45, "LOC"), new Chunk(44, 50, "ORG"));
        assertThat(Chunk.outermost(nested)).containsExactly(new Chunk(25, 37, "ORG"), new Chunk(44, 50, "ORG"));
    }

    @Test
    void corpusIsSplitIntoDocumentsAndSentences() throws URISyntaxException, java.io.IOException {
        Path file = Path.of(getClass().getResource("/ner/sample.conll").toURI());
        ConllCorpus corpus = ConllCorpus.read(file);
        assertThat(corpus.documents()).hasSize(2);
        assertThat(corpus.documents().get(0).sentences()).hasSize(2);
        List<String> tags = corpus.documents().get(0).sentences().get(1).stream().map(ConllCorpus.Row::tag).toList();
        assertThat(ChunkScore.chunks(tags)).containsExactly(new Chunk(1, 3, "ORG"), new Chunk(4, 5, "ORG"),
                new Chunk(5, 6, "ORG"));
    }
}
