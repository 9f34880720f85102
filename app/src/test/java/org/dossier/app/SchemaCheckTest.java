package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Dossier;
import org.dossier.model.DossierJson;
import org.junit.jupiter.api.Test;

/** The schema check itself: it must accept a valid document and reject a broken one. */
class SchemaCheckTest {

    private static final Article ARTICLE = new Article("a-1", null, null, null, null, "en", "2031-05-13", null,
            "Text.", null);

    @Test
    void acceptsAMinimalDossier() {
        assertThat(SchemaCheck.violations(DossierJson.pretty(Dossier.of("2031-05-14T10:00:00Z", List.of(ARTICLE),
                List.of())))).isEmpty();
    }

    @Test
    void rejectsAWrongFormatAndAMissingField() {
        String json = DossierJson.pretty(Dossier.of("2031-05-14T10:00:00Z", List.of(ARTICLE), List.of()))
                .replace("dossier/v1", "dossier/v0").replace("\"text\" : \"Text.\",", "");
        assertThat(SchemaCheck.violations(json)).anySatisfy(v -> assertThat(v).contains("format"))
                .anySatisfy(v -> assertThat(v).contains("text"));
    }
}
