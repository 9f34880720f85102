package org.dossier.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.dossier.model.Dossier;
import org.dossier.model.DossierJson;
import org.junit.jupiter.api.Test;

/** A consolidated story, with its optional extra fields, is valid {@code dossier/v1}. */
class ConsolidatedDossierSchemaTest {

    @Test
    void consolidatedSeedStoryIsValidAgainstTheSchema() throws IOException {
        Path schemaFile = Path.of(System.getProperty("dossier.shared", "../../shared"))
                .resolve("spec/dossier-v1.schema.json");
        JsonNode schemaNode = DossierJson.mapper().readTree(Files.readString(schemaFile));
        // The schema names itself by a relative $id, which the validator rejects outside a base URI.
        ((ObjectNode) schemaNode).remove("$id");
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
        Dossier dossier = RenderFixture.romeDossier();

        Set<ValidationMessage> errors = schema.validate(DossierJson.mapper().readTree(DossierJson.pretty(dossier)));

        assertThat(errors).isEmpty();
        assertThat(dossier.stories().get(0).conflicts()).isNotEmpty();
        assertThat(DossierJson.read(DossierJson.compact(dossier), Dossier.class)).isEqualTo(dossier);
    }
}
