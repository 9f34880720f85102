package org.dossier.ingest.source;

import java.io.IOException;
import java.util.Calendar;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dossier.model.Problem;

/**
 * Reads a PDF document, such as a press release, with PDFBox: its text layer becomes the article's
 * text, one paragraph a block, in reading order (the order the document draws its text in, page
 * by page, so that columns stay whole and are not interleaved line by line); its document
 * information gives the title, the creation date (else the modification date) and, from the
 * catalog, the language. The sidecar wins over both. A title that is only a file name ("Microsoft
 * Word - release.docx", "scan0042.pdf") is no title, and the text's headline is used. A document
 * protected by a password, or whose pages hold no text (a scan without text layer), is reported
 * and skipped. Stateless and thread-safe.
 */
final class PdfDocumentReader {

    /** A title that names a file: ends in an extension of an office or image format. */
    private static final Pattern FILE_NAME_TITLE = Pattern.compile(
            "(?i).*\\.(docx?|odt|rtf|pdf|pptx?|xlsx?|indd|pages|txt|jpe?g|png|tiff?)\\s*$");

    private PdfDocumentReader() {
    }

    static void read(String label, byte[] bytes, String id, Metadata sidecar, Consumer<RawArticle> articles,
                     Consumer<Problem> problems) {
        String text;
        Metadata own;
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            stripper.setLineSeparator("\n");
            stripper.setParagraphStart("");
            stripper.setParagraphEnd("\n");
            stripper.setPageEnd("\n");
            text = stripper.getText(document);
            own = metadata(document);
        } catch (InvalidPasswordException e) {
            problems.accept(new Problem(label, null, "a PDF protected by a password: not read"));
            return;
        } catch (IOException | RuntimeException e) {
            problems.accept(new Problem(label, null, "not a readable PDF: " + firstLine(e)));
            return;
        }
        if (text.isBlank()) {
            problems.accept(new Problem(label, null, "a PDF without a text layer (a scan?): no text to read"));
            return;
        }
        articles.accept(new RawArticle(label, null, id, new ArticleBody.Text(text, false), sidecar.or(own)));
    }

    private static Metadata metadata(PDDocument document) {
        PDDocumentInformation info = document.getDocumentInformation();
        String title = info.getTitle();
        if (title != null && FILE_NAME_TITLE.matcher(title).matches()) {
            title = null;
        }
        Calendar date = info.getCreationDate() != null ? info.getCreationDate() : info.getModificationDate();
        String published = date == null ? null : date.toInstant().toString();
        String language = document.getDocumentCatalog().getLanguage();
        return new Metadata(null, null, title, published,
                language == null ? null : language.toLowerCase(Locale.ROOT));
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
