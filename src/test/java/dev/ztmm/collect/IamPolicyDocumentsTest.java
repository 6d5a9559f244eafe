package dev.ztmm.collect;

import static dev.ztmm.collect.CollectorFixtures.EDGE_CASES;
import static dev.ztmm.collect.CollectorFixtures.collect;
import static dev.ztmm.collect.CollectorFixtures.documents;
import static dev.ztmm.collect.TreePaths.at;
import static dev.ztmm.collect.TreePaths.valueAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ztmm.model.Document;
import dev.ztmm.model.DocumentKind;
import dev.ztmm.model.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IamPolicyDocumentsTest {

    private static List<Document> policies;

    @BeforeAll
    static void collectPolicyForms() throws IOException {
        policies = documents(collect(EDGE_CASES.resolve("tf-iam-policy-forms")),
                DocumentKind.IAM_POLICY);
    }

    private static Node policy(String address) {
        return policies.stream()
                .filter(d -> address.equals(valueAt(d.root(), "source", "address")))
                .findFirst().orElseThrow().root();
    }

    @Test
    void everyForm_onePolicyEach() {
        assertThat(policies).extracting(d -> valueAt(d.root(), "source", "form")).containsExactly(
                "data-source", "jsonencode", "heredoc", "file", "expression", "json");
    }

    @Test
    void dataSourceReference_statementAtDataBlock() {
        Node statement = at(policy("aws_s3_bucket_policy.assets"), "statements", 0);

        assertThat(statement.position().line()).isEqualTo(6);
        assertThat(valueAt(statement, "effect")).isEqualTo("Allow");
        assertThat(valueAt(statement, "actions")).isEqualTo(List.of("s3:GetObject"));
        assertThat(valueAt(statement, "principals")).isEqualTo(Map.of("AWS", List.of("*")));
        assertThat(at(statement, "principals").position().line()).isEqualTo(11);
    }

    @Test
    void jsonencodeScalars_becomeLists() {
        Node statement = at(policy("aws_iam_policy.admin_jsonencode"), "statements", 0);

        assertThat(valueAt(statement, "actions")).isEqualTo(List.of("*"));
        assertThat(valueAt(statement, "resources")).isEqualTo(List.of("*"));
        assertThat(at(statement, "actions").position().line()).isEqualTo(29);
    }

    @Test
    void heredocPolicy_linesOfTerraformFile() {
        Node policy = policy("aws_iam_role_policy.heredoc");

        assertThat(at(policy, "statements", 0).position().line()).isEqualTo(42);
        assertThat(valueAt(policy, "statements", 0, "actions")).isEqualTo(List.of("iam:PassRole"));
        assertThat(valueAt(policy, "version")).isEqualTo("2012-10-17");
    }

    @Test
    void fileCall_pointsToPolicyFile() {
        Node policy = policy("aws_iam_policy.from_file");

        assertThat(valueAt(policy, "definedIn")).isEqualTo("policies/ci-deployer.json");
        assertThat(valueAt(policy, "statements")).isEqualTo(List.of());
        assertThat(valueAt(policy, "unknown")).isEqualTo(false);
    }

    @Test
    void variablePolicy_markedUnknown() {
        Node policy = policy("aws_iam_policy.from_variable");

        assertThat(valueAt(policy, "unknown")).isEqualTo(true);
        assertThat((String) valueAt(policy, "reason")).contains("var.external_policy_json");
        assertThat(valueAt(policy, "statements")).isEqualTo(List.of());
    }

    @Test
    void policyFile_statementsAtTheirLines() {
        Document file = policies.get(policies.size() - 1);

        assertThat(file.path()).isEqualTo("policies/ci-deployer.json");
        assertThat(at(file.root(), "statements", 1).position().line()).isEqualTo(10);
        assertThat(valueAt(file.root(), "statements", 1, "notActions")).isEqualTo(List.of("iam:*"));
        assertThat(valueAt(file.root(), "statements", 1, "actions")).isEqualTo(List.of());
    }

    @Test
    void cloudFormationBucketPolicy_functionsUnknown(@TempDir Path root) throws IOException {
        Files.copy(CloudFormationCollectorTest.REAL.resolve("s3-bucket-and-policy-for-caa-v1.yaml"),
                root.resolve("template.yaml"));

        Node policy = documents(collect(root), DocumentKind.IAM_POLICY).get(0).root();

        assertThat(valueAt(policy, "source")).isEqualTo(Map.of("kind", "cloudformation",
                "address", "BucketPolicy", "type", "AWS::S3::BucketPolicy",
                "attribute", "Properties.PolicyDocument", "form", "yaml"));
        assertThat(valueAt(policy, "statements", 0, "principals", "AWS"))
                .isEqualTo(List.of("arn:${AWS::Partition}:iam::${PublisherAccountID}:root"));
        assertThat(valueAt(policy, "statements", 2, "conditions"))
                .isEqualTo(Map.of("Bool", Map.of("aws:SecureTransport", List.of(false))));
        assertThat(at(policy, "statements", 2).position().line()).isEqualTo(61);
    }

    @Test
    void trustPolicy_markedTrust(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("role.tf"), "resource \"aws_iam_role\" \"r\" {\n"
                + "  assume_role_policy = jsonencode({\n    Statement = [{\n"
                + "      Effect = \"Allow\", Action = \"sts:AssumeRole\"\n"
                + "      Principal = \"*\"\n    }]\n  })\n}\n");

        Node policy = documents(collect(root), DocumentKind.IAM_POLICY).get(0).root();

        assertThat(valueAt(policy, "trust")).isEqualTo(true);
        assertThat(valueAt(policy, "statements", 0, "principals")).isEqualTo(Map.of("*", true));
    }

    @Test
    void perimeterPolicyFile_conditionsAsLists(@TempDir Path root) throws IOException {
        Files.copy(CloudFormationCollectorTest.REAL.resolve("data_perimeter_governance_rcp.json"),
                root.resolve("rcp.json"));

        Node policy = documents(collect(root), DocumentKind.IAM_POLICY).get(0).root();

        assertThat(valueAt(policy, "statements", 0, "conditions", "Null"))
                .isEqualTo(Map.of("SAML:aud", List.of("true")));
        assertThat(valueAt(policy, "statements", 0, "effect")).isEqualTo("Deny");
        assertThat(at(policy, "statements", 0, "conditions").position().line()).isEqualTo(12);
    }

    @Test
    void brokenPolicyFile_diagnosticWithLine(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("p.json"), "{\n  \"Statement\": [\n    {\"Effect\": }\n  ]\n}\n");

        CollectionResult result = collect(root);

        assertThat(documents(result, DocumentKind.IAM_POLICY)).isEmpty();
        assertThat(result.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.path()).isEqualTo("p.json"))
                .satisfies(d -> assertThat(d.position().line()).isEqualTo(3));
    }
}
