package dev.ztmm.collect.docker;

import static dev.ztmm.collect.docker.Trees.at;
import static dev.ztmm.collect.docker.Trees.position;
import static dev.ztmm.collect.docker.Trees.size;
import static dev.ztmm.collect.docker.Trees.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ztmm.model.MapNode;
import dev.ztmm.model.Position;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StageTest {

    private static final String DIGEST =
            "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private static MapNode root;

    @BeforeAll
    static void parseFixture() throws Exception {
        root = Trees.parseResource("multistage.Dockerfile");
    }

    @Test
    void argsBeforeFrom_keepDefaults() {
        Map<String, Object> expected = new HashMap<>();
        expected.put("GO_VERSION", "1.22");
        expected.put("REGISTRY", null);
        expected.put("BASE", "${REGISTRY:-docker.io}/library/alpine:3.20");

        assertThat(value(root, "args")).isEqualTo(expected);
        assertThat(position(root, "args.GO_VERSION")).isEqualTo(Position.of(1, 16));
    }

    @Test
    void stages_areCountedAndNamed() {
        assertThat(size(root, "stages")).isEqualTo(5);
        assertThat(value(root, "stages.0.name")).isEqualTo("build");
        assertThat(value(root, "stages.1.name")).isEqualTo("debug");
        assertThat(value(root, "stages.4.index")).isEqualTo(4L);
        assertThat(position(root, "stages.1")).isEqualTo(Position.of(13, 1));
    }

    @Test
    void pinnedImage_splitsNameTagDigest() {
        assertThat(value(root, "stages.0.image.name")).isEqualTo("golang");
        assertThat(value(root, "stages.0.image.tag")).isEqualTo("1.22");
        assertThat(value(root, "stages.0.image.digest")).isEqualTo(DIGEST);
        assertThat(value(root, "stages.0.image.pinned")).isEqualTo(true);
        assertThat(position(root, "stages.0.image")).isEqualTo(Position.of(5, 32));
    }

    @Test
    void unknownPlatformArg_staysUnknown() {
        assertThat(value(root, "stages.0.platform")).isEqualTo("${BUILDPLATFORM}");
        assertThat(value(root, "stages.4.platform")).isNull();
    }

    @Test
    void fromEarlierStage_ignoresCase() {
        assertThat(value(root, "stages.1.from")).isEqualTo("Build");
        assertThat(value(root, "stages.1.fromStage")).isEqualTo(true);
        assertThat(value(root, "stages.1.image")).isNull();
    }

    @Test
    void stageUser_isItsOwnLastUser() {
        assertThat(value(root, "stages.0.user")).isEqualTo("builder");
        assertThat(value(root, "stages.1.user")).isNull();
    }

    @Test
    void knownArg_isSubstitutedInFrom() {
        assertThat(value(root, "stages.2.from")).isEqualTo("golang:1.22");
        assertThat(value(root, "stages.2.image.pinned")).isEqualTo(false);
    }

    @Test
    void argWithUnknownDefault_staysUnknownInFrom() {
        assertThat(value(root, "stages.3.from"))
                .isEqualTo("${REGISTRY:-docker.io}/library/alpine:3.20");
        assertThat(value(root, "stages.3.image.name"))
                .isEqualTo("${REGISTRY:-docker.io}/library/alpine");
        assertThat(value(root, "stages.3.image.tag")).isEqualTo("3.20");
    }

    @Test
    void scratchStage_hasNoImage() {
        assertThat(value(root, "stages.4.scratch")).isEqualTo(true);
        assertThat(value(root, "stages.4.image")).isNull();
        assertThat(value(root, "stages.4.fromStage")).isEqualTo(false);
    }

    @Test
    void copyFromStage_keepsFlags() {
        MapNode copy = (MapNode) at(root, "stages.4.instructions.1");

        assertThat(value(copy, "flags")).isEqualTo(Map.of("from", "build", "chown", "65532:65532"));
        assertThat(value(copy, "arguments")).isEqualTo("/out/app /app");
        assertThat(copy.position()).isEqualTo(Position.of(20, 1));
    }

    @Test
    void finalUser_isLastUserOfFinalStage() {
        assertThat(value(root, "user")).isEqualTo("65532:65532");
        assertThat(position(root, "user")).isEqualTo(Position.of(21, 6));
    }

    @Test
    void stageInstructions_areSharedWithTopLevelList() {
        assertThat(at(root, "stages.4.instructions.0")).isSameAs(at(root, "instructions.11"));
        assertThat(size(root, "stages.0.instructions")).isEqualTo(4);
        assertThat(size(root, "instructions")).isEqualTo(16);
    }

    @Test
    void runWithMountsAndNetwork_mapsFlags() {
        MapNode run = (MapNode) at(root, "stages.0.instructions.2");

        assertThat(size(run, "flags.mount")).isEqualTo(2);
        assertThat(value(run, "flags.mount.1"))
                .isEqualTo("type=secret,id=netrc,target=/root/.netrc");
        assertThat(value(run, "flags.network")).isEqualTo("none");
        assertThat(value(run, "arguments")).isEqualTo("go build -o /out/app ./cmd/app");
        assertThat(value(run, "endLine")).isEqualTo(10L);
    }

    @Test
    void execAndShellForms_inFinalStage() {
        assertThat(value(root, "instructions.14.form")).isEqualTo("exec");
        assertThat(value(root, "instructions.15.form")).isEqualTo("shell");
    }

    @Test
    void inheritedUser_isEffectiveUser() throws Exception {
        String text = "FROM alpine AS base\nUSER app\nFROM base AS final\nRUN true\n";
        MapNode tree = DockerfileParser.parse(text);

        assertThat(value(tree, "stages.1.user")).isNull();
        assertThat(value(tree, "user")).isEqualTo("app");
    }

    @Test
    void userFromVariable_isUnknown() throws Exception {
        MapNode tree = DockerfileParser.parse("FROM alpine\nARG APP_USER=app\nUSER $APP_USER\n");

        assertThat(value(tree, "user")).isEqualTo("${APP_USER}");
    }

    @Test
    void noUser_isNull() throws Exception {
        MapNode tree = DockerfileParser.parse("FROM alpine AS a\nUSER app\nFROM alpine\n");

        assertThat(value(tree, "user")).isNull();
    }

    @Test
    void argDeclaredWithDefault_overridesPlatformArg() throws Exception {
        String text = "ARG BUILDPLATFORM=linux/amd64\nFROM --platform=$BUILDPLATFORM alpine\n";
        MapNode tree = DockerfileParser.parse(text);

        assertThat(value(tree, "stages.0.platform")).isEqualTo("linux/amd64");
    }

    @Test
    void quotedArgDefault_isUnquoted() throws Exception {
        MapNode tree = DockerfileParser.parse("ARG A=\"x y\" B='$A' C=\"\"\nFROM alpine\n");

        assertThat(value(tree, "args.A")).isEqualTo("x y");
        assertThat(value(tree, "args.B")).isEqualTo("$A");
        assertThat(value(tree, "args.C")).isEqualTo("");
    }

    @Test
    void laterStageName_isNotReferenceYet() throws Exception {
        MapNode tree = DockerfileParser.parse("FROM later AS first\nFROM alpine AS later\n");

        assertThat(value(tree, "stages.0.fromStage")).isEqualTo(false);
        assertThat(value(tree, "stages.0.image.name")).isEqualTo("later");
    }

    @Test
    void fromWithoutImage_raises() {
        assertThatThrownBy(() -> DockerfileParser.parse("ARG X=1\n\nFROM\n"))
                .isInstanceOf(DockerfileParseException.class)
                .hasMessageContaining("FROM is missing the base image")
                .extracting(e -> ((DockerfileParseException) e).position())
                .isEqualTo(Position.of(3, 1));
    }

    @Test
    void fromWithFlagOnly_raises() {
        assertThatThrownBy(() -> DockerfileParser.parse("FROM --platform=linux/arm64\n"))
                .isInstanceOf(DockerfileParseException.class)
                .hasMessageContaining("FROM is missing the base image");
    }

    @Test
    void fromWithoutAsKeyword_raises() {
        assertThatThrownBy(() -> DockerfileParser.parse("FROM alpine build\n"))
                .isInstanceOf(DockerfileParseException.class)
                .hasMessageContaining("invalid FROM arguments 'alpine build'")
                .extracting(e -> ((DockerfileParseException) e).position())
                .isEqualTo(Position.of(1, 6));
    }

    @Test
    void invalidStageName_raises() {
        assertThatThrownBy(() -> DockerfileParser.parse("FROM alpine AS 1st\n"))
                .isInstanceOf(DockerfileParseException.class)
                .hasMessageContaining("invalid build stage name '1st'")
                .extracting(e -> ((DockerfileParseException) e).column())
                .isEqualTo(16);
    }
}
