package dev.ztmm.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class CodeQualityReporterTest {

    private final JsonNode issues =
            SchemaValidation.parse(ReportFixtures.render(new CodeQualityReporter(), ReportFixtures.weak()));

    @Test
    void issue_hasEveryFieldGitlabReads() {
        JsonNode issue = find("devices.test-image-pinned");

        assertThat(issue.get("description").asText()).startsWith("Not met: Base images are pinned by digest");
        assertThat(issue.get("fingerprint").asText()).hasSize(64);
        assertThat(issue.get("severity").asText()).isEqualTo("minor");
        assertThat(issue.get("location").get("path").asText()).isEqualTo("docker/Dockerfile");
        assertThat(issue.get("location").get("lines").get("begin").asInt()).isEqualTo(1);
    }

    @Test
    void repositoryEvidence_pointsAtRootLineOne() {
        JsonNode location = find("visibility.test-security-policy").get("location");

        assertThat(location.get("path").asText()).isEqualTo(".");
        assertThat(location.get("lines").get("begin").asInt()).isEqualTo(1);
    }

    private JsonNode find(String ruleId) {
        for (JsonNode issue : issues) {
            if (issue.get("check_name").asText().equals(ruleId)) {
                return issue;
            }
        }
        throw new AssertionError("no issue for " + ruleId + " in " + issues);
    }
}
