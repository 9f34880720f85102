package org.dossier.bench.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryReferenceTest {

    private static final SummaryReference MEETING = new SummaryReference("meeting", "tune", "a made-up meeting",
            List.of("seed-a"), List.of(),
            List.of(new ReferenceFact("co-chairs", List.of(List.of("Alder"), List.of("Birch"))),
                    new ReferenceFact("where", List.of(List.of("Lisbon", "Porto"))),
                    new ReferenceFact("new members", List.of(List.of("join*", "new member*"), List.of("Chile"))),
                    new ReferenceFact("when", List.of(List.of("3 May", "Tuesday")))));

    @Test
    void factIsCoveredWhenEveryGroupHasATerm() {
        String summary = "The meeting in Porto, chaired by Ann Alder and Ben Birch, welcomed Chile as a new member.";

        assertThat(MEETING.covered(summary)).extracting(ReferenceFact::label)
                .containsExactly("co-chairs", "where", "new members");
    }

    @Test
    void oneGroupMissingLeavesTheFactUncovered() {
        assertThat(MEETING.facts().get(0).coveredBy("Ann Alder chaired the meeting alone.")).isFalse();
    }

    @Test
    void termsMatchWholeWordsIgnoringCaseAndSpacing() {
        ReferenceFact when = MEETING.facts().get(3);

        assertThat(when.coveredBy("They met on 3\\n  may.")).isFalse();
        assertThat(when.coveredBy("They met on 3\n  MAY.")).isTrue();
        assertThat(when.coveredBy("They met on 23 May.")).isFalse();
        assertThat(when.coveredBy("They met on 3 Mayfield Road.")).isFalse();
    }

    @Test
    void starredTermMatchesAnyWordItBegins() {
        ReferenceFact members = MEETING.facts().get(2);

        assertThat(members.coveredBy("Chile joined.")).isTrue();
        assertThat(members.coveredBy("Chile is joining.")).isTrue();
        assertThat(members.coveredBy("Chile and Peru became new members.")).isTrue();
        assertThat(members.coveredBy("Chile rejoiced.")).isFalse();
    }

    @Test
    void shippedReferencesSplitIntoTuneAndCheck() {
        List<SummaryReference> refs = SummaryReference.shipped();

        assertThat(refs).extracting(SummaryReference::set).contains("tune", "check");
        assertThat(refs).allSatisfy(r -> assertThat(r.facts()).isNotEmpty());
        assertThat(refs.stream().filter(r -> r.id().equals("rome-2021")).findFirst().orElseThrow().facts())
                .extracting(ReferenceFact::label).contains("co-chairs Di Maio and Blinken", "new members");
    }

    @Test
    void referenceNeedsAKnownSetAndArticles() {
        assertThatThrownBy(() -> new SummaryReference("x", "train", "", List.of("a"), List.of(), List.of()))
                .hasMessageContaining("train");
        assertThatThrownBy(() -> new SummaryReference("x", "tune", "", List.of(), List.of(), List.of()))
                .hasMessageContaining("seeds or ecbplus");
    }

    @Test
    void leadBaselineTakesFirstSentencesInTurnUpToTheWordBudget() {
        String lead = LeadBaseline.of(List.of("One two three. Four five.\nSix.", "Alpha beta. Gamma delta epsilon."), 7);

        assertThat(lead).isEqualTo("One two three.\nAlpha beta.\nFour five.");
        assertThat(LeadBaseline.words(LeadBaseline.of(List.of("One two three four."), 2))).containsExactly("One", "two");
    }
}
