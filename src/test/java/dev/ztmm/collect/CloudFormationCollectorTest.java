package dev.ztmm.collect;

import static dev.ztmm.collect.CollectorFixtures.collect;
import static dev.ztmm.collect.CollectorFixtures.documents;
import static dev.ztmm.collect.TreePaths.at;
import static dev.ztmm.collect.TreePaths.valueAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ztmm.model.Diagnostic;
import dev.ztmm.model.Document;
import dev.ztmm.model.DocumentKind;
import dev.ztmm.model.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudFormationCollectorTest {

    static final Path REAL = Path.of("src/test/resources/iac/real");

    private static Node template(Path root, String name) throws IOException {
        Files.copy(REAL.resolve(name), root.resolve(name));
        return documents(collect(root), DocumentKind.CLOUDFORMATION).get(0).root();
    }

    @Test
    void shortFormRef_readAsLongForm(@TempDir Path root) throws IOException {
        Node template = template(root, "s3-bucket-and-policy-for-caa-v1.yaml");

        Node bucketName = at(template, "Resources", "Bucket", "Properties", "BucketName");
        assertThat(bucketName.toValue()).isEqualTo(Map.of("Ref", "BucketName"));
        assertThat(bucketName.position().line()).isEqualTo(26);
    }

    @Test
    void shortFormSub_readAsFnSub(@TempDir Path root) throws IOException {
        Node template = template(root, "s3-bucket-and-policy-for-caa-v1.yaml");

        Object resource = valueAt(template, "Resources", "BucketPolicy", "Properties",
                "PolicyDocument", "Statement", 0, "Resource");
        assertThat(resource).isEqualTo(Map.of("Fn::Sub", "arn:${AWS::Partition}:s3:::${Bucket}"));
    }

    @Test
    void yamlAndJsonTemplates_sameTree(@TempDir Path root) throws IOException {
        Node yaml = template(root, "s3-bucket-and-policy-for-caa-v1.yaml");
        Node json = template(root, "s3-bucket-and-policy-for-caa-v1.json");

        assertThat(valueAt(json, "Resources")).isEqualTo(valueAt(yaml, "Resources"));
    }

    @Test
    void jsonTemplate_valuesAtTheirLines(@TempDir Path root) throws IOException {
        Node template = template(root, "s3-bucket-and-policy-for-caa-v1.json");

        Node action = at(template, "Resources", "BucketPolicy", "Properties", "PolicyDocument",
                "Statement", 0, "Action");
        assertThat(action.toValue()).isEqualTo("s3:ListBucket");
        assertThat(action.position().line()).isEqualTo(64);
    }

    @Test
    void getAttShortForm_splitAtFirstDot(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("t.yaml"), "Resources:\n  Key:\n    Type: AWS::KMS::Key\n"
                + "  Alias:\n    Type: AWS::KMS::Alias\n    Properties:\n"
                + "      TargetKeyId: !GetAtt Key.Arn.Deep\n"
                + "      AliasName: !Join ['', [alias/, !Select [0, !Split ['-', !Ref Name]]]]\n");

        Node template = documents(collect(root), DocumentKind.CLOUDFORMATION).get(0).root();

        assertThat(valueAt(template, "Resources", "Alias", "Properties", "TargetKeyId"))
                .isEqualTo(Map.of("Fn::GetAtt", List.of("Key", "Arn.Deep")));
        assertThat(valueAt(template, "Resources", "Alias", "Properties", "AliasName", "Fn::Join", 1,
                1, "Fn::Select", 1, "Fn::Split", 1)).isEqualTo(Map.of("Ref", "Name"));
    }

    @Test
    void kubernetesYamlWithResourcesWord_notTemplate(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("pod.yaml"), "apiVersion: v1\nkind: Pod\nmetadata:\n"
                + "  name: a\nspec:\n  containers:\n    - name: a\n      resources: {}\n");

        CollectionResult result = collect(root);

        assertThat(documents(result, DocumentKind.CLOUDFORMATION)).isEmpty();
        assertThat(documents(result, DocumentKind.KUBERNETES)).hasSize(1);
    }

    @Test
    void brokenTemplate_diagnosticAndScanGoesOn(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("bad.json"),
                "{\n  \"AWSTemplateFormatVersion\": \"2010-09-09\",\n  \"Resources\": {\n}\n");
        Files.writeString(root.resolve("good.yaml"),
                "AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n");

        CollectionResult result = collect(root);

        assertThat(documents(result, DocumentKind.CLOUDFORMATION)).extracting(Document::path)
                .containsExactly("good.yaml");
        Diagnostic diagnostic = result.diagnostics().get(0);
        assertThat(diagnostic.path()).isEqualTo("bad.json");
        assertThat(diagnostic.category()).isEqualTo(Diagnostic.Category.PARSE_ERROR);
        assertThat(diagnostic.position().line()).isEqualTo(5);
    }
}
