package dev.ztmm.collect.docker;

import static dev.ztmm.collect.docker.Trees.at;
import static dev.ztmm.collect.docker.Trees.position;
import static dev.ztmm.collect.docker.Trees.size;
import static dev.ztmm.collect.docker.Trees.value;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ztmm.model.MapNode;
import dev.ztmm.model.Position;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DockerfileSyntaxTest {

    @Test
    void lowerCaseKeyword_isUpperCased() throws Exception {
        MapNode tree = DockerfileParser.parse("from alpine\nrun echo hi\n");

        assertThat(value(tree, "instructions.0.instruction")).isEqualTo("FROM");
        assertThat(value(tree, "instructions.1.instruction")).isEqualTo("RUN");
    }

    @Test
    void instructionPositions_followSourceLines() throws Exception {
        String text = "# comment\n\nFROM alpine\n\n  RUN a \\\n      b\nUSER nobody\n";
        MapNode tree = DockerfileParser.parse(text);

        assertThat(position(tree, "instructions.0")).isEqualTo(Position.of(3, 1));
        assertThat(position(tree, "instructions.1")).isEqualTo(Position.of(5, 3));
        assertThat(value(tree, "instructions.1.endLine")).isEqualTo(6L);
        assertThat(position(tree, "instructions.1.arguments")).isEqualTo(Position.of(5, 7));
        assertThat(value(tree, "instructions.2.endLine")).isEqualTo(7L);
    }

    @Test
    void continuation_joinsWithSingleSpace() throws Exception {
        String text = "FROM alpine\nRUN apk add \\\n      curl   \\\n  git\n";
        MapNode tree = DockerfileParser.parse(text);

        assertThat(value(tree, "instructions.1.arguments")).isEqualTo("apk add curl git");
        assertThat(value(tree, "instructions.1.lines"))
                .isEqualTo(List.of("RUN apk add", "curl", "git"));
    }

    @Test
    void commentAndBlankInsideContinuation_areSkipped() throws Exception {
        String text = "FROM alpine\nRUN a \\\n# note\n\n    && b\nRUN c\n";
        MapNode tree = DockerfileParser.parse(text);

        assertThat(value(tree, "instructions.1.arguments")).isEqualTo("a && b");
        assertThat(value(tree, "instructions.1.endLine")).isEqualTo(5L);
        assertThat(position(tree, "instructions.1.lines.1")).isEqualTo(Position.of(5, 5));
        assertThat(size(tree, "instructions")).isEqualTo(3);
    }

    @Test
    void indentedComment_isComment() throws Exception {
        MapNode tree = DockerfileParser.parse("FROM alpine\n    # RUN nothing\nUSER app\n");

        assertThat(size(tree, "instructions")).isEqualTo(2);
    }

    @Test
    void strayCarriageReturn_isTolerated() throws Exception {
        MapNode tree = DockerfileParser.parse("FROM alpine\r\nRUN a \\\r\n  b\r\nUSER app\r\n");

        assertThat(value(tree, "instructions.1.arguments")).isEqualTo("a b");
        assertThat(value(tree, "user")).isEqualTo("app");
    }

    @Test
    void unknownInstruction_isKept() throws Exception {
        String text = "FROM alpine\nFROBNICATE --x=1 all the things\nUSER a\n";
        MapNode tree = DockerfileParser.parse(text);

        assertThat(value(tree, "instructions.1.instruction")).isEqualTo("FROBNICATE");
        assertThat(value(tree, "instructions.1.arguments")).isEqualTo("all the things");
        assertThat(size(tree, "instructions")).isEqualTo(3);
    }

    @Test
    void execForm_listsItems() throws Exception {
        String text = "FROM alpine\nCMD [\"/bin/app\", \"--port\", \"8080\"]\n";
        MapNode tree = DockerfileParser.parse(text);

        assertThat(value(tree, "instructions.1.form")).isEqualTo("exec");
        assertThat(value(tree, "instructions.1.exec"))
                .isEqualTo(List.of("/bin/app", "--port", "8080"));
        assertThat(position(tree, "instructions.1.exec.1")).isEqualTo(Position.of(2, 18));
    }

    @Test
    void shellForm_hasNoExecList() throws Exception {
        MapNode tree = DockerfileParser.parse("FROM alpine\nENTRYPOINT exec /bin/app\n");

        assertThat(value(tree, "instructions.1.form")).isEqualTo("shell");
        assertThat(((MapNode) at(tree, "instructions.1")).has("exec")).isFalse();
    }

    @Test
    void invalidJson_isShellForm() throws Exception {
        MapNode tree = DockerfileParser.parse("FROM alpine\nRUN [ -f /etc/passwd ] && echo ok\n");

        assertThat(value(tree, "instructions.1.form")).isEqualTo("shell");
    }

    @Test
    void jsonEscapes_areDecoded() throws Exception {
        MapNode tree = DockerfileParser.parse("FROM alpine\nCMD [\"a\\\"b\", \"\\u0041\\n\"]\n");

        assertThat(value(tree, "instructions.1.exec")).isEqualTo(List.of("a\"b", "A\n"));
    }

    @Test
    void formKey_onlyForCommandInstructions() throws Exception {
        MapNode tree = DockerfileParser.parse("FROM alpine\nCOPY [\"a\", \"/b\"]\n");

        assertThat(((MapNode) at(tree, "instructions.1")).has("form")).isFalse();
        assertThat(((MapNode) at(tree, "instructions.0")).has("form")).isFalse();
    }

    @Test
    void runFlags_areMappedByName() throws Exception {
        String text =
                "FROM alpine\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc \\\n"
                        + "    --network=none npm ci\n";
        MapNode tree = DockerfileParser.parse(text);

        assertThat(value(tree, "instructions.1.flags.mount"))
                .isEqualTo("type=secret,id=npmrc,target=/root/.npmrc");
        assertThat(value(tree, "instructions.1.flags.network")).isEqualTo("none");
        assertThat(size(tree, "instructions.1.flags")).isEqualTo(2);
        assertThat(value(tree, "instructions.1.arguments")).isEqualTo("npm ci");
        assertThat(position(tree, "instructions.1.flags.network")).isEqualTo(Position.of(3, 5));
    }

    @Test
    void repeatedFlag_becomesList() throws Exception {
        String text = "FROM alpine\nRUN --mount=type=cache,target=/a --mount=type=ssh make\n";
        MapNode tree = DockerfileParser.parse(text);

        assertThat(value(tree, "instructions.1.flags.mount"))
                .isEqualTo(List.of("type=cache,target=/a", "type=ssh"));
    }

    @Test
    void flagWithoutValue_readsAsTrue() throws Exception {
        String text = "FROM alpine\nCOPY --link --chown=\"app:app\" a /b\n";
        MapNode tree = DockerfileParser.parse(text);

        assertThat(value(tree, "instructions.1.flags"))
                .isEqualTo(Map.of("link", "true", "chown", "app:app"));
        assertThat(value(tree, "instructions.1.arguments")).isEqualTo("a /b");
    }

    @Test
    void doubleDash_endsFlags() throws Exception {
        MapNode tree = DockerfileParser.parse("FROM alpine\nRUN -- --version\n");

        assertThat(size(tree, "instructions.1.flags")).isEqualTo(0);
        assertThat(value(tree, "instructions.1.arguments")).isEqualTo("--version");
    }

    @Test
    void instructionStage_isMinusOneBeforeFrom() throws Exception {
        MapNode tree = DockerfileParser.parse("ARG V=1\nFROM alpine\nFROM busybox\nRUN x\n");

        assertThat(value(tree, "instructions.0.stage")).isEqualTo(-1L);
        assertThat(value(tree, "instructions.1.stage")).isEqualTo(0L);
        assertThat(value(tree, "instructions.3.stage")).isEqualTo(1L);
    }

    @Test
    void emptyFile_hasNoStages() throws Exception {
        MapNode tree = DockerfileParser.parse("");

        assertThat(size(tree, "stages")).isEqualTo(0);
        assertThat(size(tree, "instructions")).isEqualTo(0);
        assertThat(value(tree, "user")).isNull();
    }
}
