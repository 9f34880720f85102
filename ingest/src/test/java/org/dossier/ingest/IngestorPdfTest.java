package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.dossier.model.Article;
import org.dossier.model.Problem;
import org.dossier.model.PublishedSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDF press releases, laid out as word processors write them: a headline in a larger type, body
 * lines wrapped at the column's width, a second page, a two-column box of contacts; with document
 * information (title, creation date) and a catalog language.
 */
class IngestorPdfTest {

    private static final String[] LEAD = {
        "BRUSSELS, 14 March 2024 - The Ministry of Transport today confirmed that the new",
        "rail link between the harbour and the airport will open to passengers on 2 September,",
        "three months later than planned.",
    };
    private static final String[] BODY = {
        "The line is expected to carry 40,000 passengers a day in its first year. Testing of the",
        "signalling system took longer than the contractor had forecast, the ministry said.",
    };
    private static final String[] SECOND_PAGE = {
        "Fares will be set by the regional transport authority before the summer.",
    };

    @TempDir
    Path dir;

    private final List<Article> articles = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    @Test
    void aPressReleaseIsReadInReadingOrderWithItsTitleDateAndLanguage() throws IOException {
        Path pdf = dir.resolve("release.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage first = page(doc);
            try (PDPageContentStream out = new PDPageContentStream(doc, first)) {
                float y = line(out, 18, 50, 760, "Harbour rail link to open in September");
                y = paragraph(out, 50, y - 30, LEAD);
                y = paragraph(out, 50, y - 16, BODY);
                // A contact box of two columns: the document draws the left one, then the right one.
                float box = y - 30;
                paragraph(out, 50, box, new String[] {"Press office", "Ministry of Transport"});
                paragraph(out, 310, box, new String[] {"Regional authority", "Transport desk"});
            }
            PDPage second = page(doc);
            try (PDPageContentStream out = new PDPageContentStream(doc, second)) {
                paragraph(out, 50, 760, SECOND_PAGE);
            }
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle("Harbour rail link to open in September");
            info.setCreationDate(date(2024, Calendar.MARCH, 14, 9, 30));
            doc.setDocumentInformation(info);
            doc.getDocumentCatalog().setLanguage("en-GB");
            doc.save(pdf.toFile());
        }

        new Ingestor().read(List.of(pdf), articles::add, problems::add);

        assertThat(problems).isEmpty();
        Article article = articles.get(0);
        assertThat(articles).hasSize(1);
        assertThat(article.title()).isEqualTo("Harbour rail link to open in September");
        assertThat(article.published()).startsWith("2024-03-14");
        assertThat(article.publishedSource()).isEqualTo(PublishedSource.METADATA);
        assertThat(article.language()).isEqualTo("en");
        String text = article.text();
        assertThat(text).contains("The Ministry of Transport today confirmed", "40,000 passengers a day",
                "Fares will be set by the regional transport authority");
        assertThat(text.indexOf("three months later than planned"))
                .isLessThan(text.indexOf("40,000 passengers"));
        assertThat(text.indexOf("40,000 passengers")).isLessThan(text.indexOf("Fares will be set"));
        // Columns stay whole: the left column's two lines come before the right column's.
        assertThat(text.indexOf("Ministry of Transport\n")).isLessThan(text.indexOf("Regional authority"));
        assertThat(text.indexOf("Press office")).isLessThan(text.indexOf("Ministry of Transport\n"));
    }

    @Test
    void aFileNameForTitleIsNoTitleAndTheHeadlineIsUsed() throws IOException {
        Path pdf = dir.resolve("export.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = page(doc);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                float y = line(out, 18, 50, 760, "Harbour rail link to open in September");
                paragraph(out, 50, y - 30, LEAD);
            }
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle("Microsoft Word - PR_2024_03_rail.docx");
            doc.setDocumentInformation(info);
            doc.save(pdf.toFile());
        }

        new Ingestor().read(List.of(pdf), articles::add, problems::add);

        assertThat(problems).isEmpty();
        assertThat(articles).singleElement().satisfies(a ->
                assertThat(a.title()).isEqualTo("Harbour rail link to open in September"));
    }

    @Test
    void protectedScannedAndBrokenPdfsAreReportedAndTheOthersRead() throws IOException {
        Path locked = dir.resolve("locked.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = page(doc);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                paragraph(out, 50, 760, LEAD);
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "reader", new AccessPermission());
            doc.protect(policy);
            doc.save(locked.toFile());
        }
        Path scan = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            page(doc);
            doc.save(scan.toFile());
        }
        Path broken = dir.resolve("broken.pdf");
        Files.writeString(broken, "%PDF-1.7\nthis file was cut off after its first line\n");
        Path good = dir.resolve("good.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = page(doc);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                paragraph(out, 50, 760, LEAD);
            }
            doc.save(good.toFile());
        }

        new Ingestor().read(List.of(locked, scan, broken, good), articles::add, problems::add);

        assertThat(articles).extracting(Article::file).containsExactly(good.toString());
        assertThat(problems).extracting(Problem::source)
                .containsExactlyInAnyOrder(locked.toString(), scan.toString(), broken.toString());
        assertThat(problems).filteredOn(p -> p.source().equals(locked.toString())).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("password"));
        assertThat(problems).filteredOn(p -> p.source().equals(scan.toString())).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("without a text layer"));
    }

    private static PDPage page(PDDocument doc) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        return page;
    }

    /** Writes {@code lines} in 11-point type, 14 points apart, from {@code y} down; the y below them. */
    private static float paragraph(PDPageContentStream out, float x, float y, String[] lines) throws IOException {
        float at = y;
        for (String l : lines) {
            line(out, 11, x, at, l);
            at -= 14;
        }
        return at + 14;
    }

    private static float line(PDPageContentStream out, float size, float x, float y, String text) throws IOException {
        out.beginText();
        out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
        return y;
    }

    private static Calendar date(int year, int month, int day, int hour, int minute) {
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.clear();
        c.set(year, month, day, hour, minute);
        return c;
    }
}
