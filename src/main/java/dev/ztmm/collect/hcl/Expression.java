package dev.ztmm.collect.hcl;

import java.util.List;

/**
 * An HCL expression. Each node keeps the source range it was parsed from, so its exact text and
 * its start position are always available.
 */
public sealed interface Expression {

    SourceRange range();

    /**
     * A number, bool or null literal.
     *
     * @param value a {@code Long} for a whole number that fits, a {@code Double} for any other
     *     number, a {@code Boolean}, or {@code null}
     */
    record Literal(SourceRange range, Object value) implements Expression {}

    /** A quoted string or a heredoc, made of literal text, interpolations and directives. */
    record Template(SourceRange range, List<TemplatePart> parts, boolean heredoc)
            implements Expression {

        public Template {
            parts = List.copyOf(parts);
        }

        /** Tells whether the template is only literal text, with no sequence. */
        public boolean isLiteral() {
            return parts.stream().allMatch(part -> part instanceof TemplatePart.Text);
        }

        /** Returns the text of the literal parts, the whole value when {@link #isLiteral()}. */
        public String literalText() {
            StringBuilder text = new StringBuilder();
            for (TemplatePart part : parts) {
                if (part instanceof TemplatePart.Text literal) {
                    text.append(literal.value());
                }
            }
            return text.toString();
        }
    }

    /** A tuple constructor {@code [a, b]}. */
    record Tuple(SourceRange range, List<Expression> elements) implements Expression {

        public Tuple {
            elements = List.copyOf(elements);
        }
    }

    /** An object constructor {@code { key = value }}. */
    record ObjectConstructor(SourceRange range, List<ObjectItem> items) implements Expression {

        public ObjectConstructor {
            items = List.copyOf(items);
        }
    }

    /**
     * One {@code key = value} or {@code key : value} item of an object constructor.
     *
     * @param key a bare identifier is a {@link Variable}, a computed key is {@link Parentheses}
     */
    record ObjectItem(Expression key, Expression value) {}

    /** A variable name such as {@code var} in {@code var.x}. */
    record Variable(SourceRange range, String name) implements Expression {}

    /** An attribute access {@code source.name}. */
    record GetAttribute(SourceRange range, Expression source, String name) implements Expression {}

    /** An index {@code source[key]}, or the legacy {@code source.0}. */
    record Index(SourceRange range, Expression source, Expression key) implements Expression {}

    /**
     * A splat {@code source[*].name} or {@code source.*.name}.
     *
     * @param traversal the traversal applied to each element, built on a {@link SplatItem}
     * @param full true for {@code [*]}, false for the attribute-only {@code .*}
     */
    record Splat(SourceRange range, Expression source, Expression traversal, boolean full)
            implements Expression {}

    /** The element that the traversal of a {@link Splat} starts from. */
    record SplatItem(SourceRange range) implements Expression {}

    /**
     * A function call.
     *
     * @param name the function name, with its namespace for {@code provider::ns::fn}
     * @param expandFinal true when the last argument ends with {@code ...}
     */
    record FunctionCall(SourceRange range, String name, List<Expression> arguments,
            boolean expandFinal) implements Expression {

        public FunctionCall {
            arguments = List.copyOf(arguments);
        }
    }

    /** A unary {@code -x} or {@code !x}. */
    record Unary(SourceRange range, String operator, Expression operand) implements Expression {}

    /** A binary operation such as {@code a + b} or {@code a && b}. */
    record Binary(SourceRange range, String operator, Expression left, Expression right)
            implements Expression {}

    /** A conditional {@code condition ? whenTrue : whenFalse}. */
    record Conditional(SourceRange range, Expression condition, Expression whenTrue,
            Expression whenFalse) implements Expression {}

    /** An expression in parentheses. */
    record Parentheses(SourceRange range, Expression inner) implements Expression {}

    /**
     * A for expression, {@code [for v in c : e if cond]} or {@code {for k, v in c : k => v}}.
     *
     * @param keyVariable the first of two iteration variables, or null when there is one
     * @param keyResult the key expression of the object form, or null for the tuple form
     * @param grouping true when the object form ends its value with {@code ...}
     * @param condition the {@code if} filter, or null
     */
    record For(SourceRange range, String keyVariable, String valueVariable,
            Expression collection, Expression keyResult, Expression valueResult,
            boolean grouping, Expression condition) implements Expression {

        public boolean isObject() {
            return keyResult != null;
        }
    }
}
