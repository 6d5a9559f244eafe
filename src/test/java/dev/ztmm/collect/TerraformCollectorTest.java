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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerraformCollectorTest {

    @Test
    void bomAndCrlf_resourceAtItsLine() throws IOException {
        CollectionResult result = collect(EDGE_CASES.resolve("encoding-bom-crlf-latin1"));

        Document terraform = documents(result, DocumentKind.TERRAFORM).get(0);
        ListNode resources = (ListNode) ((MapNode) terraform.root()).get("resources");
        MapNode acl = resources.items().stream().map(MapNode.class::cast)
                .filter(r -> r.get("type").toValue().equals("aws_s3_bucket_acl")).findFirst().orElseThrow();
        MapNode body = (MapNode) acl.get("body");
        assertThat(body.get("acl").toValue()).isEqualTo("public-read");
        assertThat(body.get("acl").position().line()).isEqualTo(7);
    }

    @Test
    void referenceValue_markedUnknown(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("sg.tf"), "resource \"aws_security_group\" \"a\" {\n"
                + "  ingress {\n    cidr_blocks = [var.allow_from]\n    from_port = 22\n  }\n}\n");

        Document terraform = documents(collect(root), DocumentKind.TERRAFORM).get(0);

        MapNode body = (MapNode) ((MapNode) ((ListNode) ((MapNode) terraform.root()).get("resources")).items().get(0)).get("body");
        MapNode ingress = (MapNode) ((ListNode) body.get("ingress")).items().get(0);
        assertThat(((ListNode) ingress.get("cidr_blocks")).items().get(0).toValue()).isEqualTo("${var.allow_from}");
        assertThat(ingress.get("from_port").toValue()).isEqualTo(22L);
        assertThat(ingress.get("from_port").position()).isEqualTo(Position.of(4, 17));
    }

    @Test
    void invalidTerraform_diagnosticWithLine(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("bad.tf"), "resource \"a\" \"b\" {\n  x = \n}\n");

        CollectionResult result = collect(root);

        assertThat(documents(result, DocumentKind.TERRAFORM)).isEmpty();
        assertThat(result.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.category()).isEqualTo(Diagnostic.Category.PARSE_ERROR))
                .satisfies(d -> assertThat(d.message()).startsWith("Invalid Terraform"))
                .satisfies(d -> assertThat(d.position().line()).isBetween(2, 3));
    }

    @Test
    void symlinkCheckedOutAsText_reported() throws IOException {
        CollectionResult result = collect(EDGE_CASES.resolve("tf-symlinked-shared-vars"));

        assertThat(result.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.path()).isEqualTo("envs/prod/variables.tf"))
                .satisfies(d -> assertThat(d.message()).contains("symbolic link"));
        assertThat(documents(result, DocumentKind.TERRAFORM)).extracting(Document::path)
                .containsExactly("envs/prod/main.tf", "modules/network/main.tf", "shared/variables.tf");
    }
}
