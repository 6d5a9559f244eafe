package dev.ztmm.collect;

import static dev.ztmm.collect.CollectorFixtures.collect;
import static dev.ztmm.collect.CollectorFixtures.documents;
import static dev.ztmm.collect.TreePaths.at;
import static dev.ztmm.collect.TreePaths.valueAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ztmm.model.Diagnostic;
import dev.ztmm.model.DocumentKind;
import dev.ztmm.model.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComposeKustomizeHelmTest {

    private static final Path REAL = CloudFormationCollectorTest.REAL;

    private static Node only(Path root, String kind) throws IOException {
        return documents(collect(root), kind).get(0).root();
    }

    @Test
    void composePrivilegedService_atItsLine(@TempDir Path root) throws IOException {
        Files.copy(REAL.resolve("cicd-goat-docker-compose.yaml"), root.resolve("docker-compose.yaml"));

        Node compose = only(root, DocumentKind.COMPOSE);

        Node prod = at(compose, "services", 5);
        assertThat(valueAt(prod, "name")).isEqualTo("prod");
        assertThat(valueAt(prod, "privileged")).isEqualTo(true);
        assertThat(at(prod, "privileged").position().line()).isEqualTo(51);
        assertThat(valueAt(compose, "services", 0, "privileged")).isEqualTo(false);
    }

    @Test
    void composeEnvironmentList_becomesMapping(@TempDir Path root) throws IOException {
        Files.copy(REAL.resolve("cicd-goat-docker-compose.yaml"), root.resolve("docker-compose.yaml"));

        Node gitea = at(only(root, DocumentKind.COMPOSE), "services", 2);

        assertThat(valueAt(gitea, "environment"))
                .isEqualTo(Map.of("USER_UID", "1000", "USER_GID", "1000"));
        assertThat(at(gitea, "environment", "USER_GID").position().line()).isEqualTo(29);
    }

    @Test
    void composeVariableWithoutValue_null(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("compose.yml"),
                "services:\n  app:\n    environment: [TOKEN, MODE=a=b]\n");

        Node app = at(only(root, DocumentKind.COMPOSE), "services", 0);

        Map<String, Object> expected = new HashMap<>();
        expected.put("TOKEN", null);
        expected.put("MODE", "a=b");
        assertThat(valueAt(app, "environment")).isEqualTo(expected);
    }

    @Test
    void kustomizationImages_atTheirLines(@TempDir Path root) throws IOException {
        Files.copy(REAL.resolve("microservices-demo-kustomization.yaml"),
                root.resolve("kustomization.yaml"));

        Node kustomization = only(root, DocumentKind.KUSTOMIZATION);

        Node frontend = at(kustomization, "images", 5);
        assertThat(valueAt(frontend, "newTag")).isEqualTo("CONTAINER_IMAGES_TAG");
        assertThat(frontend.position().line()).isEqualTo(28);
        assertThat(valueAt(kustomization, "resources")).isEqualTo(List.of());
        assertThat(valueAt(kustomization, "kind")).isEqualTo("Component");
    }

    @Test
    void kustomization_notKubernetesObject(@TempDir Path root) throws IOException {
        Files.copy(REAL.resolve("microservices-demo-kustomization.yaml"),
                root.resolve("kustomization.yaml"));

        assertThat(documents(collect(root), DocumentKind.KUBERNETES)).isEmpty();
    }

    @Test
    void helmChartAndValues_readTemplatesNot(@TempDir Path root) throws IOException {
        Path chart = Files.createDirectories(root.resolve("chart/templates"));
        Files.writeString(root.resolve("chart/Chart.yaml"), "apiVersion: v2\nname: shop\nversion: 1.0.0\n");
        Files.writeString(root.resolve("chart/values.yaml"), "image:\n  tag: latest\n");
        Files.writeString(chart.resolve("deployment.yaml"), "kind: {{ .Values.kind }}\n");

        CollectionResult result = collect(root);

        assertThat(valueAt(documents(result, DocumentKind.HELM_CHART).get(0).root(), "name"))
                .isEqualTo("shop");
        Node values = documents(result, DocumentKind.HELM_VALUES).get(0).root();
        assertThat(at(values, "image", "tag").position().line()).isEqualTo(2);
        assertThat(result.diagnostics()).extracting(Diagnostic::category)
                .containsExactly(Diagnostic.Category.NOT_RENDERED);
    }

    @Test
    void emptyHelmValues_emptyMapping(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("Chart.yaml"), "apiVersion: v2\nname: a\nversion: 1.0.0\n");
        Files.writeString(root.resolve("values.yaml"), "# no defaults\n");

        CollectionResult result = collect(root);

        assertThat(valueAt(documents(result, DocumentKind.HELM_VALUES).get(0).root()))
                .isEqualTo(Map.of());
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void brokenComposeFile_diagnosticAndScanGoesOn(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("docker-compose.yml"), "services:\n  app:\n    image: [a\n");
        Files.writeString(root.resolve("kustomization.yaml"), "resources: [a.yaml]\n");

        CollectionResult result = collect(root);

        assertThat(documents(result, DocumentKind.KUSTOMIZATION)).hasSize(1);
        Diagnostic diagnostic = result.diagnostics().get(0);
        assertThat(diagnostic.path()).isEqualTo("docker-compose.yml");
        assertThat(diagnostic.category()).isEqualTo(Diagnostic.Category.PARSE_ERROR);
        assertThat(diagnostic.position().line()).isEqualTo(4);
    }
}
