package dev.ztmm.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ztmm.model.Assessment;
import dev.ztmm.model.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReporterTest {

    private static final String RULES_URL = "https://example.org/ztmm/docs/rules.md";

    private final SarifReporter reporter = new SarifReporter(RULES_URL, "file:///work/repo/");

    @TempDir
    Path temporary;

    @Test
    void weakRepository_matchesSarifSchema() {
        JsonNode sarif = SchemaValidation.parse(ReportFixtures.render(reporter, ReportFixtures.weak()));

        assertThat(SchemaValidation.sarifErrors(sarif)).isEmpty();
    }

    @Test
    void sarifMissingVersion_rejectedBySchema() {
        ObjectNode sarif = reporter.toSarif(ReportFixtures.weak());
        sarif.remove("version");

        assertThat(SchemaValidation.sarifErrors(sarif)).isNotEmpty();
    }

    @Test
    void results_onePerFailingEvidence() {
        Assessment weak = ReportFixtures.weak();
        long expected = weak.results().stream().filter(r -> r.status() == Status.FAIL)
                .mapToLong(r -> r.evidence().size()).sum();

        JsonNode results = run(weak).get("results");

        assertThat(results).hasSize((int) expected);
    }

    @Test
    void levels_followRuleStage() {
        JsonNode results = run(ReportFixtures.weak()).get("results");

        assertThat(levelOf(results, "applications.test-actions-pinned")).isEqualTo("error");
        assertThat(levelOf(results, "devices.test-image-pinned")).isEqualTo("warning");
        assertThat(levelOf(results, "data.test-codeowners")).isEqualTo("note");
    }

    @Test
    void repositoryEvidence_pointsAtRootWithoutRegion() {
        JsonNode physical = resultOf(run(ReportFixtures.weak()).get("results"), "visibility.test-security-policy")
                .get("locations").get(0).get("physicalLocation");

        assertThat(physical.get("artifactLocation").get("uri").asText()).isEqualTo("./");
        assertThat(physical.get("artifactLocation").get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(physical.has("region")).isFalse();
    }

    @Test
    void fileEvidence_relativeUriWithRegion() {
        JsonNode physical = resultOf(run(ReportFixtures.weak()).get("results"), "devices.test-image-pinned")
                .get("locations").get(0).get("physicalLocation");

        assertThat(physical.get("artifactLocation").get("uri").asText()).isEqualTo("docker/Dockerfile");
        assertThat(physical.get("region").get("startLine").asInt()).isEqualTo(1);
    }

    @Test
    void htmlInFileName_percentEncodedInUri() {
        JsonNode physical = resultOf(run(ReportFixtures.weak()).get("results"), "applications.test-actions-pinned")
                .get("locations").get(0).get("physicalLocation");

        assertThat(physical.get("artifactLocation").get("uri").asText())
                .isEqualTo(".github/workflows/build%3Cscript%3E.yml");
    }

    @Test
    void srcroot_declaredInOriginalUriBaseIds() {
        JsonNode base = run(ReportFixtures.weak()).get("originalUriBaseIds").get("%SRCROOT%");

        assertThat(base.get("uri").asText()).isEqualTo("file:///work/repo/");
    }

    @Test
    void ruleDescriptor_carriesDocsAndProperties() {
        JsonNode rules = run(ReportFixtures.weak()).get("tool").get("driver").get("rules");
        JsonNode rule = find(rules, "id", "devices.test-image-pinned");

        assertThat(rule.get("name").asText()).isEqualTo("TestImagePinned");
        assertThat(rule.get("shortDescription").get("text").asText()).isEqualTo("Base images are pinned by digest");
        assertThat(rule.get("fullDescription").get("text").asText()).startsWith("A tag can point");
        assertThat(rule.get("help").get("markdown").asText()).contains("Add @sha256");
        assertThat(rule.get("helpUri").asText()).isEqualTo(RULES_URL + "#devices.test-image-pinned");
        assertThat(rule.get("properties").get("pillar").asText()).isEqualTo("devices");
        assertThat(rule.get("properties").get("stage").asInt()).isEqualTo(3);
        assertThat(rule.get("properties").get("precision").asText()).isEqualTo("high");
        assertThat(rule.get("properties").get("tags")).isNotEmpty();
    }

    @Test
    void missedTarget_namedInNotificationsAndProperties() {
        JsonNode run = run(ReportFixtures.weak());
        String expected = "Identity is at stage 1 Ad-Hoc, below its target 3 Systematic";

        assertThat(run.get("properties").get("missedTargets").get(0).asText()).isEqualTo(expected);
        assertThat(run.get("invocations").get(0).get("toolExecutionNotifications").toString()).contains(expected);
    }

    @Test
    void diagnostics_becomeNotifications() {
        JsonNode notifications = run(ReportFixtures.weak()).get("invocations").get(0).get("toolExecutionNotifications");

        assertThat(notifications.toString()).contains("parse-error", ".github/workflows/broken.yml");
    }

    @Test
    void fingerprints_surviveMovedLines() throws IOException {
        Path copy = copyOf(ReportFixtures.WEAK);
        Path dockerfile = copy.resolve("docker/Dockerfile");
        Files.writeString(dockerfile, "# a comment\n\n" + Files.readString(dockerfile));

        List<String> before = fingerprints(run(ReportFixtures.assess(ReportFixtures.WEAK, Map.of())));
        JsonNode moved = run(ReportFixtures.assess(copy, Map.of()));

        assertThat(fingerprints(moved)).isEqualTo(before);
        JsonNode region = resultOf(moved.get("results"), "devices.test-image-pinned")
                .get("locations").get(0).get("physicalLocation").get("region");
        assertThat(region.get("startLine").asInt()).isEqualTo(3);
    }

    @Test
    void fingerprints_differPerEvidence() {
        List<String> fingerprints = fingerprints(run(ReportFixtures.weak()));

        assertThat(fingerprints).doesNotHaveDuplicates();
    }

    @Test
    void ruleName_camelCaseOfLocalId() {
        assertThat(SarifReporter.ruleName("identity.workflow-permissions-declared"))
                .isEqualTo("WorkflowPermissionsDeclared");
    }

    private JsonNode run(Assessment assessment) {
        return reporter.toSarif(assessment).get("runs").get(0);
    }

    private static String levelOf(JsonNode results, String ruleId) {
        return resultOf(results, ruleId).get("level").asText();
    }

    private static JsonNode resultOf(JsonNode results, String ruleId) {
        return find(results, "ruleId", ruleId);
    }

    private static JsonNode find(JsonNode array, String key, String value) {
        for (JsonNode node : array) {
            if (node.get(key).asText().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("no entry with " + key + " '" + value + "' in " + array);
    }

    private static List<String> fingerprints(JsonNode run) {
        List<String> fingerprints = new ArrayList<>();
        run.get("results").forEach(r -> fingerprints.add(r.get("partialFingerprints")
                .get(SarifReporter.FINGERPRINT_KEY).asText()));
        return fingerprints;
    }

    private Path copyOf(Path source) throws IOException {
        Path target = temporary.resolve("repo");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path destination = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(file, destination);
                }
            }
        }
        return target;
    }
}
