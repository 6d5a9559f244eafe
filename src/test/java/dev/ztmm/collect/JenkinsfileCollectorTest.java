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
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JenkinsfileCollectorTest {

    private static CollectionResult result;

    @BeforeAll
    static void readFixtures() throws IOException {
        result = collect(Path.of("src/test/resources/ci/jenkins"));
    }

    @Test
    void declarativeAgent_dockerImageAtLine() {
        Node root = pipeline("Jenkinsfile");

        assertThat(valueAt(root, "type")).isEqualTo("declarative");
        assertThat(valueAt(root, "agent", "type")).isEqualTo("docker");
        assertThat(valueAt(root, "agent", "image")).isEqualTo("maven:3.9-eclipse-temurin-17");
        assertThat(lineAt(root, "agent")).isEqualTo(3);
    }

    @Test
    void environmentCredentials_idAndLine() {
        Node root = pipeline("Jenkinsfile");

        assertThat(valueAt(root, "environment", 1, "name")).isEqualTo("DEPLOY_TOKEN");
        assertThat(valueAt(root, "environment", 1, "credentials")).isEqualTo("deploy-token");
        assertThat(lineAt(root, "environment", 1)).isEqualTo(6);
        assertThat(valueAt(root, "environment", 0, "value")).isEqualTo("registry.example.com");
    }

    @Test
    void stages_namesLinesAndStageAgent() {
        Node root = pipeline("Jenkinsfile");

        assertThat(valueAt(root, "stages", 0, "name")).isEqualTo("Build");
        assertThat(lineAt(root, "stages", 1)).isEqualTo(20);
        assertThat(valueAt(root, "stages", 1, "agent", "label")).isEqualTo("deployer");
    }

    @Test
    void tripleQuotedScript_linesKeepTheirNumbers() {
        Node root = pipeline("Jenkinsfile");

        assertThat(valueAt(root, "commands", 1, "lines")).isEqualTo(
                List.of("echo \"building ${BUILD_ID}\"", "docker build -t ${REGISTRY}/app ."));
        assertThat(lineAt(root, "commands", 1, "lines", 1)).isEqualTo(16);
        assertThat(valueAt(root, "commands", 1, "interpolated")).isEqualTo(true);
    }

    @Test
    void namedScriptAndBat_readWithStage() {
        Node root = pipeline("Jenkinsfile");

        assertThat(valueAt(root, "commands", 2, "script"))
                .isEqualTo("echo \"$PASS\" | docker login -u \"$USER\" --password-stdin");
        assertThat(valueAt(root, "commands", 2, "stage")).isEqualTo("Deploy");
        assertThat(valueAt(root, "commands", 3, "step")).isEqualTo("bat");
        assertThat(valueAt(root, "commands", 3, "script")).isEqualTo("deploy.cmd 'quoted } brace'");
        assertThat(lineAt(root, "commands", 3)).isEqualTo(27);
    }

    @Test
    void withCredentials_bindingsAndUses() {
        Node root = pipeline("Jenkinsfile");

        assertThat(valueAt(root, "withCredentials", 0, "bindings", 0, "credentialsId")).isEqualTo("registry-login");
        assertThat(valueAt(root, "withCredentials", 0, "bindings", 0, "passwordVariable")).isEqualTo("PASS");
        assertThat(lineAt(root, "withCredentials", 0)).isEqualTo(23);
        assertThat(((List<?>) valueAt(root, "credentials")).stream().map(c -> (Object) ((Map<?, ?>) c).get("via")).toList())
                .isEqualTo(List.of("environment", "withCredentials"));
    }

    @Test
    void scriptedPipeline_nodeLabelAndDockerInside() {
        Node root = pipeline("scripted.jenkinsfile");

        assertThat(valueAt(root, "type")).isEqualTo("scripted");
        assertThat(valueAt(root, "agent", "label")).isEqualTo("linux && docker");
        assertThat(valueAt(root, "stages", 1, "agent", "image")).isEqualTo("node:20-alpine");
        assertThat(valueAt(root, "commands", 0, "stage")).isEqualTo("Test");
    }

    @Test
    void slashesInsideStrings_notComments() {
        Node root = pipeline("scripted.jenkinsfile");

        assertThat(valueAt(root, "commands", 1, "lines", 0))
                .isEqualTo("echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > .npmrc");
        assertThat(lineAt(root, "commands", 1, "lines", 0)).isEqualTo(13);
        assertThat(valueAt(root, "withCredentials", 0, "stage")).isEqualTo("Publish");
    }

    @Test
    void unbalancedBrace_diagnosticNamesFileAndLine() {
        assertThat(result.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.path()).isEqualTo("Jenkinsfile.broken"))
                .satisfies(d -> assertThat(d.category()).isEqualTo(Diagnostic.Category.PARSE_ERROR))
                .satisfies(d -> assertThat(d.position().line()).isEqualTo(11));
        assertThat(documents(result, DocumentKind.JENKINSFILE)).hasSize(2);
    }

    private static Node pipeline(String path) {
        return documents(result, DocumentKind.JENKINSFILE).stream()
                .filter(d -> d.path().equals(path)).map(Document::root).findFirst().orElseThrow();
    }
}
