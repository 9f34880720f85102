package org.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NerEvalTest {

    @Test
    void theLanguageIsReadFromCoNllFileNames() {
        assertThat(NerEval.languageOf(Path.of("ner", "conll2003-en", "eng.testa"))).isEqualTo("en");
        assertThat(NerEval.languageOf(Path.of("ner", "conll2003-de", "deu.testa"))).isEqualTo("de");
        assertThat(NerEval.languageOf(Path.of("ner", "germeval2014", "NER-de-dev.tsv"))).isNull();
        assertThat(NerEval.languageOf(Path.of("ner", "conll2002-es", "esp.testa"))).isEqualTo("es");
        assertThat(NerEval.languageOf(Path.of("ned.testb"))).isEqualTo("nl");
        assertThat(NerEval.languageOf(Path.of("enp_FR.bnf.bio"))).isNull();
    }
}
