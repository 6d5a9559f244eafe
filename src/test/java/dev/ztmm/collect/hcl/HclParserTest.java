package dev.ztmm.collect.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ztmm.collect.hcl.Expression.Binary;
import dev.ztmm.collect.hcl.Expression.Conditional;
import dev.ztmm.collect.hcl.Expression.For;
import dev.ztmm.collect.hcl.Expression.FunctionCall;
import dev.ztmm.collect.hcl.Expression.GetAttribute;
import dev.ztmm.collect.hcl.Expression.Index;
import dev.ztmm.collect.hcl.Expression.Literal;
import dev.ztmm.collect.hcl.Expression.ObjectConstructor;
import dev.ztmm.collect.hcl.Expression.Parentheses;
import dev.ztmm.collect.hcl.Expression.Splat;
import dev.ztmm.collect.hcl.Expression.SplatItem;
import dev.ztmm.collect.hcl.Expression.Template;
import dev.ztmm.collect.hcl.Expression.Tuple;
import dev.ztmm.collect.hcl.Expression.Unary;
import dev.ztmm.collect.hcl.Expression.Variable;
import dev.ztmm.collect.hcl.HclBody.Attribute;
import dev.ztmm.collect.hcl.HclBody.Block;
import org.junit.jupiter.api.Test;

class HclParserTest {

    /** Parses {@code text} as the value of an attribute and returns the expression. */
    private static Expression expression(String text) {
        HclBody body = HclParser.parse("v = " + text + "\n");
        return ((Attribute) body.items().get(0)).value();
    }

    @Test
    void body_keepsAttributesAndBlocksInOrder() {
        HclBody body = HclParser.parse("a = 1\nb {\n}\nc = 2\n");

        assertThat(body.items()).hasSize(3);
        assertThat(body.items().get(1)).isInstanceOf(Block.class);
        assertThat(((Attribute) body.items().get(2)).name()).isEqualTo("c");
    }

    @Test
    void blockLabels_quotedAndBare() {
        Block block = (Block) HclParser.parse("resource \"aws_s3_bucket\" b {}\n").items().get(0);

        assertThat(block.type()).isEqualTo("resource");
        assertThat(block.labels()).extracting(HclBody.Label::value)
                .containsExactly("aws_s3_bucket", "b");
    }

    @Test
    void oneLineBlock_holdsOneAttribute() {
        Block block = (Block) HclParser.parse("b { a = 1 }\nc = 2\n").items().get(0);
        Attribute attribute = (Attribute) block.body().items().get(0);

        assertThat(attribute.name()).isEqualTo("a");
        assertThat(((Literal) attribute.value()).value()).isEqualTo(1L);
    }

    @Test
    void emptyFile_hasNoItems() {
        assertThat(HclParser.parse("").items()).isEmpty();
        assertThat(HclParser.parse("\n# only a comment\n\n").items()).isEmpty();
    }

    @Test
    void literals_haveJavaValues() {
        assertThat(((Literal) expression("42")).value()).isEqualTo(42L);
        assertThat(((Literal) expression("2.5")).value()).isEqualTo(2.5);
        assertThat(((Literal) expression("1e3")).value()).isEqualTo(1000L);
        assertThat(((Literal) expression("1.5e-1")).value()).isEqualTo(0.15);
        assertThat(((Literal) expression("true")).value()).isEqualTo(true);
        assertThat(((Literal) expression("null")).value()).isNull();
    }

    @Test
    void operators_followHclPrecedence() {
        Binary or = (Binary) expression("a || b && c == d + e * f");
        Binary and = (Binary) or.right();
        Binary equal = (Binary) and.right();
        Binary plus = (Binary) equal.right();

        assertThat(or.operator()).isEqualTo("||");
        assertThat(and.operator()).isEqualTo("&&");
        assertThat(equal.operator()).isEqualTo("==");
        assertThat(plus.operator()).isEqualTo("+");
        assertThat(((Binary) plus.right()).operator()).isEqualTo("*");
    }

    @Test
    void comparison_bindsTighterThanEquality() {
        Binary equal = (Binary) expression("a < b == c >= d");

        assertThat(equal.operator()).isEqualTo("==");
        assertThat(((Binary) equal.left()).operator()).isEqualTo("<");
        assertThat(((Binary) equal.right()).operator()).isEqualTo(">=");
    }

    @Test
    void sameLevelOperators_associateLeft() {
        Binary minus = (Binary) expression("a - b - c");

        assertThat(minus.left()).isInstanceOf(Binary.class);
        assertThat(minus.right().range().text()).isEqualTo("c");
    }

    @Test
    void unaryOperators_bindTighterThanBinary() {
        Binary times = (Binary) expression("-a.b * !c");

        assertThat(times.left()).isInstanceOf(Unary.class);
        assertThat(((Unary) times.left()).operand()).isInstanceOf(GetAttribute.class);
        assertThat(((Unary) times.right()).operator()).isEqualTo("!");
    }

    @Test
    void conditional_nestsInTheFalseBranch() {
        Conditional outer = (Conditional) expression("a ? 1 : b ? 2 : 3");

        assertThat(outer.condition().range().text()).isEqualTo("a");
        assertThat(outer.whenFalse()).isInstanceOf(Conditional.class);
    }

    @Test
    void parentheses_overridePrecedence() {
        Binary times = (Binary) expression("(a + b) * c");

        assertThat(times.left()).isInstanceOf(Parentheses.class);
    }

    @Test
    void traversal_chainsAttributesAndIndexes() {
        GetAttribute c = (GetAttribute) expression("a.b[0].c");
        Index index = (Index) c.source();
        GetAttribute b = (GetAttribute) index.source();

        assertThat(c.name()).isEqualTo("c");
        assertThat(((Literal) index.key()).value()).isEqualTo(0L);
        assertThat(((Variable) b.source()).name()).isEqualTo("a");
    }

    @Test
    void stringIndex_isTemplateKey() {
        Index index = (Index) expression("a[\"k\"]");

        assertThat(((Template) index.key()).literalText()).isEqualTo("k");
    }

    @Test
    void legacyIndex_splitsDottedNumber() {
        Index outer = (Index) expression("a.0.1");
        Index inner = (Index) outer.source();

        assertThat(((Literal) outer.key()).value()).isEqualTo(1L);
        assertThat(((Literal) inner.key()).value()).isEqualTo(0L);
        assertThat(inner.source()).isInstanceOf(Variable.class);
    }

    @Test
    void fullSplat_takesFollowingAttributesAndIndexes() {
        Splat splat = (Splat) expression("a[*].b[0]");
        Index traversal = (Index) splat.traversal();

        assertThat(splat.full()).isTrue();
        assertThat(((GetAttribute) traversal.source()).source()).isInstanceOf(SplatItem.class);
    }

    @Test
    void attributeSplat_leavesIndexOutside() {
        Index index = (Index) expression("a.*.b[0]");
        Splat splat = (Splat) index.source();

        assertThat(splat.full()).isFalse();
        assertThat(((GetAttribute) splat.traversal()).name()).isEqualTo("b");
    }

    @Test
    void functionCall_expandsFinalArgument() {
        FunctionCall call = (FunctionCall) expression("concat(a, b...)");

        assertThat(call.name()).isEqualTo("concat");
        assertThat(call.arguments()).hasSize(2);
        assertThat(call.expandFinal()).isTrue();
    }

    @Test
    void providerFunction_keepsNamespace() {
        FunctionCall call = (FunctionCall) expression("provider::aws::arn_parse(var.arn)");

        assertThat(call.name()).isEqualTo("provider::aws::arn_parse");
        assertThat(call.arguments()).hasSize(1);
    }

    @Test
    void multilineFunctionCall_ignoresNewlines() {
        FunctionCall call = (FunctionCall) expression("merge(\n  a,\n\n  {\n    b = 1\n  },\n)");

        assertThat(call.arguments()).hasSize(2);
        assertThat(call.arguments().get(1)).isInstanceOf(ObjectConstructor.class);
    }

    @Test
    void tuple_acceptsTrailingComma() {
        Tuple tuple = (Tuple) expression("[\n  1,\n  \"b\",\n]");

        assertThat(tuple.elements()).hasSize(2);
    }

    @Test
    void objectItems_separateByCommaOrNewline() {
        ObjectConstructor object = (ObjectConstructor) expression(
                "{\n  a = 1, b = 2\n  \"c\" : 3\n  (var.k) = 4\n}");

        assertThat(object.items()).hasSize(4);
        assertThat(object.items().get(2).key()).isInstanceOf(Template.class);
        assertThat(object.items().get(3).key()).isInstanceOf(Parentheses.class);
    }

    @Test
    void tupleFor_hasFilter() {
        For loop = (For) expression("[for s in var.list : upper(s) if s != \"\"]");

        assertThat(loop.isObject()).isFalse();
        assertThat(loop.keyVariable()).isNull();
        assertThat(loop.valueVariable()).isEqualTo("s");
        assertThat(loop.valueResult().range().text()).isEqualTo("upper(s)");
        assertThat(loop.condition().range().text()).isEqualTo("s != \"\"");
    }

    @Test
    void objectFor_groupsValues() {
        For loop = (For) expression("{\n  for k, v in var.map :\n  v => k...\n  if k != \"a\"\n}");

        assertThat(loop.isObject()).isTrue();
        assertThat(loop.keyVariable()).isEqualTo("k");
        assertThat(loop.keyResult().range().text()).isEqualTo("v");
        assertThat(loop.grouping()).isTrue();
        assertThat(loop.condition()).isNotNull();
    }

    @Test
    void objectKeyNamedFor_isAnItem() {
        ObjectConstructor object = (ObjectConstructor) expression("{ for = 1 }");

        assertThat(((Variable) object.items().get(0).key()).name()).isEqualTo("for");
    }

    @Test
    void templateIf_splitsBranches() {
        Template template = (Template) expression("\"%{ if a }yes%{ else }no%{ endif }!\"");
        TemplatePart.If directive = (TemplatePart.If) template.parts().get(0);

        assertThat(template.parts()).hasSize(2);
        assertThat(((TemplatePart.Text) directive.whenTrue().get(0)).value()).isEqualTo("yes");
        assertThat(((TemplatePart.Text) directive.whenFalse().get(0)).value()).isEqualTo("no");
    }

    @Test
    void templateFor_hasBody() {
        Template template = (Template) expression("\"%{ for i, x in xs }${x},%{ endfor }\"");
        TemplatePart.For loop = (TemplatePart.For) template.parts().get(0);

        assertThat(loop.keyVariable()).isEqualTo("i");
        assertThat(loop.valueVariable()).isEqualTo("x");
        assertThat(loop.body()).hasSize(2);
    }

    @Test
    void nestedTemplate_insideInterpolation() {
        Template template = (Template) expression("\"a${ \"b${c}\" }d\"");
        TemplatePart.Interpolation inner = (TemplatePart.Interpolation) template.parts().get(1);

        assertThat(inner.expression()).isInstanceOf(Template.class);
        assertThat(template.parts()).hasSize(3);
    }

    @Test
    void heredoc_isTemplateWithInterpolation() {
        Template template = (Template) expression("<<EOF\nhello ${name}\nEOF");

        assertThat(template.heredoc()).isTrue();
        assertThat(template.parts()).hasSize(3);
        assertThat(((TemplatePart.Text) template.parts().get(0)).value()).isEqualTo("hello ");
    }

    @Test
    void expressionRange_recoversExactSource() {
        Expression call = expression("toset([\"a\", \"b\"]) # trailing");

        assertThat(call.range().text()).isEqualTo("toset([\"a\", \"b\"])");
        assertThat(call.range().line()).isEqualTo(1);
        assertThat(call.range().column()).isEqualTo(5);
    }

    @Test
    void comments_allowedWhereWhitespaceIs() {
        String text = """
                # leading
                resource /* type */ "a" /* label */ "b" { # after brace
                  x = [ # in tuple
                    1, /* between */ 2 // end
                  ]
                  y = f( # in call
                    1 /* arg */, 2)
                  z = { # in object
                    k = 1 # after item
                  }
                }
                """;
        HclBody body = HclParser.parse(text);
        Block block = (Block) body.items().get(0);

        assertThat(block.labels()).hasSize(2);
        assertThat(block.body().items()).hasSize(3);
    }

    @Test
    void crlfLineEnds_parseLikeLf() {
        HclBody body = HclParser.parse("a = 1\r\nb {\r\n  c = <<EOF\r\nx\r\nEOF\r\n}\r\n");

        assertThat(body.items()).hasSize(2);
    }
}
