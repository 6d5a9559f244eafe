package dev.ztmm.collect.hcl;

import dev.ztmm.collect.hcl.Expression.FunctionCall;
import dev.ztmm.collect.hcl.Expression.Literal;
import dev.ztmm.collect.hcl.Expression.ObjectConstructor;
import dev.ztmm.collect.hcl.Expression.ObjectItem;
import dev.ztmm.collect.hcl.Expression.Parentheses;
import dev.ztmm.collect.hcl.Expression.Template;
import dev.ztmm.collect.hcl.Expression.Tuple;
import dev.ztmm.collect.hcl.Expression.Unary;
import dev.ztmm.collect.hcl.Expression.Variable;
import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.Position;
import dev.ztmm.model.ScalarNode;
import java.util.Set;

/**
 * Converts expressions to located nodes. Literals, tuples and objects become their values, and
 * every other expression becomes a string that contains {@code ${}, the project's mark for a
 * value that only evaluating Terraform would give.
 */
final class ExpressionConverter {

    /** Functions whose single argument is converted in their place, so policies stay readable. */
    private static final Set<String> ENCODE_FUNCTIONS = Set.of("jsonencode", "yamlencode");

    private ExpressionConverter() {}

    static Node convert(Expression expression) {
        Position position = expression.range().position();
        if (expression instanceof Literal literal) {
            return convertLiteral(position, literal.value());
        }
        if (expression instanceof Template template) {
            return ScalarNode.of(position, templateText(template));
        }
        if (expression instanceof Tuple tuple) {
            ListNode list = new ListNode(position);
            tuple.elements().forEach(element -> list.add(convert(element)));
            return list;
        }
        if (expression instanceof ObjectConstructor object) {
            return convertObject(object);
        }
        if (expression instanceof FunctionCall call && isEncodeCall(call)) {
            return convert(call.arguments().get(0));
        }
        if (expression instanceof Unary unary && isNegativeNumber(unary)) {
            return negate(position, ((Literal) unary.operand()).value());
        }
        return ScalarNode.of(position, unknown(expression));
    }

    private static Node convertLiteral(Position position, Object value) {
        if (value instanceof Long number) {
            return ScalarNode.of(position, (long) number);
        }
        if (value instanceof Double number) {
            return ScalarNode.of(position, (double) number);
        }
        if (value instanceof Boolean bool) {
            return ScalarNode.of(position, (boolean) bool);
        }
        return ScalarNode.ofNull(position);
    }

    private static MapNode convertObject(ObjectConstructor object) {
        MapNode map = new MapNode(object.range().position());
        for (ObjectItem item : object.items()) {
            map.put(keyText(item.key()), item.key().range().position(), convert(item.value()));
        }
        return map;
    }

    /**
     * Returns the text of an object key: a bare identifier or a literal as written, and a
     * computed key such as {@code (var.x)} as {@code ${var.x}}.
     */
    static String keyText(Expression key) {
        if (key instanceof Variable variable) {
            return variable.name();
        }
        if (key instanceof Literal literal) {
            return literal.range().text();
        }
        if (key instanceof Template template) {
            return templateText(template);
        }
        if (key instanceof Parentheses parentheses) {
            return unknown(parentheses.inner());
        }
        return unknown(key);
    }

    /**
     * Returns the decoded text of a literal template, or the template text as written when it
     * has interpolations or directives.
     */
    private static String templateText(Template template) {
        // NOTE: a literal written with the escape $${ decodes to a string that contains ${, so
        // it is reported as an unknown value, which is the safe side for rules.
        if (template.isLiteral()) {
            return template.literalText();
        }
        String raw = rawTemplateText(template);
        return raw.contains("${") ? raw : unknown(template);
    }

    /** Returns the text between the quotes, or the heredoc lines between the two markers. */
    private static String rawTemplateText(Template template) {
        String text = template.range().text();
        if (!template.heredoc()) {
            return text.substring(1, text.length() - 1);
        }
        return text.substring(text.indexOf('\n') + 1, text.lastIndexOf('\n') + 1);
    }

    private static boolean isEncodeCall(FunctionCall call) {
        return ENCODE_FUNCTIONS.contains(call.name())
                && call.arguments().size() == 1
                && !call.expandFinal();
    }

    /** Tells whether {@code unary} is a negative number such as {@code -1}, a known value. */
    private static boolean isNegativeNumber(Unary unary) {
        return unary.operator().equals("-")
                && unary.operand() instanceof Literal literal
                && literal.value() instanceof Number;
    }

    private static Node negate(Position position, Object number) {
        if (number instanceof Long whole && whole != Long.MIN_VALUE) {
            return ScalarNode.of(position, -whole);
        }
        return ScalarNode.of(position, -((Number) number).doubleValue());
    }

    private static String unknown(Expression expression) {
        return "${" + expression.range().text() + "}";
    }
}
