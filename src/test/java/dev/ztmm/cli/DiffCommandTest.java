package dev.ztmm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compares real reports of the strong fixture (before) and the weak fixture (after). */
class DiffCommandTest {

    @TempDir
    static Path folder;

    static String strong;
    static String weak;

    @BeforeAll
    static void assessBoth() {
        strong = folder.resolve("strong.json").toString();
        weak = folder.resolve("weak.json").toString();
        CliRun.of("assess", "src/test/resources/reports/strong", "--rules", OutputOptionsTest.PACKS,
                "-o", "json=" + strong);
        CliRun.of("assess", OutputOptionsTest.WEAK, "--rules", OutputOptionsTest.PACKS, "-o", "json=" + weak);
    }

    @Test
    void regression_exitsOneWithFlag() {
        CliRun run = CliRun.of("diff", strong, weak, "--fail-on-regression");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("Regression:");
    }

    @Test
    void regression_exitsZeroWithoutFlag() {
        assertThat(CliRun.of("diff", strong, weak).exitCode()).isZero();
    }

    @Test
    void improvement_noRegression() {
        CliRun run = CliRun.of("diff", weak, strong, "--fail-on-regression");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("No regression.");
    }

    @Test
    void sameReport_nothingChanged() {
        CliRun run = CliRun.of("diff", weak, weak, "--fail-on-regression");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Newly failing (0)", "Newly passing (0)");
    }

    @Test
    void text_showsStagesAndRuleChanges() {
        CliRun run = CliRun.of("diff", strong, weak);

        assertThat(run.out()).containsPattern("identity +[2-4] [A-Za-z]+ +1 Ad-Hoc +100 -> 0  dropped a stage");
        assertThat(run.out()).contains("applications.test-actions-pinned  pass -> fail");
        assertThat(run.out()).contains("devices.test-image-pinned  not-applicable -> fail");
    }

    @Test
    void json_listsPillarsAndRules() throws IOException {
        JsonNode diff = new ObjectMapper().readTree(CliRun.of("diff", strong, weak, "--format", "json").out());

        assertThat(diff.get("regression").asBoolean()).isTrue();
        JsonNode identity = diff.get("pillars").get(0);
        assertThat(identity.get("pillar").asText()).isEqualTo("identity");
        assertThat(identity.get("before").get("stage").asInt()).isGreaterThan(identity.get("after").get("stage").asInt());
        assertThat(identity.get("droppedStage").asBoolean()).isTrue();
        assertThat(diff.get("newlyFailing").findValuesAsText("id"))
                .contains("identity.workflow-permissions-declared", "applications.test-actions-pinned");
        assertThat(diff.get("newlyPassing").findValuesAsText("id")).doesNotContain("applications.test-actions-pinned");
    }

    @Test
    void json_newlyPassingWhenImproved() throws IOException {
        JsonNode diff = new ObjectMapper().readTree(CliRun.of("diff", weak, strong, "--format", "json").out());

        assertThat(diff.get("newlyPassing").findValuesAsText("id"))
                .contains("applications.test-actions-pinned", "data.test-codeowners",
                        "identity.workflow-permissions-declared", "visibility.test-security-policy")
                .isSorted();
    }

    @Test
    void markdown_tableAndSections() {
        CliRun run = CliRun.of("diff", strong, weak, "--format", "markdown");

        assertThat(run.out()).contains("| Pillar | Before | After | Score |", "### Newly failing (");
        assertThat(run.out()).containsPattern("\\| identity \\| [2-4] [A-Za-z]+ \\| 1 Ad-Hoc :arrow_down: \\|");
    }

    @Test
    void missingFile_exitsTwoNamingIt() {
        CliRun run = CliRun.of("diff", folder.resolve("nope.json").toString(), weak);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nope.json", "not found");
    }

    @Test
    void invalidJson_exitsTwoWithLine() throws IOException {
        Path broken = Files.writeString(folder.resolve("broken.json"), "{\n  \"pillars\": [\n");

        CliRun run = CliRun.of("diff", weak, broken.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("broken.json", "not valid JSON at line");
    }

    @Test
    void otherJson_exitsTwoNamingKey() throws IOException {
        Path other = Files.writeString(folder.resolve("other.json"), "{\"schemaVersion\": \"1.1\"}");

        CliRun run = CliRun.of("diff", other.toString(), weak);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("other.json", "is not a ztmm JSON report", "'pillars'");
    }

    @Test
    void emptyFile_exitsTwo() throws IOException {
        Path empty = Files.writeString(folder.resolve("empty.json"), "");

        CliRun run = CliRun.of("diff", empty.toString(), weak);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("empty.json", "is empty");
    }
}
