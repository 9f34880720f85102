package org.dossier.analyze.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dossier.analyze.SeedArticles;
import org.dossier.model.Dateline;
import org.dossier.model.DossierJson;
import org.junit.jupiter.api.Test;

/**
 * Datelines on the shared bench texts, read in place. PolNeAR's agency copy opens with datelines
 * ("WASHINGTON (AP) —", "FLINT, Mich., Oct. 4 (UPI) —"); the ECB+ texts are the annotated
 * sentences of their documents, which open with a headline or a sentence, so there a dateline
 * found would be a false one.
 */
class BenchDatelinesTest {

    private static final Pattern AGENCY_LEAD = Pattern.compile("^([A-Z][A-Z .]+) \\((AP|Reuters)\\) [—–-] ");
    private static final Pattern UPI_LEAD = Pattern.compile("^([A-Z][A-Z .]+), .*?(\\p{Lu}\\p{Ll}+\\.? \\d{1,2}) \\(UPI\\) — ");

    private final DatelineAnnotator annotator = new DatelineAnnotator();

    @Test
    void polnearAgencyCopyGetsItsPlaceAgencyAndDate() throws IOException {
        int found = 0;
        int agencyLeads = 0;
        int upiLeads = 0;
        List<String> wrong = new ArrayList<>();
        for (Path file : polnear()) {
            // The bench texts are clean bodies under a headline line; the body starts after it.
            String raw = Files.readString(file, StandardCharsets.UTF_8).replace("\u00A0", " ");
            String body = raw.substring(raw.indexOf("\n\n") + 2).strip();
            Optional<Dateline> dateline = annotator.find(body, "en");
            found += dateline.isPresent() ? 1 : 0;
            Matcher agency = AGENCY_LEAD.matcher(body);
            if (agency.find()) {
                agencyLeads++;
                if (dateline.isEmpty() || !dateline.get().agency().equals(agency.group(2))
                        || !dateline.get().place().equalsIgnoreCase(agency.group(1))) {
                    wrong.add(file.getFileName() + ": " + dateline);
                }
            }
            Matcher upi = UPI_LEAD.matcher(body);
            if (upi.find()) {
                upiLeads++;
                if (dateline.isEmpty() || !"UPI".equals(dateline.get().agency()) || !upi.group(2).equals(dateline.get().dateText())
                        || !dateline.get().place().toUpperCase().startsWith(upi.group(1))) {
                    wrong.add(file.getFileName() + ": " + dateline);
                }
            }
        }
        assertThat(agencyLeads).isGreaterThan(20);
        assertThat(upiLeads).isGreaterThan(10);
        assertThat(wrong).isEmpty();
        // Measured: 150 of the 924 texts open (after the headline) with a dateline.
        assertThat(found).isGreaterThan(140);
    }

    @Test
    void ecbPlusSentencesGiveNoFalseDatelines() throws IOException {
        Path docs = SeedArticles.shared().resolve("bench").resolve("ecbplus").resolve("docs.jsonl");
        int read = 0;
        List<String> found = new ArrayList<>();
        for (String line : Files.readAllLines(docs, StandardCharsets.UTF_8)) {
            JsonNode doc = DossierJson.mapper().readTree(line);
            read++;
            // One sentence a line; each is read as a paragraph, as the cleaner would.
            String text = doc.get("text").asText().replace("\n", "\n\n");
            annotator.find(text, "en").ifPresent(d -> found.add(doc.get("id").asText() + ": " + d.span().of(text)));
        }
        assertThat(read).isGreaterThan(700);
        // Measured: none of the 770.
        assertThat(found).isEmpty();
    }

    private static List<Path> polnear() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String compartment : List.of("dev", "train")) {
            try (Stream<Path> list = Files.list(SeedArticles.shared().resolve("bench").resolve("polnear").resolve(compartment).resolve("text"))) {
                files.addAll(list.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
            }
        }
        return files;
    }
}
