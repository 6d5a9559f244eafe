package dev.ztmm.collect.docker;

import static dev.ztmm.collect.docker.Trees.at;
import static dev.ztmm.collect.docker.Trees.position;
import static dev.ztmm.collect.docker.Trees.size;
import static dev.ztmm.collect.docker.Trees.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.Position;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HeredocTest {

    private static MapNode root;

    @BeforeAll
    static void parseFixture() throws Exception {
        root = Trees.parseResource("heredocs.Dockerfile");
    }

    @Test
    void heredocOnContinuedLine_readsBody() {
        assertThat(value(root, "instructions.1.arguments"))
                .isEqualTo(
                        "apt-get update && apt-get install -y curl && cat <<EOF > /etc/app.conf");
        assertThat(value(root, "instructions.1.heredocs.0.delimiter")).isEqualTo("EOF");
        assertThat(value(root, "instructions.1.heredocs.0.body")).isEqualTo("key=value\n");
        assertThat(position(root, "instructions.1.heredocs.0")).isEqualTo(Position.of(5, 9));
        assertThat(value(root, "instructions.1.endLine")).isEqualTo(7L);
    }

    @Test
    void commentAfterTerminator_isSkipped() {
        assertThat(value(root, "instructions.2.instruction")).isEqualTo("RUN");
        assertThat(position(root, "instructions.2")).isEqualTo(Position.of(9, 1));
    }

    @Test
    void heredocBodyLines_keepTheirLineNumbers() {
        Node lines = at(root, "instructions.2.lines");
        assertThat(value(lines, "2")).isEqualTo("curl -fsSL https://example.com/install.sh | bash");
        assertThat(position(lines, "2")).isEqualTo(Position.of(11, 1));
        assertThat(value(root, "instructions.2.arguments")).isEqualTo("<<SCRIPT bash");
        assertThat(value(root, "instructions.2.heredocs.0.body"))
                .isEqualTo("set -e\ncurl -fsSL https://example.com/install.sh | bash\n");
    }

    @Test
    void instructionRightAfterTerminator_isItsOwnInstruction() {
        assertThat(value(root, "instructions.2.endLine")).isEqualTo(12L);
        assertThat(value(root, "instructions.3.arguments")).isEqualTo("echo done");
        assertThat(position(root, "instructions.3")).isEqualTo(Position.of(13, 1));
    }

    @Test
    void continuedLines_dropTrailingEscape() {
        Node lines = at(root, "instructions.1.lines");
        assertThat(size(root, "instructions.1.lines")).isEqualTo(4);
        assertThat(value(lines, "0")).isEqualTo("RUN apt-get update &&");
        assertThat(value(lines, "2")).isEqualTo("cat <<EOF > /etc/app.conf");
        assertThat(position(lines, "2")).isEqualTo(Position.of(5, 5));
        assertThat(value(lines, "3")).isEqualTo("key=value");
    }

    @Test
    void quotedDashHeredoc_stripsTabs() {
        Node heredoc = at(root, "instructions.4.heredocs.0");
        assertThat(value(heredoc, "delimiter")).isEqualTo("CFG");
        assertThat(value(heredoc, "quoted")).isEqualTo(true);
        assertThat(value(heredoc, "stripTabs")).isEqualTo(true);
        assertThat(value(heredoc, "body")).isEqualTo("listen 8080\nworkers 4\n");
        assertThat(value(root, "instructions.4.endLine")).isEqualTo(17L);
    }

    @Test
    void twoHeredocsInOneInstruction_readInOrder() {
        assertThat(size(root, "instructions.5.heredocs")).isEqualTo(2);
        assertThat(value(root, "instructions.5.heredocs.0.delimiter")).isEqualTo("one.txt");
        assertThat(value(root, "instructions.5.heredocs.0.quoted")).isEqualTo(false);
        assertThat(value(root, "instructions.5.heredocs.0.body")).isEqualTo("first $HOME\n");
        assertThat(value(root, "instructions.5.heredocs.1.delimiter")).isEqualTo("two");
        assertThat(value(root, "instructions.5.heredocs.1.quoted")).isEqualTo(true);
        assertThat(value(root, "instructions.5.heredocs.1.body")).isEqualTo("second $HOME\n");
        assertThat(value(root, "instructions.5.endLine")).isEqualTo(22L);
    }

    @Test
    void terminatorAtEndOfFile_withoutNewline() {
        assertThat(value(root, "instructions.6.heredocs.0.body"))
                .isEqualTo("print(\"no newline at the end\")\n");
        assertThat(value(root, "instructions.6.endLine")).isEqualTo(25L);
        assertThat(size(root, "instructions")).isEqualTo(7);
    }

    @Test
    void unterminatedHeredoc_raisesAtOpener() {
        String text = "FROM alpine\nRUN cat <<EOF\nhello\n";

        assertThatThrownBy(() -> DockerfileParser.parse(text))
                .isInstanceOf(DockerfileParseException.class)
                .hasMessageContaining("unterminated heredoc")
                .hasMessageContaining("'EOF'")
                .extracting(e -> ((DockerfileParseException) e).position())
                .isEqualTo(Position.of(2, 9));
    }

    @Test
    void openerInsideQuotes_isNotHeredoc() throws Exception {
        MapNode tree = DockerfileParser.parse("FROM alpine\nRUN echo \"<<EOF\"\nRUN true\n");

        assertThat(((MapNode) at(tree, "instructions.1")).has("heredocs")).isFalse();
        assertThat(size(tree, "instructions")).isEqualTo(3);
    }

    @Test
    void execFormRun_opensNoHeredoc() throws Exception {
        MapNode tree = DockerfileParser.parse("FROM alpine\nRUN [\"cat\", \"<<EOF\"]\nEOF\n");

        assertThat(value(tree, "instructions.1.form")).isEqualTo("exec");
        assertThat(value(tree, "instructions.2.instruction")).isEqualTo("EOF");
    }

    @Test
    void heredocInCmd_isNotRead() throws Exception {
        MapNode tree = DockerfileParser.parse("FROM alpine\nCMD cat <<EOF\nEOF\n");

        assertThat(value(tree, "instructions.2.instruction")).isEqualTo("EOF");
    }

    @Test
    void onbuildRun_readsHeredoc() throws Exception {
        MapNode tree = DockerfileParser.parse("FROM alpine\nONBUILD RUN <<EOF\necho hi\nEOF\n");

        assertThat(value(tree, "instructions.1.heredocs.0.body")).isEqualTo("echo hi\n");
        assertThat(size(tree, "instructions")).isEqualTo(2);
    }

    @Test
    void fileDescriptorPrefix_opensHeredoc() throws Exception {
        MapNode tree = DockerfileParser.parse("FROM alpine\nRUN cat 3<<END\nx\nEND\n");

        assertThat(value(tree, "instructions.1.heredocs.0.delimiter")).isEqualTo("END");
    }
}
