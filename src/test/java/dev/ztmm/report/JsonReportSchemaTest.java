package dev.ztmm.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ztmm.model.Assessment;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReportSchemaTest {

    private final JsonReporter reporter = new JsonReporter();

    @Test
    void weakRepository_matchesSchema() {
        JsonNode report = reporter.toJson(ReportFixtures.weak());

        assertThat(SchemaValidation.reportErrors(report)).isEmpty();
    }

    @Test
    void weakReport_coversFailuresDiagnosticsAndFiles() {
        JsonNode report = reporter.toJson(ReportFixtures.weak());

        assertThat(report.get("summary").get("rules").get("fail").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(report.get("diagnostics")).isNotEmpty();
        assertThat(report.get("files")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(report.get("summary").get("missedTargets")).hasSize(1);
    }

    @Test
    void strongRepositoryWithoutTargets_matchesSchema() {
        Assessment strong = ReportFixtures.assess(ReportFixtures.STRONG, Map.of());

        assertThat(SchemaValidation.reportErrors(reporter.toJson(strong))).isEmpty();
    }

    @Test
    void reportMissingPillars_rejectedBySchema() {
        ObjectNode report = (ObjectNode) reporter.toJson(ReportFixtures.weak());
        report.remove("pillars");

        assertThat(SchemaValidation.reportErrors(report)).anyMatch(e -> e.contains("pillars"));
    }

    @Test
    void schemaVersion_matchesReporter() {
        JsonNode schema = SchemaValidation.read(SchemaValidation.REPORT_SCHEMA);

        assertThat(schema.get("$id").asText()).endsWith(":" + JsonReporter.SCHEMA_VERSION);
        assertThat(schema.get("properties").get("schemaVersion").get("const").asText())
                .isEqualTo(JsonReporter.SCHEMA_VERSION);
        assertThat(schema.get("description").asText()).contains("Version " + JsonReporter.SCHEMA_VERSION + ".");
    }
}
