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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KubernetesCollectorTest {

    @Test
    void multiDocumentFile_oneDocumentPerObject(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("app.yaml"), "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: a}\n"
                + "---\n# comment only\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: r}\n"
                + "rules:\n- apiGroups: ['*']\n  resources: ['*']\n  verbs: ['*']\n");

        CollectionResult result = collect(root);

        var objects = documents(result, DocumentKind.KUBERNETES);
        assertThat(objects).hasSize(2);
        assertThat(objects.get(1).root().position().line()).isEqualTo(7);
        MapNode rule = (MapNode) ((ListNode) ((MapNode) objects.get(1).root()).get("rules")).items().get(0);
        assertThat(rule.get("verbs").position().line()).isEqualTo(13);
    }

    @Test
    void listKind_expandedIntoItems(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("list.yaml"), "apiVersion: v1\nkind: List\nitems:\n"
                + "- apiVersion: v1\n  kind: Service\n  metadata: {name: s}\n"
                + "- apiVersion: apps/v1\n  kind: Deployment\n  metadata: {name: d}\n");

        var objects = documents(collect(root), DocumentKind.KUBERNETES);

        assertThat(objects).extracting(d -> ((MapNode) d.root()).get("kind").toValue()).containsExactly("Service", "Deployment");
        assertThat(objects.get(1).root().position().line()).isEqualTo(7);
    }

    @Test
    void otherYaml_ignoredWithoutDiagnostic(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("mkdocs.yml"), "site_name: docs\nnav: []\n");

        CollectionResult result = collect(root);

        assertThat(documents(result, DocumentKind.KUBERNETES)).isEmpty();
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void bomPod_readWithLineNumbersCountingBomLine() throws IOException {
        CollectionResult result = collect(EDGE_CASES.resolve("encoding-bom-crlf-latin1"));

        Document pod = documents(result, DocumentKind.KUBERNETES).get(0);
        assertThat(((MapNode) pod.root()).get("kind").toValue()).isEqualTo("Pod");
        assertThat(((MapNode) pod.root()).keyPosition("apiVersion").line()).isEqualTo(1);
    }

    @Test
    void helmTemplates_listedAsNotRenderedNotParsed() throws IOException {
        CollectionResult result = collect(EDGE_CASES.resolve("helm-raw-templates"));

        assertThat(documents(result, DocumentKind.KUBERNETES)).isEmpty();
        assertThat(result.diagnostics())
                .filteredOn(d -> d.category().equals(Diagnostic.Category.NOT_RENDERED))
                .extracting(Diagnostic::path)
                .containsExactly("chart/templates/configmap.yaml", "chart/templates/deployment.yaml");
        assertThat(result.diagnostics()).noneMatch(d -> d.category().equals(Diagnostic.Category.PARSE_ERROR));
    }

    @Test
    void templateOutsideChart_notRendered(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("deploy.yaml"), "apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Values.name }}\n");

        CollectionResult result = collect(root);

        assertThat(documents(result, DocumentKind.KUBERNETES)).isEmpty();
        assertThat(result.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.category()).isEqualTo(Diagnostic.Category.NOT_RENDERED));
    }

    @Test
    void githubExpressionsInYaml_notMistakenForTemplates(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("config.yaml"), "apiVersion: v1\nkind: ConfigMap\ndata:\n  a: ${{ env.X }}\n");

        assertThat(documents(collect(root), DocumentKind.KUBERNETES)).hasSize(1);
    }
}
