package dev.ztmm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class RulesCommandTest {

    private static final String PACKS = OutputOptionsTest.PACKS;

    @Test
    void listJson_arrayWithRequiredKeys() throws IOException {
        JsonNode rules = new ObjectMapper().readTree(CliRun.of("rules", "list", "--format", "json").out());

        assertThat(rules.isArray()).isTrue();
        assertThat(rules).isNotEmpty();
        for (JsonNode rule : rules) {
            assertThat(rule.get("id").isTextual()).isTrue();
            assertThat(rule.get("pillar").isTextual()).isTrue();
            assertThat(rule.get("stage").isInt()).isTrue();
            assertThat(rule.get("title").isTextual()).isTrue();
            assertThat(rule.get("references").isObject()).isTrue();
        }
    }

    @Test
    void listFilters_pillarAndStage() throws IOException {
        CliRun run = CliRun.of("rules", "list", "--rules", PACKS, "--pillar", "devices", "--stage", "3",
                "--format", "json");

        JsonNode rules = new ObjectMapper().readTree(run.out());
        assertThat(rules.findValuesAsText("id")).contains("devices.test-image-pinned");
        assertThat(rules.findValuesAsText("pillar")).containsOnly("devices");
        assertThat(rules.findValues("stage")).allMatch(stage -> stage.asInt() == 3);
    }

    @Test
    void listText_oneLinePerRule() {
        CliRun run = CliRun.of("rules", "list", "--rules", PACKS, "--stage", "2");

        assertThat(run.out()).containsPattern("applications.test-actions-pinned +applications +2 ");
        assertThat(run.out()).doesNotContain("data.test-codeowners");
    }

    @Test
    void summary_countsPillarsAndFrameworks() throws IOException {
        JsonNode list = new ObjectMapper().readTree(
                CliRun.of("rules", "list", "--rules", PACKS, "--pillar", "data", "--format", "json").out());
        long stageFour = list.findValues("stage").stream().filter(stage -> stage.asInt() == 4).count();
        long scorecard = list.findValues("references").stream().filter(r -> r.has("scorecard")).count();

        JsonNode summary = new ObjectMapper().readTree(
                CliRun.of("rules", "list", "--rules", PACKS, "--pillar", "data", "--summary", "--format", "json").out());

        assertThat(summary.get("total").asInt()).isEqualTo(list.size());
        assertThat(summary.get("pillars").get("data").get("4").asInt()).isEqualTo((int) stageFour);
        assertThat(summary.get("pillars").get("identity").get("2").asInt()).isZero();
        assertThat(summary.get("frameworks").get("scorecard").asInt()).isEqualTo((int) scorecard);
    }

    @Test
    void summaryText_hasBothTables() {
        CliRun run = CliRun.of("rules", "list", "--summary");

        assertThat(run.out()).contains("PILLAR", "STAGE 2", "FRAMEWORK", "RULES CITING IT");
    }

    @Test
    void show_printsEveryField() {
        CliRun run = CliRun.of("rules", "show", "devices.test-image-pinned", "--rules", PACKS);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("why:", "fix:", "references:", "kinds:", "select:", "condition:",
                "limitations:", "match:", "stages[*]", "item.image.pinned", "cis: 4.2");
    }

    @Test
    void unknownRule_exitsTwoWithClosestId() {
        CliRun run = CliRun.of("rules", "show", "devices.test-image-pined", "--rules", PACKS);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown rule 'devices.test-image-pined'", "'devices.test-image-pinned'");
    }

    @Test
    void explain_listsEveryItemAndOutcome() {
        CliRun run = CliRun.of("explain", "applications.test-actions-pinned", OutputOptionsTest.WEAK, "--rules", PACKS);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(".github/workflows/build<script>.yml  [github-workflow]");
        assertThat(run.out()).containsPattern("jobs\\.build\\.steps\\[0\\] +line 7 +FAIL");
        assertThat(run.out()).containsPattern("jobs\\.build\\.steps\\[2\\] +line 9 +out of scope");
        assertThat(run.out()).contains("Result: fail (2 items checked, 0 passed)");
    }

    @Test
    void explainUnknownRule_exitsTwo() {
        CliRun run = CliRun.of("explain", "identity.nothing", OutputOptionsTest.WEAK);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Did you mean");
    }

    @Test
    void explainNoDocuments_saysSo() {
        CliRun run = CliRun.of("explain", "devices.test-image-pinned", "src/test/resources/reports/strong",
                "--rules", PACKS);

        assertThat(run.out()).contains("No document of kind dockerfile", "Result: not-applicable");
    }

    @Test
    void completion_printsBashAndZshScript() {
        CliRun run = CliRun.of("completion");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("complete -F", "bashcompinit", "assess", "diff", "explain");
    }
}
