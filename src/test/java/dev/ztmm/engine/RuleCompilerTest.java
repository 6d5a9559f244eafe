package dev.ztmm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ztmm.pack.InvalidPackException;
import dev.ztmm.pack.PackLoader;
import dev.ztmm.pack.PackProblem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleCompilerTest {

    private static List<PackProblem> compileProblems(String condition) throws InvalidPackException {
        String yaml = "pack: team\nversion: 1\nrules:\n"
                + "  - id: identity.sample-rule\n    pillar: identity\n    stage: 2\n    title: Sample\n"
                + "    why: w\n    fix: f\n    kinds: [github-workflow]\n"
                + "    condition: " + condition + "\n"
                + "    references: {nist-800-53: [AC-6]}\n";
        var pack = new PackLoader().parse("team.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        try {
            new RuleCompiler().check(pack.rules());
            return List.of();
        } catch (InvalidPackException e) {
            return e.problems();
        }
    }

    @Test
    void invalidCel_namesPackLineAndColumn() throws InvalidPackException {
        List<PackProblem> problems = compileProblems("has(doc.permissions) &&");

        assertThat(problems).singleElement()
                .satisfies(p -> assertThat(p.file()).isEqualTo("team.yaml"))
                .satisfies(p -> assertThat(p.line()).isEqualTo(11))
                .satisfies(p -> assertThat(p.message()).contains("identity.sample-rule", "invalid CEL", "column"));
    }

    @Test
    void blockScalarCondition_errorOnItsOwnLine() throws InvalidPackException {
        List<PackProblem> problems = compileProblems("|\n      has(doc.a) &&\n      nosuchfunction(doc)");

        assertThat(problems).singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(13))
                .satisfies(p -> assertThat(p.message()).contains("nosuchfunction"));
    }

    @Test
    void validCondition_noProblem() throws InvalidPackException {
        assertThat(compileProblems("triggers(doc.on).exists(t, t == 'push') && pinnedImage('a@sha256:'"
                + " + 'a'.repeat(1))")).isNotEmpty();
        assertThat(compileProblems("triggers(doc.on).exists(t, t == 'push')")).isEmpty();
    }
}
