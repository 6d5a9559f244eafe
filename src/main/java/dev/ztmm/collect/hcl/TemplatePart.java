package dev.ztmm.collect.hcl;

import java.util.List;

/** A piece of a {@link Expression.Template}: literal text, an interpolation or a directive. */
public sealed interface TemplatePart {

    /** Literal text with escapes decoded and strip markers applied. */
    record Text(SourceRange range, String value) implements TemplatePart {}

    /** An interpolation {@code ${ expression }}. */
    record Interpolation(SourceRange range, Expression expression) implements TemplatePart {}

    /** An {@code %{ if }} directive, whose {@code whenFalse} is empty without {@code %{ else }}. */
    record If(SourceRange range, Expression condition, List<TemplatePart> whenTrue,
            List<TemplatePart> whenFalse) implements TemplatePart {

        public If {
            whenTrue = List.copyOf(whenTrue);
            whenFalse = List.copyOf(whenFalse);
        }
    }

    /** A {@code %{ for }} directive, whose {@code keyVariable} is null with one variable. */
    record For(SourceRange range, String keyVariable, String valueVariable,
            Expression collection, List<TemplatePart> body) implements TemplatePart {

        public For {
            body = List.copyOf(body);
        }
    }
}
