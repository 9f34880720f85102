package org.dossier.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final String FRENCH = "Le président a déclaré mercredi que la réforme des retraites serait "
            + "présentée au Conseil des ministres après l’été. « Nous irons jusqu’au bout », a-t-il ajouté "
            + "devant les élèves de l’école de Créteil, où il s’était rendu très tôt. Les syndicats, reçus "
            + "à l’Élysée la semaine dernière, ont dénoncé une décision « prise sans concertation » et "
            + "appelé à une grève générale le 12 décembre. Le Premier ministre doit préciser le calendrier "
            + "des négociations, qui reprendront après la trêve des fêtes de fin d’année.";
    private static final String RUSSIAN = "Президент России заявил в среду, что правительство представит новый "
            + "закон о пенсиях до конца года. По его словам, решение было принято после долгих обсуждений с "
            + "профсоюзами и региональными властями. Министр финансов сообщил журналистам, что бюджет на "
            + "следующий год уже утверждён, а расходы на социальные программы вырастут почти на десять "
            + "процентов. Оппозиция назвала эти планы недостаточными и призвала провести общественные "
            + "слушания в Государственной думе.";
    private static final String GERMAN = "Die Bundesregierung hat am Mittwoch beschlossen, die Förderung für "
            + "Wärmepumpen im kommenden Jahr deutlich zu erhöhen. Der Wirtschaftsminister sagte, man müsse "
            + "die Bürger bei den Kosten für die Umstellung unterstützen. Kritiker aus der Opposition "
            + "äußerten Zweifel, ob das Geld ausreiche. Die Länder fordern außerdem größere Zuschüsse für "
            + "Gemeinden, die ihre Schulen und Rathäuser modernisieren wollen. Über die Einzelheiten soll "
            + "der Bundestag noch vor der Sommerpause abstimmen.";

    @Test
    void utf8ByteOrderMarkIsDropped() throws UndecodableTextException {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'S', 't', 'r', 'a', (byte) 0xC3, (byte) 0x9F, 'e'};
        assertThat(TextDecoder.decode(bytes).text()).isEqualTo("Straße");
    }

    @Test
    void utf16IsReadWhenItsByteOrderMarkSaysSo() throws UndecodableTextException {
        assertThat(TextDecoder.decode("\uFEFFСтатья".getBytes(StandardCharsets.UTF_16BE)).text()).isEqualTo("Статья");
        assertThat(TextDecoder.decode("\uFEFFStraße".getBytes(StandardCharsets.UTF_16LE)).text()).isEqualTo("Straße");
    }

    @Test
    void validUtf8IsReadAsUtf8WithoutWarning() throws UndecodableTextException {
        DecodedText decoded = TextDecoder.decode(FRENCH.getBytes(StandardCharsets.UTF_8));
        assertThat(decoded.text()).isEqualTo(FRENCH);
        assertThat(decoded.charset()).isEqualTo("UTF-8");
        assertThat(decoded.warnings()).isEmpty();
    }

    @Test
    void frenchInWindows1252IsDecodedWithItsAccentsAndApostrophes() throws Exception {
        byte[] bytes = FRENCH.getBytes("windows-1252");
        DecodedText decoded = TextDecoder.decode(bytes);
        assertThat(decoded.text()).isEqualTo(FRENCH);
        assertThat(decoded.charset()).isEqualTo("windows-1252");
        assertThat(decoded.warnings()).isEmpty();
    }

    @Test
    void russianInKoi8rIsDecoded() throws Exception {
        DecodedText decoded = TextDecoder.decode(RUSSIAN.getBytes("KOI8-R"));
        assertThat(decoded.text()).isEqualTo(RUSSIAN);
        assertThat(decoded.charset()).isEqualTo("KOI8-R");
    }

    @Test
    void germanInIso88591IsDecoded() throws UndecodableTextException {
        DecodedText decoded = TextDecoder.decode(GERMAN.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(decoded.text()).isEqualTo(GERMAN);
    }

    @Test
    void aGuessOfLowConfidenceIsAWarningNotASkip() throws UndecodableTextException {
        DecodedText decoded = TextDecoder.decode("caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(decoded.text()).isEqualTo("caf\u00e9");
        assertThat(decoded.warnings()).singleElement().asString().contains("not UTF-8", "low confidence");
    }

    @Test
    void aStrayControlCharacterIsRemovedWithAWarning() throws UndecodableTextException {
        String text = "The minister resigned on Tuesday.\u001B The vote is on Friday.\u0000\n";
        DecodedText decoded = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8));
        assertThat(decoded.text()).isEqualTo("The minister resigned on Tuesday. The vote is on Friday.\n");
        assertThat(decoded.warnings()).singleElement().asString().contains("removed 2 stray control characters", "U+001B");
    }

    @Test
    void tabsLineBreaksAndFormFeedsAreText() throws UndecodableTextException {
        String text = "Col\tumn\r\nPage one.\fPage two.";
        DecodedText decoded = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8));
        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.warnings()).isEmpty();
    }

    @Test
    void manyNulsMarkBinaryContent() {
        byte[] bytes = "T\0h\0e\0 \0v\0o\0t\0e\0 \0i\0s\0 \0o\0n\0".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> TextDecoder.decode(bytes))
                .isInstanceOf(UndecodableTextException.class).hasMessageContaining("binary").hasMessageContaining("NUL");
    }

    @Test
    void aHighShareOfControlBytesMarksBinaryContentWithoutAnyNul() {
        byte[] bytes = randomBytesWithoutNul(4096);
        assertThatThrownBy(() -> TextDecoder.decode(bytes))
                .isInstanceOf(UndecodableTextException.class).hasMessageContaining("binary");
        assertThatThrownBy(() -> TextDecoder.requireNotBinary(bytes))
                .isInstanceOf(UndecodableTextException.class).hasMessageContaining("not a web page");
    }

    @Test
    void knownBinarySignaturesAreRejectedWhateverFollows() {
        byte[] pdf = "%PDF-1.7\n% text-looking rest of a document\n".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> TextDecoder.decode(pdf))
                .isInstanceOf(UndecodableTextException.class).hasMessageContaining("PDF");
        byte[] zip = {'P', 'K', 3, 4, 'a', 'r', 't', 'i', 'c', 'l', 'e', '.', 't', 'x', 't'};
        assertThatThrownBy(() -> TextDecoder.requireNotBinary(zip))
                .isInstanceOf(UndecodableTextException.class).hasMessageContaining("ZIP");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', '<', 'h', 't', 'm', 'l', '>'};
        assertThatThrownBy(() -> TextDecoder.requireNotBinary(png))
                .isInstanceOf(UndecodableTextException.class).hasMessageContaining("PNG");
    }

    @Test
    void aWebPageWithOneStrayControlByteIsNotBinary() throws UndecodableTextException {
        byte[] page = "<html><body><p>The vote\u0001 is on Friday.</p></body></html>".getBytes(StandardCharsets.UTF_8);
        TextDecoder.requireNotBinary(page);
        byte[] utf16 = "\uFEFF<html><body><p>Vote</p></body></html>".getBytes(Charset.forName("UTF-16LE"));
        TextDecoder.requireNotBinary(utf16);
    }

    private static byte[] randomBytesWithoutNul(int length) {
        byte[] bytes = new byte[length];
        new Random(12).nextBytes(bytes);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = bytes[i] == 0 ? 1 : bytes[i];
        }
        return bytes;
    }
}
