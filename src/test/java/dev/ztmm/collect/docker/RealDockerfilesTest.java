package dev.ztmm.collect.docker;

import static dev.ztmm.collect.docker.Trees.position;
import static dev.ztmm.collect.docker.Trees.size;
import static dev.ztmm.collect.docker.Trees.value;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ztmm.model.MapNode;
import dev.ztmm.model.Position;
import org.junit.jupiter.api.Test;

/** Facts read from unmodified Dockerfiles of public projects, listed in docker/real/README.md. */
class RealDockerfilesTest {

    private static MapNode parse(String name) throws Exception {
        return Trees.parseResource("real/" + name);
    }

    @Test
    void cartservice_runsAsUser1000() throws Exception {
        MapNode tree = parse("cartservice.Dockerfile");

        assertThat(size(tree, "stages")).isEqualTo(2);
        assertThat(value(tree, "user")).isEqualTo("1000");
        assertThat(position(tree, "user")).isEqualTo(Position.of(43, 6));
        assertThat(value(tree, "stages.1.image.pinned")).isEqualTo(true);
        assertThat(value(tree, "stages.0.platform")).isEqualTo("linux/amd64");
    }

    @Test
    void cartservice_continuedRunEndsAtLine33() throws Exception {
        MapNode tree = parse("cartservice.Dockerfile");

        assertThat(position(tree, "stages.0.instructions.6")).isEqualTo(Position.of(26, 1));
        assertThat(value(tree, "stages.0.instructions.6.endLine")).isEqualTo(33L);
        assertThat(size(tree, "stages.0.instructions.6.lines")).isEqualTo(8);
    }

    @Test
    void loadgenerator_finalStageExtendsBase() throws Exception {
        MapNode tree = parse("loadgenerator.Dockerfile");

        assertThat(size(tree, "stages")).isEqualTo(3);
        assertThat(value(tree, "stages.2.fromStage")).isEqualTo(true);
        assertThat(value(tree, "stages.2.name")).isNull();
        assertThat(value(tree, "user")).isNull();
        assertThat(value(tree, "stages.0.image.digest"))
                .isEqualTo(
                        "sha256:26730869004e2b9c4b9ad09cab8625e81d256d1ce97e72df5520e806b1709f92");
    }

    @Test
    void loadgenerator_shellEntrypointOnLine52() throws Exception {
        MapNode tree = parse("loadgenerator.Dockerfile");
        int last = size(tree, "instructions") - 1;

        assertThat(value(tree, "instructions." + last + ".instruction")).isEqualTo("ENTRYPOINT");
        assertThat(value(tree, "instructions." + last + ".form")).isEqualTo("shell");
        assertThat(position(tree, "instructions." + last)).isEqualTo(Position.of(52, 1));
    }

    @Test
    void scorecard_stagesHavePinnedBases() throws Exception {
        MapNode tree = parse("scorecard.Dockerfile");

        assertThat(size(tree, "stages")).isEqualTo(3);
        assertThat(value(tree, "stages.0.image.pinned")).isEqualTo(true);
        assertThat(value(tree, "stages.1.fromStage")).isEqualTo(true);
        assertThat(value(tree, "stages.2.image.name")).isEqualTo("cgr.dev/chainguard/static");
        assertThat(value(tree, "stages.2.image.pinned")).isEqualTo(true);
        assertThat(value(tree, "user")).isNull();
    }

    @Test
    void scorecard_copyFromBuildStage() throws Exception {
        MapNode tree = parse("scorecard.Dockerfile");

        assertThat(value(tree, "stages.2.instructions.1.flags.from")).isEqualTo("build");
        assertThat(value(tree, "stages.2.instructions.2.exec.0")).isEqualTo("/scorecard");
        assertThat(position(tree, "stages.2.instructions.1")).isEqualTo(Position.of(28, 1));
    }

    @Test
    void runnerHelper_baseImageIsUnknown() throws Exception {
        MapNode tree = parse("runner-helper.Dockerfile");

        assertThat(value(tree, "args.BASE_IMAGE")).isNull();
        assertThat(value(tree, "stages.0.from")).isEqualTo("${BASE_IMAGE}");
        assertThat(value(tree, "stages.0.image.pinned")).isEqualTo(false);
        assertThat(value(tree, "stages.0.fromStage")).isEqualTo(false);
    }

    @Test
    void alpineIdOverflow_runsAsNonRoot() throws Exception {
        MapNode tree = parse("alpine-id-overflow.Dockerfile");

        assertThat(value(tree, "user")).isEqualTo("1000:1000");
        assertThat(value(tree, "instructions.1.endLine")).isEqualTo(5L);
        assertThat(value(tree, "instructions.3.exec.1")).isEqualTo("-c");
    }
}
