package dev.ztmm.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ztmm.model.Pillar;
import dev.ztmm.model.RulePack;
import dev.ztmm.model.Stage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackLoaderTest {

    private static final String VALID_RULE = """
              - id: identity.sample-rule
                pillar: identity
                stage: 2
                title: Sample control is in place
                why: Because.
                fix: Do it.
                kinds: [github-workflow]
                condition: has(doc.permissions)
                references:
                  nist-800-53: [AC-6]
            """;

    private static RulePack parse(String yaml) throws InvalidPackException {
        return new PackLoader().parse("team.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static List<PackProblem> problems(String yaml) {
        try {
            parse(yaml);
        } catch (InvalidPackException e) {
            return e.problems();
        }
        throw new AssertionError("pack was accepted");
    }

    @Test
    void validPack_loaded() throws InvalidPackException {
        RulePack pack = parse("pack: team\nversion: 1.0.0\nrules:\n" + VALID_RULE);

        assertThat(pack.id()).isEqualTo("team");
        assertThat(pack.rules()).singleElement()
                .satisfies(rule -> assertThat(rule.pillar()).isEqualTo(Pillar.IDENTITY))
                .satisfies(rule -> assertThat(rule.stage()).isEqualTo(Stage.OPPORTUNISTIC))
                .satisfies(rule -> assertThat(rule.source().line()).isEqualTo(4));
    }

    @Test
    void misspeltField_namedWithLineAndSuggestion() {
        List<PackProblem> problems = problems("pack: team\nversion: 1\nrules:\n"
                + VALID_RULE.replace("    condition:", "    conditon:"));

        assertThat(problems).extracting(PackProblem::toString).containsExactly(
                "team.yaml:11: Unknown field 'conditon' in a rule. Did you mean 'condition'?",
                "team.yaml:4: Rule 'identity.sample-rule' is missing the required field 'condition'.");
    }

    @Test
    void everyProblem_reportedInOnePass() {
        String broken = VALID_RULE.replace("pillar: identity", "pillar: identiy")
                .replace("stage: 2", "stage: 7")
                .replace("[github-workflow]", "[github-workflows]");

        List<PackProblem> problems = problems("pack: team\nversion: 1\nrules:\n" + broken);

        assertThat(problems).hasSize(3);
        assertThat(problems.get(0).message()).contains("Unknown pillar 'identiy'", "Did you mean 'identity'?");
        assertThat(problems.get(1).message()).contains("Stage '7' is invalid");
        assertThat(problems.get(2).message()).contains("Unknown document kind 'github-workflows'");
        assertThat(problems).extracting(PackProblem::line).containsExactly(5, 6, 10);
    }

    @Test
    void yamlSyntaxError_namesFileAndLine() {
        List<PackProblem> problems = problems("pack: team\nversion: 1\nrules:\n  - id: [unclosed\n");

        assertThat(problems).singleElement()
                .satisfies(p -> assertThat(p.file()).isEqualTo("team.yaml"))
                .satisfies(p -> assertThat(p.line()).isGreaterThanOrEqualTo(4))
                .satisfies(p -> assertThat(p.message()).startsWith("Invalid YAML"));
    }

    @Test
    void idWithoutPillarPrefix_rejected() {
        List<PackProblem> problems = problems("pack: team\nversion: 1\nrules:\n"
                + VALID_RULE.replace("identity.sample-rule", "data.sample-rule"));

        assertThat(problems).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("must start with its pillar 'identity.'"));
    }

    @Test
    void duplicateIdAcrossPacks_rejected(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("a.yaml"), "pack: a\nversion: 1\nrules:\n" + VALID_RULE);
        Files.writeString(folder.resolve("b.yaml"), "pack: b\nversion: 1\nrules:\n" + VALID_RULE);

        assertThatThrownBy(() -> new PackLoader().load(List.of(folder)))
                .isInstanceOf(InvalidPackException.class)
                .hasMessageContaining("b.yaml:4: Rule id 'identity.sample-rule' is already defined at")
                .hasMessageContaining("a.yaml:4");
    }

    @Test
    void missingPackPath_rejected() {
        assertThatThrownBy(() -> new PackLoader().load(List.of(Path.of("no/such/pack.yaml"))))
                .isInstanceOf(InvalidPackException.class)
                .hasMessageContaining("no/such/pack.yaml: Rule pack not found");
    }

    @Test
    void builtInPacks_loadAndCompile() throws Exception {
        List<RulePack> packs = new PackLoader().load(List.of());

        assertThat(packs).extracting(RulePack::id).containsExactlyElementsOf(PackLoader.BUILT_IN);
        new dev.ztmm.engine.RuleCompiler().check(packs.stream().flatMap(p -> p.rules().stream()).toList());
    }
}
