package dev.ztmm.collect.hcl;

import static dev.ztmm.collect.TreePaths.valueAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ztmm.model.MapNode;
import org.junit.jupiter.api.Test;

class HeredocTest {

    private static Object valueOf(String heredoc) {
        MapNode root = TerraformTreeBuilder.parse("locals {\n  v = " + heredoc + "\n}\n");
        return valueAt(root, "locals", "v");
    }

    @Test
    void heredoc_keepsTextAndIndent() {
        assertThat(valueOf("<<EOF\n  a\n    b\nEOF")).isEqualTo("  a\n    b\n");
    }

    @Test
    void heredocWithIndent_stripsCommonIndent() {
        assertThat(valueOf("<<-EOF\n    a\n      b\n    c\n  EOF")).isEqualTo("a\n  b\nc\n");
    }

    @Test
    void heredocWithIndent_ignoresBlankLines() {
        assertThat(valueOf("<<-EOF\n    a\n\n    b\nEOF")).isEqualTo("a\n\nb\n");
    }

    @Test
    void heredocWithIndent_countsTabAsOneColumn() {
        assertThat(valueOf("<<-EOF\n\t\ta\n\tb\nEOF")).isEqualTo("\ta\nb\n");
    }

    @Test
    void heredocWithIndent_countsInterpolationLines() {
        MapNode root = TerraformTreeBuilder.parse(
                "locals {\n  v = <<-EOF\n      a\n    ${b}\n  EOF\n}\n");
        HclBody body = HclParser.parse("v = <<-EOF\n      a\n    ${b}\n  EOF\n");
        Expression.Template template = (Expression.Template)
                ((HclBody.Attribute) body.items().get(0)).value();

        assertThat(((TemplatePart.Text) template.parts().get(0)).value()).isEqualTo("  a\n");
        assertThat(valueAt(root, "locals", "v")).isEqualTo("      a\n    ${b}\n");
    }

    @Test
    void heredocWithInterpolation_keepsBodyAsWritten() {
        assertThat(valueOf("<<EOT\nkubectl -n ${var.ns} apply\nEOT"))
                .isEqualTo("kubectl -n ${var.ns} apply\n");
    }

    @Test
    void heredocInterpolation_mayContainBraces() {
        assertThat(valueOf("<<EOT\n${ {a = \"}\"}.a }\nEOT")).isEqualTo("${ {a = \"}\"}.a }\n");
    }

    @Test
    void heredoc_keepsQuotesAndBackslashes() {
        assertThat(valueOf("<<EOF\n{\"a\": \"b\\n\"}\nEOF")).isEqualTo("{\"a\": \"b\\n\"}\n");
    }

    @Test
    void heredocMarkerInsideLine_doesNotEndIt() {
        assertThat(valueOf("<<EOF\nnot EOF\nEOFX\nEOF")).isEqualTo("not EOF\nEOFX\n");
    }

    @Test
    void emptyHeredoc_isEmptyString() {
        assertThat(valueOf("<<EOF\nEOF")).isEqualTo("");
    }

    @Test
    void heredocFollowedByAttribute_endsAtMarker() {
        MapNode root = TerraformTreeBuilder.parse("b {\n  x = <<EOF\nhi\nEOF\n  y = 1\n}\n");

        assertThat(valueAt(root, "blocks", 0, "body", "y")).isEqualTo(1L);
    }
}
