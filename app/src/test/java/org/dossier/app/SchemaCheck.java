package org.dossier.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Validates exports against the shared {@code dossier-v1.schema.json}, read in place. */
final class SchemaCheck {

    private static final JsonSchema SCHEMA = load();

    private SchemaCheck() {
    }

    static Path shared() {
        return Path.of(System.getProperty("dossier.shared", "../../shared"));
    }

    private static JsonSchema load() {
        Path file = shared().resolve("spec").resolve("dossier-v1.schema.json");
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode node = new ObjectMapper().readTree(in);
            // The schema's $id is relative; its own location is the base it resolves against.
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(SchemaLocation.of(file.toUri().toString()), node, config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Every violation, as text; empty when {@code json} is a valid dossier/v1 document. */
    static List<String> violations(String json) {
        try {
            JsonNode node = new ObjectMapper().readTree(json);
            return SCHEMA.validate(node).stream().map(ValidationMessage::toString).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
