package dev.ztmm.collect.docker;

import static dev.ztmm.collect.docker.Trees.position;
import static dev.ztmm.collect.docker.Trees.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ztmm.model.MapNode;
import dev.ztmm.model.Position;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DirectiveTest {

    @Test
    void backtickEscape_continuesLines() throws Exception {
        MapNode tree = Trees.parseResource("windows.Dockerfile");

        assertThat(value(tree, "instructions.2.arguments"))
                .isEqualTo("New-Item -ItemType Directory C:\\app ; Set-Location C:\\app");
        assertThat(value(tree, "instructions.2.endLine")).isEqualTo(7L);
    }

    @Test
    void backtickEscape_keepsTrailingBackslash() throws Exception {
        MapNode tree = Trees.parseResource("windows.Dockerfile");

        assertThat(value(tree, "instructions.3.arguments")).isEqualTo("app\\ C:\\app\\");
        assertThat(position(tree, "instructions.4")).isEqualTo(Position.of(9, 1));
        assertThat(value(tree, "user")).isEqualTo("ContainerUser");
    }

    @Test
    void directives_areListed() throws Exception {
        MapNode tree = Trees.parseResource("windows.Dockerfile");

        assertThat(value(tree, "directives"))
                .isEqualTo(Map.of("escape", "`", "syntax", "docker/dockerfile:1"));
        assertThat(position(tree, "directives.syntax")).isEqualTo(Position.of(2, 1));
    }

    @Test
    void shellInstruction_isExecForm() throws Exception {
        MapNode tree = Trees.parseResource("windows.Dockerfile");

        assertThat(value(tree, "instructions.1.form")).isEqualTo("exec");
    }

    @Test
    void directiveAfterBlankLine_isComment() throws Exception {
        MapNode tree = DockerfileParser.parse("\n# escape=`\nFROM alpine\nRUN a `\nUSER b\n");

        assertThat(value(tree, "directives")).isEqualTo(Map.of());
        assertThat(value(tree, "instructions.1.arguments")).isEqualTo("a `");
    }

    @Test
    void directiveAfterComment_isComment() throws Exception {
        String text = "# hello\n# syntax=docker/dockerfile:1\nFROM alpine\n";
        MapNode tree = DockerfileParser.parse(text);

        assertThat(value(tree, "directives")).isEqualTo(Map.of());
    }

    @Test
    void directiveName_isCaseInsensitive() throws Exception {
        MapNode tree = DockerfileParser.parse("#  ESCAPE = `\nFROM alpine\nRUN a `\n  b\n");

        assertThat(value(tree, "instructions.1.arguments")).isEqualTo("a b");
    }

    @Test
    void invalidEscape_raises() {
        assertThatThrownBy(() -> DockerfileParser.parse("# escape=x\nFROM alpine\n"))
                .isInstanceOf(DockerfileParseException.class)
                .hasMessageContaining("invalid escape directive 'x'")
                .extracting(e -> ((DockerfileParseException) e).line())
                .isEqualTo(1);
    }

    @Test
    void duplicateDirective_raises() {
        String text = "# syntax=a\n# syntax=b\nFROM alpine\n";

        assertThatThrownBy(() -> DockerfileParser.parse(text))
                .isInstanceOf(DockerfileParseException.class)
                .hasMessageContaining("duplicate parser directive 'syntax'")
                .extracting(e -> ((DockerfileParseException) e).line())
                .isEqualTo(2);
    }
}
