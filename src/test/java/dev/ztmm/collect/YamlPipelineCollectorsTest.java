package dev.ztmm.collect;

import static dev.ztmm.collect.CollectorFixtures.collect;
import static dev.ztmm.collect.CollectorFixtures.documents;
import static dev.ztmm.collect.Nodes.lineAt;
import static dev.ztmm.collect.Nodes.valueAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ztmm.model.Diagnostic;
import dev.ztmm.model.Document;
import dev.ztmm.model.DocumentKind;
import dev.ztmm.model.Node;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlPipelineCollectorsTest {

    private static final Path CI = Path.of("src/test/resources/ci");

    @Test
    void azureFilesByNameAndShape_kubernetesKept() throws IOException {
        CollectionResult result = collect(CI.resolve("azure"));

        assertThat(documents(result, DocumentKind.AZURE_PIPELINES)).extracting(Document::path).containsExactly(
                ".azure-pipelines/steps.yml", "azure-pipelines.yml", "pipelines/starter.yml");
        assertThat(documents(result, DocumentKind.KUBERNETES)).extracting(Document::path)
                .containsExactly("pipelines/deployment.yaml");
    }

    @Test
    void azureSteps_everyLevelWithStageAndJob() throws IOException {
        Node root = document(collect(CI.resolve("azure")), DocumentKind.AZURE_PIPELINES, "azure-pipelines.yml");

        assertThat((List<?>) valueAt(root, "_steps")).hasSize(3);
        assertThat(valueAt(root, "_steps", 1, "task")).isEqualTo("Docker@2");
        assertThat(valueAt(root, "_steps", 1, "_job")).isEqualTo("Compile");
        assertThat(valueAt(root, "_steps", 2, "bash")).isEqualTo("./deploy.sh");
        assertThat(valueAt(root, "_steps", 2, "_stage")).isEqualTo("Deploy");
        assertThat(lineAt(root, "_steps", 2, "bash")).isEqualTo(27);
    }

    @Test
    void azurePools_pipelineAndJobLevel() throws IOException {
        Node root = document(collect(CI.resolve("azure")), DocumentKind.AZURE_PIPELINES, "azure-pipelines.yml");

        assertThat(valueAt(root, "_pools", 0, "vmImage")).isEqualTo("ubuntu-latest");
        assertThat(valueAt(root, "_pools", 1, "vmImage")).isEqualTo("windows-2022");
        assertThat(lineAt(root, "_pools", 1, "vmImage")).isEqualTo(12);
    }

    @Test
    void starterPlaceholders_readAsUnknownSameColumns() throws IOException {
        CollectionResult result = collect(CI.resolve("azure"));

        Node root = document(result, DocumentKind.AZURE_PIPELINES, "pipelines/starter.yml");
        assertThat(valueAt(root, "trigger", 0)).isEqualTo("${ branch }");
        assertThat(valueAt(root, "variables", "namespace")).isEqualTo("review");
        assertThat(lineAt(root, "variables", "vmImageName")).isEqualTo(12);
        assertThat(result.diagnostics()).extracting(Diagnostic::category).containsExactly(Diagnostic.Category.NOT_RENDERED);
    }

    @Test
    void circleciOrbs_versionsAndInline() throws IOException {
        Node root = document(collect(CI.resolve("circleci")), DocumentKind.CIRCLECI, ".circleci/config.yml");

        assertThat(valueAt(root, "_orbs", 0, "orb")).isEqualTo("circleci/node");
        assertThat(valueAt(root, "_orbs", 0, "version")).isEqualTo("5.2.0");
        assertThat(valueAt(root, "_orbs", 1, "version")).isEqualTo("volatile");
        assertThat(valueAt(root, "_orbs", 2, "inline")).isEqualTo(true);
        assertThat(lineAt(root, "_orbs", 1)).isEqualTo(5);
    }

    @Test
    void circleciSteps_commandsAndMergedDefaults() throws IOException {
        Node root = document(collect(CI.resolve("circleci")), DocumentKind.CIRCLECI, ".circleci/config.yml");

        assertThat(valueAt(root, "jobs", "build", "docker", 0, "image")).isEqualTo("cimg/base:2024.01");
        assertThat(valueAt(root, "_steps", 0, "type")).isEqualTo("checkout");
        assertThat(valueAt(root, "_steps", 1, "command")).isEqualTo("make build");
        assertThat(valueAt(root, "_steps", 2, "command")).isEqualTo("make test\n");
        assertThat(lineAt(root, "_steps", 2, "command")).isEqualTo(23);
        assertThat(valueAt(root, "_steps", 3, "type")).isEqualTo("node/install-packages");
    }

    @Test
    void bitbucketSteps_parallelStagesAndAliases() throws IOException {
        CollectionResult result = collect(CI.resolve("bitbucket"));

        Node root = document(result, DocumentKind.BITBUCKET_PIPELINES, "bitbucket-pipelines.yml");
        assertThat((List<?>) valueAt(root, "_steps")).extracting(s -> (Object) ((java.util.Map<?, ?>) s).get("name"))
                .containsExactly("Test", "Lint", "Unit", "Release");
        assertThat(valueAt(root, "_steps", 3, "_pipeline")).isEqualTo("branches.main");
        assertThat(valueAt(root, "_steps", 2, "script")).isEqualTo(List.of("npm test"));
        assertThat(lineAt(root, "_steps", 3, "oidc")).isEqualTo(27);
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void brokenFiles_diagnosticsWithLinesOthersRead() throws IOException {
        CollectionResult result = collect(CI.resolve("broken"));

        assertThat(result.diagnostics()).extracting(Diagnostic::path)
                .containsExactly(".circleci/config.yml", "bitbucket-pipelines.yml");
        assertThat(result.diagnostics()).allSatisfy(d -> assertThat(d.position().line()).isGreaterThan(1));
        assertThat(documents(result, DocumentKind.AZURE_PIPELINES)).hasSize(1);
    }

    private static Node document(CollectionResult result, String kind, String path) {
        return documents(result, kind).stream().filter(d -> d.path().equals(path))
                .map(Document::root).findFirst().orElseThrow();
    }
}
