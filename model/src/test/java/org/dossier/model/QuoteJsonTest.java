package org.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteJsonTest {

    @Test
    void quoteWithOtherReportsSurvivesJsonRoundTrip() {
        Quote quote = new Quote("We act.", true, new Speaker("e-1", "Blinken"), new Evidence("a-1", 3, 10),
                List.of(new Evidence("a-2", 5, 12)));

        Quote read = DossierJson.read(DossierJson.compact(quote), Quote.class);

        assertThat(read).isEqualTo(quote);
    }

    @Test
    void quoteWrittenWithoutOtherReportsReadsAsReportedOnce() {
        String json = "{\"text\":\"We act.\",\"direct\":true,\"speaker\":null,"
                + "\"evidence\":{\"articleId\":\"a-1\",\"start\":3,\"end\":10}}";

        Quote read = DossierJson.read(json, Quote.class);

        assertThat(read.alsoReportedIn()).isEmpty();
        assertThat(read).isEqualTo(new Quote("We act.", true, null, new Evidence("a-1", 3, 10)));
    }
}
