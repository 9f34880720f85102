package org.dossier.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    @Test
    void utf8ByteOrderMarkIsDropped() throws UndecodableTextException {
        byte[] bytes = "\uFEFFStraße".getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoder.decode(bytes)).isEqualTo("Straße");
    }

    @Test
    void utf16IsReadWhenItsByteOrderMarkSaysSo() throws UndecodableTextException {
        assertThat(TextDecoder.decode("\uFEFFСтатья".getBytes(StandardCharsets.UTF_16BE))).isEqualTo("Статья");
        assertThat(TextDecoder.decode("\uFEFFStraße".getBytes(StandardCharsets.UTF_16LE))).isEqualTo("Straße");
    }

    @Test
    void latin1IsRejectedRatherThanMangled() {
        assertThatThrownBy(() -> TextDecoder.decode("café".getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(UndecodableTextException.class).hasMessageContaining("UTF-8");
    }

    @Test
    void controlBytesMarkBinaryContent() {
        assertThatThrownBy(() -> TextDecoder.decode(new byte[] {'G', 'I', 'F', '8', 0, 1, 2}))
                .isInstanceOf(UndecodableTextException.class).hasMessageContaining("binary");
    }
}
