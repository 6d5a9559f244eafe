package dev.ztmm.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ztmm.app.AssessRequest;
import dev.ztmm.app.Assessor;
import dev.ztmm.model.Assessment;
import dev.ztmm.model.Diagnostic;
import dev.ztmm.model.Pillar;
import dev.ztmm.model.RuleResult;
import dev.ztmm.model.Stage;
import dev.ztmm.model.Status;
import dev.ztmm.pack.InvalidPackException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {

    private static final String SERVER_RULE = """
            pack: team
            version: 1
            rules:
              - id: identity.team-branch-protection
                pillar: identity
                stage: 3
                title: Branch protection requires reviews
                why: w
                fix: f
                kinds: [github-settings]
                serverState: true
                condition: has(doc.branches)
                references: {nist-800-53: [CM-3]}
            """;

    @TempDir
    Path repo;

    @BeforeEach
    void writeRepository() throws IOException {
        Path workflow = repo.resolve(".github/workflows/ci.yml");
        Files.createDirectories(workflow.getParent());
        Files.writeString(workflow, "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n");
        Files.writeString(repo.resolve("team.yaml"), SERVER_RULE);
    }

    private Assessment assess(String config) throws Exception {
        Files.writeString(repo.resolve(".ztmm.yml"), config);
        Clock clock = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);
        return new Assessor(clock).assess(new AssessRequest(repo, "repo", List.of(), 5_000_000, Map.of(), 1));
    }

    private static RuleResult result(Assessment assessment, String id) {
        return assessment.results().stream().filter(r -> r.rule().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void exception_waivesFailureUntilExpiry() throws Exception {
        Assessment assessment = assess("exceptions:\n  - rule: identity.workflow-permissions-declared\n"
                + "    reason: migrating to reusable workflows\n    expires: 2026-12-31\n");

        RuleResult result = result(assessment, "identity.workflow-permissions-declared");
        assertThat(result.status()).isEqualTo(Status.WAIVED);
        assertThat(result.note()).contains("2026-12-31", "migrating");
        assertThat(result.evidence()).isNotEmpty();
    }

    @Test
    void expiredException_changesNothingAndIsListed() throws Exception {
        Assessment assessment = assess("exceptions:\n  - rule: identity.workflow-permissions-declared\n"
                + "    reason: old\n    expires: 2026-01-31\n");

        assertThat(result(assessment, "identity.workflow-permissions-declared").status()).isEqualTo(Status.FAIL);
        assertThat(assessment.diagnostics()).anySatisfy(d -> {
            assertThat(d.category()).isEqualTo(Diagnostic.Category.EXPIRED_OVERRIDE);
            assertThat(d.position().line()).isEqualTo(2);
        });
    }

    @Test
    void attestation_coversNotObservableRule() throws Exception {
        Assessment assessment = assess("rules: [team.yaml]\nattestations:\n  - rule: identity.team-branch-protection\n"
                + "    evidence: https://example.com/settings/branches\n    by: security team\n    expires: 2026-09-30\n");

        RuleResult result = result(assessment, "identity.team-branch-protection");
        assertThat(result.status()).isEqualTo(Status.ATTESTED);
        assertThat(result.note()).contains("security team", "2026-09-30");
    }

    @Test
    void attestation_neverHidesFailure() throws Exception {
        Assessment assessment = assess("attestations:\n  - rule: identity.workflow-permissions-declared\n"
                + "    evidence: trust me\n    by: someone\n    expires: 2026-09-30\n");

        assertThat(result(assessment, "identity.workflow-permissions-declared").status()).isEqualTo(Status.FAIL);
    }

    @Test
    void targets_readFromConfig() throws Exception {
        Assessment assessment = assess("targets:\n  identity: systematic\n  data: 1\n");

        assertThat(assessment.targets()).containsEntry(Pillar.IDENTITY, Stage.SYSTEMATIC).containsEntry(Pillar.DATA, Stage.AD_HOC);
        assertThat(assessment.missedTargets()).extracting(score -> score.pillar()).containsExactly(Pillar.IDENTITY);
    }

    @Test
    void exclude_skipsFilesUnderPrefix() throws Exception {
        Assessment assessment = assess("exclude: [.github/]\n");

        assertThat(assessment.files()).noneMatch(file -> file.path().startsWith(".github/"));
        assertThat(result(assessment, "identity.workflow-permissions-declared").status()).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void typosAndUnknownRules_allReportedWithLines() {
        assertThatThrownBy(() -> assess("target:\n  identity: 3\nexceptions:\n  - rule: identity.workflow-permission-declared\n"
                + "    reason: r\n    expires: 31/12/2026\n"))
                .isInstanceOf(InvalidPackException.class)
                .hasMessageContaining(".ztmm.yml:1: Unknown key 'target' in the configuration. Did you mean 'targets'?")
                .hasMessageContaining(".ztmm.yml:6: Invalid date '31/12/2026'");
    }

    @Test
    void unknownRuleId_suggestsClosest() {
        assertThatThrownBy(() -> assess("exceptions:\n  - rule: identity.workflow-permission-declared\n"
                + "    reason: r\n    expires: 2026-12-31\n"))
                .isInstanceOf(InvalidPackException.class)
                .hasMessageContaining(".ztmm.yml:2: Unknown rule 'identity.workflow-permission-declared'")
                .hasMessageContaining("Did you mean 'identity.workflow-permissions-declared'?");
    }

    @Test
    void packOutsideRepository_rejected() {
        assertThatThrownBy(() -> assess("rules: [../../etc/packs]\n"))
                .isInstanceOf(InvalidPackException.class)
                .hasMessageContaining("outside the repository");
    }
}
