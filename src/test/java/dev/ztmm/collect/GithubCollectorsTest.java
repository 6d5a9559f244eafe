package dev.ztmm.collect;

import static dev.ztmm.collect.CollectorFixtures.EDGE_CASES;
import static dev.ztmm.collect.CollectorFixtures.collect;
import static dev.ztmm.collect.CollectorFixtures.documents;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ztmm.model.Diagnostic;
import dev.ztmm.model.Document;
import dev.ztmm.model.DocumentKind;
import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Position;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GithubCollectorsTest {

    @Test
    void workflowWithYaml11Words_keepsOnKeyAndStrings() throws IOException {
        CollectionResult result = collect(EDGE_CASES.resolve("gha-yaml11-booleans"));

        Document workflow = documents(result, DocumentKind.GITHUB_WORKFLOW).get(0);
        MapNode root = (MapNode) workflow.root();
        assertThat(workflow.path()).isEqualTo(".github/workflows/ci.yml");
        assertThat(((MapNode) root.get("on")).entries().keySet()).containsExactly("push", "pull_request_target");
        assertThat(root.get("env").toValue()).isEqualTo(Map.of("FEATURE_FLAG", "off", "VERBOSE", "yes", "DRY_RUN", "no"));
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void workflowAnchors_expandedAtAliasSites() throws IOException {
        CollectionResult result = collect(EDGE_CASES.resolve("gha-anchors-aliases"));

        MapNode jobs = (MapNode) ((MapNode) documents(result, DocumentKind.GITHUB_WORKFLOW).get(0).root()).get("jobs");
        ListNode first = (ListNode) ((MapNode) jobs.get("first")).get("steps");
        ListNode second = (ListNode) ((MapNode) jobs.get("second")).get("steps");
        assertThat(second.size()).isEqualTo(2);
        assertThat(second.items().get(0).toValue()).isEqualTo(first.items().get(0).toValue());
        assertThat(((MapNode) second.items().get(0)).get("uses").toValue()).isEqualTo("actions/checkout@v4");
    }

    @Test
    void crlfWorkflow_valuesHaveNoCarriageReturn() throws IOException {
        CollectionResult result = collect(EDGE_CASES.resolve("encoding-bom-crlf-latin1"));

        MapNode root = (MapNode) documents(result, DocumentKind.GITHUB_WORKFLOW).get(0).root();
        assertThat(root.get("permissions").toValue()).isEqualTo("write-all");
        assertThat(root.get("permissions").position()).isEqualTo(Position.of(3, 14));
    }

    @Test
    void localActionsAndReusableWorkflows_read() throws IOException {
        CollectionResult result = collect(EDGE_CASES.resolve("gha-uses-forms"));

        assertThat(documents(result, DocumentKind.GITHUB_WORKFLOW)).extracting(Document::path)
                .containsExactly(".github/workflows/ci.yml", ".github/workflows/reusable-test.yml");
        assertThat(documents(result, DocumentKind.GITHUB_ACTION)).extracting(Document::path)
                .containsExactly(".github/actions/local-build/action.yml");
    }

    @Test
    void mergeKeyInWorkflow_reportedAsUnsupported(@TempDir Path root) throws IOException {
        Path workflow = root.resolve(".github/workflows/ci.yml");
        Files.createDirectories(workflow.getParent());
        Files.writeString(workflow, "on: push\nx: &d {runs-on: ubuntu-latest}\njobs:\n  a:\n    <<: *d\n    steps: []\n");

        CollectionResult result = collect(root);

        assertThat(result.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.category()).isEqualTo(Diagnostic.Category.UNSUPPORTED))
                .satisfies(d -> assertThat(d.position()).isEqualTo(Position.of(5, 5)));
    }

    @Test
    void brokenWorkflow_listedOthersStillRead(@TempDir Path root) throws IOException {
        Path folder = Files.createDirectories(root.resolve(".github/workflows"));
        Files.writeString(folder.resolve("bad.yml"), "on: push\njobs:\n  a: [\n");
        Files.writeString(folder.resolve("good.yml"), "on: push\njobs: {}\n");

        CollectionResult result = collect(root);

        assertThat(documents(result, DocumentKind.GITHUB_WORKFLOW)).extracting(Document::path)
                .containsExactly(".github/workflows/good.yml");
        assertThat(result.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.path()).isEqualTo(".github/workflows/bad.yml"))
                .satisfies(d -> assertThat(d.category()).isEqualTo(Diagnostic.Category.PARSE_ERROR))
                .satisfies(d -> assertThat(d.position().line()).isGreaterThan(0));
        assertThat(result.files()).extracting(FileRecord::status).containsExactly("failed", "parsed");
    }

    @Test
    void codeowners_rulesAtTheirLines(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve(".github"));
        Files.writeString(root.resolve(".github/CODEOWNERS"),
                "# owners\n\n*       @org/platform\n/docs/ docs@example.com @writer # inline\n/tmp/ not-an-owner\n");

        CollectionResult result = collect(root);

        Document codeowners = documents(result, DocumentKind.CODEOWNERS).get(0);
        ListNode rules = (ListNode) ((MapNode) codeowners.root()).get("rules");
        assertThat(rules.size()).isEqualTo(3);
        assertThat(rules.items().get(0).position().line()).isEqualTo(3);
        assertThat(rules.items().get(1).toValue()).isEqualTo(Map.of(
                "pattern", "/docs/", "owners", List.of("docs@example.com", "@writer"), "invalidOwners", List.of()));
        assertThat(((MapNode) rules.items().get(2)).get("invalidOwners").toValue()).isEqualTo(List.of("not-an-owner"));
    }

    @Test
    void repositoryDocument_listsPolicyFiles(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve(".github"));
        Files.writeString(root.resolve(".github/SECURITY.md"), "Report to security@example.com");
        Files.writeString(root.resolve(".pre-commit-config.yaml"), "repos: []\n");

        CollectionResult result = collect(root);

        Document repository = documents(result, DocumentKind.REPOSITORY).get(0);
        Map<?, ?> present = (Map<?, ?>) ((Map<?, ?>) repository.root().toValue()).get("present");
        assertThat(present.get("securityPolicy")).isEqualTo(true);
        assertThat(present.get("preCommit")).isEqualTo(true);
        assertThat(present.get("dependabot")).isEqualTo(false);
        assertThat(repository.path()).isEmpty();
    }

    @Test
    void nestedProjectWorkflows_read(@TempDir Path root) throws IOException {
        Path nested = Files.createDirectories(root.resolve("services/api/.github/workflows"));
        Files.writeString(nested.resolve("ci.yml"), "on: push\njobs: {}\n");
        Files.createDirectories(root.resolve("docs/workflows"));
        Files.writeString(root.resolve("docs/workflows/example.yml"), "on: push\njobs: {}\n");

        assertThat(documents(collect(root), DocumentKind.GITHUB_WORKFLOW)).extracting(Document::path)
                .containsExactly("services/api/.github/workflows/ci.yml");
    }
}
