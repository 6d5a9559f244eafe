package dev.ztmm.collect;

import static dev.ztmm.collect.CollectorFixtures.EDGE_CASES;
import static dev.ztmm.collect.CollectorFixtures.collect;
import static dev.ztmm.collect.CollectorFixtures.documents;
import static dev.ztmm.collect.Nodes.at;
import static dev.ztmm.collect.Nodes.keysAt;
import static dev.ztmm.collect.Nodes.lineAt;
import static dev.ztmm.collect.Nodes.valueAt;
import static dev.ztmm.collect.Nodes.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ztmm.model.Diagnostic;
import dev.ztmm.model.DocumentKind;
import dev.ztmm.model.Node;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitlabCiCollectorTest {

    @Test
    void referenceTag_resolvedToDefinition() throws IOException {
        Node root = pipeline(collect(EDGE_CASES.resolve("gitlab-reference-tag")));

        assertThat(valueAt(root, "jobs", "build", "image")).isEqualTo("registry.example.com/base/tools:1.4.2");
        assertThat(lineAt(root, "jobs", "build", "image")).isEqualTo(4);
        assertThat(valueAt(root, "jobs", "build", "variables", "TLS_DIR")).isEqualTo("/certs");
    }

    @Test
    void referenceInBeforeScript_flattenedInOrder() throws IOException {
        Node root = pipeline(collect(EDGE_CASES.resolve("gitlab-reference-tag")));

        assertThat(valueAt(root, "jobs", "build", "before_script")).isEqualTo(List.of(
                "echo \"preparing\"", "curl -sSL https://get.example.com/install.sh | sh", "echo \"job specific\""));
        assertThat(lineAt(root, "jobs", "build", "before_script", 1)).isEqualTo(7);
        assertThat(lineAt(root, "jobs", "build", "before_script", 2)).isEqualTo(18);
    }

    @Test
    void missingReference_unknownValueAndDiagnostic() throws IOException {
        CollectionResult result = collect(EDGE_CASES.resolve("gitlab-reference-tag"));

        Node root = pipeline(result);
        assertThat(valueAt(root, "jobs", "deploy", "script", 0)).isEqualTo("${!reference [.from-included-file, script]}");
        assertThat(valueAt(root, "jobs", "deploy", "script", 1)).isEqualTo("./deploy.sh");
        assertThat(result.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.category()).isEqualTo(Diagnostic.Category.UNRESOLVED))
                .satisfies(d -> assertThat(d.position().line()).isEqualTo(27));
    }

    @Test
    void hiddenEntries_templatesNotJobs() throws IOException {
        Node root = pipeline(collect(EDGE_CASES.resolve("gitlab-reference-tag")));

        assertThat(keysAt(root, "jobs")).containsExactly("build", "deploy");
        assertThat(keysAt(root, "templates")).containsExactly(".setup", ".hardening");
    }

    @Test
    void nestedAliasesInScript_flattenedToThreeCommands() throws IOException {
        Node root = pipeline(collect(EDGE_CASES.resolve("gitlab-anchors-nested-script")));

        assertThat((List<?>) valueAt(root, "jobs", "deploy", "script")).hasSize(3);
        assertThat(valueAt(root, "jobs", "deploy", "script", 1)).isEqualTo("curl -k https://artifacts.example.com/tool.sh | sh");
        assertThat(lineAt(root, "jobs", "deploy", "script", 1)).isEqualTo(6);
        assertThat(valueAt(root, "jobs", "deploy", "script", 2)).isEqualTo("./deploy.sh");
    }

    @Test
    void mergeKey_shallowLocalVariablesWin() throws IOException {
        Node root = pipeline(collect(EDGE_CASES.resolve("gitlab-anchors-nested-script")));

        assertThat(valueAt(root, "jobs", "deploy", "image")).isEqualTo("docker:27.1");
        assertThat(valueAt(root, "jobs", "deploy", "tags")).isEqualTo(List.of("shared"));
        assertThat(valueAt(root, "jobs", "deploy", "variables")).isEqualTo(Map.of("DEPLOY_ENV", "production"));
    }

    @Test
    void localIncludes_allFormsMergedWithFileLines(@TempDir Path repo) throws IOException {
        write(repo, ".gitlab-ci.yml", "include:\n  - 'ci/a.yml'\n  - local: /ci/b.yml\n"
                + "  - remote: https://example.com/x.yml\n  - project: group/p\n    file: [t1.yml, t2.yml]\n"
                + "  - template: Security/SAST.gitlab-ci.yml\nown:\n  script: [make]\n");
        write(repo, "ci/a.yml", "job-a:\n  image: alpine:3\n  script: [a]\n");
        write(repo, "ci/b.yml", "include: ci/c.yml\njob-b:\n  script: [b]\n");
        write(repo, "ci/c.yml", "\n\njob-c:\n  script: [c]\n");

        CollectionResult result = collect(repo);

        Node root = pipeline(result);
        assertThat(keysAt(root, "jobs")).containsExactly("job-a", "job-c", "job-b", "own");
        assertThat(at(root, "jobs", "job-c", "script", 0).position()).isEqualTo(dev.ztmm.model.Position.of(4, 12, "ci/c.yml"));
        assertThat(((List<?>) valueAt(root, "include")).stream().map(i -> (Object) ((Map<?, ?>) i).get("type")).toList())
                .containsExactly("local", "local", "local", "remote", "project", "project", "template");
        assertThat(valueAt(root, "include", 2, "from")).isEqualTo("ci/b.yml");
        assertThat(valueAt(root, "include", 3, "followed")).isEqualTo(false);
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void includeGlob_readsEveryMatchingFile(@TempDir Path repo) throws IOException {
        write(repo, ".gitlab-ci.yml", "include:\n  - local: '.gitlab/ci/*.yml'\n");
        write(repo, ".gitlab/ci/one.yml", "one:\n  script: [a]\n");
        write(repo, ".gitlab/ci/two.yml", "two:\n  script: [b]\n");

        Node root = pipeline(collect(repo));

        assertThat(keysAt(root, "jobs")).containsExactly("one", "two");
    }

    @Test
    void includedFileOverridden_byIncludingFile(@TempDir Path repo) throws IOException {
        write(repo, ".gitlab-ci.yml", "include: base.yml\nvariables:\n  MODE: strict\n");
        write(repo, "base.yml", "variables:\n  MODE: loose\n  OTHER: kept\n");

        Node root = pipeline(collect(repo));

        assertThat(valueAt(root, "variables")).isEqualTo(Map.of("MODE", "strict", "OTHER", "kept"));
    }

    @Test
    void missingAndLoopingIncludes_reportedNotFatal(@TempDir Path repo) throws IOException {
        write(repo, ".gitlab-ci.yml", "include: [gone.yml, loop.yml]\nbuild:\n  script: [make]\n");
        write(repo, "loop.yml", "include: loop.yml\nlooped:\n  script: [x]\n");

        CollectionResult result = collect(repo);

        assertThat(keysAt(pipeline(result), "jobs")).containsExactly("looped", "build");
        assertThat(result.diagnostics()).extracting(Diagnostic::path).containsExactly(".gitlab-ci.yml", "loop.yml");
        assertThat(result.diagnostics()).extracting(Diagnostic::category).containsOnly(Diagnostic.Category.UNRESOLVED);
    }

    @Test
    void extends_deepMergedInOrderJobWins(@TempDir Path repo) throws IOException {
        write(repo, ".gitlab-ci.yml", ".base:\n  image: ruby:3\n  variables: {A: '1', B: '1'}\n"
                + ".more:\n  extends: .base\n  variables: {B: '2'}\n  tags: [docker]\n"
                + "test:\n  extends: [.more]\n  variables: {C: '3'}\n  script: [rake]\n");

        Node root = pipeline(collect(repo));

        assertThat(valueAt(root, "jobs", "test", "variables")).isEqualTo(Map.of("A", "1", "B", "2", "C", "3"));
        assertThat(valueAt(root, "jobs", "test", "image")).isEqualTo("ruby:3");
        assertThat(lineAt(root, "jobs", "test", "image")).isEqualTo(2);
        assertThat(valueAt(root, "jobs", "test", "tags")).isEqualTo(List.of("docker"));
    }

    @Test
    void extendsLoopAndUnknownName_reported(@TempDir Path repo) throws IOException {
        write(repo, ".gitlab-ci.yml", ".a:\n  extends: .b\n.b:\n  extends: .a\n"
                + "job:\n  extends: [.a, .missing]\n  script: [x]\n");

        CollectionResult result = collect(repo);

        assertThat(valueAt(pipeline(result), "jobs", "job", "script")).isEqualTo(List.of("x"));
        assertThat(result.diagnostics()).extracting(d -> d.position().line()).contains(6);
        assertThat(result.diagnostics()).extracting(Diagnostic::category).containsOnly(Diagnostic.Category.UNRESOLVED);
    }

    @Test
    void defaults_inheritedUnlessDisabled(@TempDir Path repo) throws IOException {
        write(repo, ".gitlab-ci.yml", "default:\n  image: node:20\n  id_tokens:\n    VAULT_ID_TOKEN: {aud: https://vault}\n"
                + "a:\n  script: [x]\nb:\n  inherit: {default: false}\n  script: [y]\n"
                + "c:\n  inherit: {default: [image]}\n  script: [z]\n");

        Node root = pipeline(collect(repo));

        assertThat(lineAt(root, "jobs", "a", "image")).isEqualTo(2);
        assertThat(valueAt(root, "jobs", "a", "id_tokens", "VAULT_ID_TOKEN", "aud")).isEqualTo("https://vault");
        assertThat(keysAt(root, "jobs", "b")).doesNotContain("image");
        assertThat(keysAt(root, "jobs", "c")).contains("image").doesNotContain("id_tokens");
    }

    @Test
    void specHeader_configReadFromSecondDocument(@TempDir Path repo) throws IOException {
        write(repo, ".gitlab-ci.yml", "spec:\n  inputs:\n    stage: {default: test}\n---\n"
                + "lint:\n  stage: $[[ inputs.stage ]]\n  script: [lint]\n");

        Node root = pipeline(collect(repo));

        assertThat(valueAt(root, "jobs", "lint", "stage")).isEqualTo("$[[ inputs.stage ]]");
    }

    @Test
    void brokenPipeline_diagnosticWithLineOthersRead(@TempDir Path repo) throws IOException {
        write(repo, ".gitlab-ci.yml", "build:\n  script: [make\n");
        write(repo, "sub/.gitlab-ci.yml", "test:\n  script: [make test]\n");

        CollectionResult result = collect(repo);

        assertThat(documents(result, DocumentKind.GITLAB_CI)).extracting(d -> d.path())
                .containsExactly("sub/.gitlab-ci.yml");
        assertThat(result.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.path()).isEqualTo(".gitlab-ci.yml"))
                .satisfies(d -> assertThat(d.category()).isEqualTo(Diagnostic.Category.PARSE_ERROR))
                .satisfies(d -> assertThat(d.position().line()).isGreaterThan(1));
    }

    @Test
    void includedFragment_parsedButNoSecondDocument(@TempDir Path repo) throws IOException {
        write(repo, ".gitlab-ci.yml", "include: .gitlab/ci/build.gitlab-ci.yml\n");
        write(repo, ".gitlab/ci/build.gitlab-ci.yml", "build:\n  script: [make]\n");

        CollectionResult result = collect(repo);

        assertThat(documents(result, DocumentKind.GITLAB_CI)).hasSize(1);
        assertThat(documents(result, DocumentKind.KUBERNETES)).isEmpty();
        assertThat(result.files()).extracting(FileRecord::collector).containsOnly("gitlab-ci");
    }

    private static Node pipeline(CollectionResult result) {
        return documents(result, DocumentKind.GITLAB_CI).get(0).root();
    }
}
