package dev.ztmm.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Validates reports against docs/report.schema.json and the SARIF 2.1.0 schema, offline. */
final class SchemaValidation {

    static final Path REPORT_SCHEMA = Path.of("docs/report.schema.json");
    static final Path SARIF_SCHEMA = Path.of("src/test/resources/schemas/sarif-schema-2.1.0.json");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SchemaValidation() {}

    static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the schema errors of a JSON report, one line each; empty when it is valid. */
    static List<String> reportErrors(JsonNode report) {
        return errors(schema(REPORT_SCHEMA, SpecVersion.VersionFlag.V202012), report);
    }

    /** Returns the SARIF 2.1.0 schema errors of a SARIF log; empty when it is valid. */
    static List<String> sarifErrors(JsonNode sarif) {
        return errors(schema(SARIF_SCHEMA, SpecVersion.VersionFlag.V4), sarif);
    }

    private static JsonSchema schema(Path file, SpecVersion.VersionFlag version) {
        // Formats such as "uri" are asserted too, so a malformed helpUri or artifact URI fails.
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try {
            return JsonSchemaFactory.getInstance(version).getSchema(Files.readString(file), config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> errors(JsonSchema schema, JsonNode instance) {
        return schema.validate(instance).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
