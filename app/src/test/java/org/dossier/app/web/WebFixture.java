package org.dossier.app.web;

import java.nio.file.Path;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Evidence;
import org.dossier.model.PublishedSource;
import org.dossier.model.Quote;
import org.dossier.model.Speaker;
import org.dossier.model.Story;
import org.dossier.model.SummarySentence;
import org.dossier.model.TimelineEntry;

/** A one-story workspace whose article carries script and event-handler payloads in every field. */
final class WebFixture {

    static final String HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)>";
    static final String TEXT = "Ministers met in Lisbon on Tuesday. \"We will rebuild the port together,\" "
            + "said Foreign Minister Ana Ferreira. " + HOSTILE + " The harbour reopened.";
    static final Article ARTICLE = new Article("a-0001", null, "javascript:alert(1)", "Outlet " + HOSTILE,
            "Port deal " + HOSTILE, "en", "2024-03-05", PublishedSource.METADATA, TEXT, null);
    /** A month-precision entry and a day within it, the day's label hostile. */
    static final List<TimelineEntry> TIMELINE = List.of(
            new TimelineEntry("2024-02", "Talks began", List.of(new Evidence("a-0001", 0, 35))),
            new TimelineEntry("2024-03-05", "Ministers met " + HOSTILE, List.of(new Evidence("a-0001", 0, 35))));
    static final Story STORY = story();

    private WebFixture() {
    }

    private static Story story() {
        int qs = TEXT.indexOf("We will");
        int qe = TEXT.indexOf(",\" said");
        int ns = TEXT.indexOf("Ana Ferreira");
        Entity ferreira = new Entity("e-ferreira", "Ana Ferreira", EntityType.PERSON, List.of(),
                List.of("Foreign Minister"), List.of(new Evidence("a-0001", ns, ns + "Ana Ferreira".length())));
        Quote quote = new Quote(TEXT.substring(qs, qe), true, new Speaker("e-ferreira", "Ana Ferreira"),
                new Evidence("a-0001", qs, qe));
        return new Story("s-0001", "Ministers agree to rebuild Lisbon port " + HOSTILE, List.of("a-0001"),
                "2024-03-05", "2024-03-05",
                List.of(new SummarySentence("Ministers met in Lisbon on Tuesday.", List.of(new Evidence("a-0001", 0, 35)))),
                List.of(ferreira), List.of(quote), TIMELINE, List.of(), List.of());
    }

    static InMemoryRepository repository(Path indexDir) {
        return new InMemoryRepository(List.of(ARTICLE), List.of(STORY), indexDir);
    }
}
