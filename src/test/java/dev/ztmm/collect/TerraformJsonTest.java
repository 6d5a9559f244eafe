package dev.ztmm.collect;

import static dev.ztmm.collect.CollectorFixtures.EDGE_CASES;
import static dev.ztmm.collect.CollectorFixtures.collect;
import static dev.ztmm.collect.CollectorFixtures.documents;
import static dev.ztmm.collect.TreePaths.at;
import static dev.ztmm.collect.TreePaths.valueAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ztmm.model.Diagnostic;
import dev.ztmm.model.Document;
import dev.ztmm.model.DocumentKind;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerraformJsonTest {

    private static final String RESOURCE = "{\n  \"resource\": {\n    \"aws_vpc_endpoint\": {\n"
            + "      \"s3\": {\n        \"//\": \"generated\",\n"
            + "        \"vpc_id\": \"${var.vpc_id}\",\n        \"auto_accept\": true\n      }\n"
            + "    }\n  },\n  \"locals\": {\"prefix\": \"vpce\"}\n}\n";

    @Test
    void tfJsonResource_sameShapeAsTf(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("main.tf.json"), RESOURCE);

        Node tree = documents(collect(root), DocumentKind.TERRAFORM).get(0).root();

        assertThat(valueAt(tree, "resources", 0, "type")).isEqualTo("aws_vpc_endpoint");
        assertThat(valueAt(tree, "resources", 0, "name")).isEqualTo("s3");
        assertThat(valueAt(tree, "resources", 0, "body", "vpc_id")).isEqualTo("${var.vpc_id}");
        assertThat(at(tree, "resources", 0, "body", "auto_accept").position().line()).isEqualTo(7);
        assertThat(((MapNode) at(tree, "resources", 0, "body")).has("//")).isFalse();
        assertThat(valueAt(tree, "locals", "prefix")).isEqualTo("vpce");
    }

    @Test
    void localModuleSource_resolvedPath() throws IOException {
        CollectionResult result = collect(EDGE_CASES.resolve("tf-symlinked-shared-vars"));

        Document prod = documents(result, DocumentKind.TERRAFORM).stream()
                .filter(d -> d.path().equals("envs/prod/main.tf")).findFirst().orElseThrow();
        assertThat(valueAt(prod.root(), "modules", 0, "body", "_sourcePath"))
                .isEqualTo("modules/network");
    }

    @Test
    void tfvars_attributesRead(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("prod.tfvars"), "region = \"eu-west-1\"\nzones = [\"a\", \"b\"]\n");

        Node tree = documents(collect(root), DocumentKind.TERRAFORM).get(0).root();

        assertThat(valueAt(tree, "attributes", "zones")).isEqualTo(List.of("a", "b"));
        assertThat(at(tree, "attributes", "zones").position().line()).isEqualTo(2);
    }

    @Test
    void brokenTfJson_diagnosticWithLine(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("bad.tf.json"), "{\n  \"resource\": {\n    \"a\": \n}\n");
        Files.writeString(root.resolve("good.tf"), "locals {\n  a = 1\n}\n");

        CollectionResult result = collect(root);

        assertThat(documents(result, DocumentKind.TERRAFORM)).extracting(Document::path)
                .containsExactly("good.tf");
        Diagnostic diagnostic = result.diagnostics().get(0);
        assertThat(diagnostic.path()).isEqualTo("bad.tf.json");
        assertThat(diagnostic.position().line()).isEqualTo(4);
    }
}
