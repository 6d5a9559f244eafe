package dev.ztmm.collect.hcl;

import dev.ztmm.collect.hcl.Expression.GetAttribute;
import dev.ztmm.collect.hcl.Expression.Index;
import dev.ztmm.collect.hcl.Expression.Literal;
import dev.ztmm.collect.hcl.Expression.Splat;
import dev.ztmm.collect.hcl.Expression.SplatItem;

/** Parses the traversals after a term: {@code .name}, {@code [key]}, {@code .0} and splats. */
final class TraversalParser {

    private final TokenStream stream;
    private final ExpressionParser expressions;

    TraversalParser(TokenStream stream, ExpressionParser expressions) {
        this.stream = stream;
        this.expressions = expressions;
    }

    Expression parsePostfix(Expression term) {
        Expression result = term;
        while (true) {
            Expression next = parseStep(result, true);
            if (next == null) {
                return result;
            }
            result = next;
        }
    }

    /** Parses one traversal step on {@code target}, or returns null when none follows. */
    private Expression parseStep(Expression target, boolean allowBrackets) {
        if (stream.at(TokenType.DOT)) {
            return parseDotStep(target);
        }
        if (allowBrackets && stream.at(TokenType.LEFT_BRACKET)) {
            return parseBracketStep(target);
        }
        return null;
    }

    private Expression parseDotStep(Expression target) {
        Token dot = stream.next();
        Token name = stream.next();
        return switch (name.type()) {
            case IDENTIFIER -> new GetAttribute(span(target, name), target, name.value());
            case NUMBER -> parseLegacyIndex(target, name);
            case STAR -> parseSplat(target, name, false);
            default -> throw stream.error(name, "expected an attribute name, an index or '*'"
                    + " after '.', found " + name.describe());
        };
    }

    /**
     * Parses {@code a.0}, the index syntax from before brackets. The lexer reads {@code a.0.1} as
     * {@code a}, {@code .} and the number {@code 0.1}, so a dotted number is two indexes.
     */
    private Expression parseLegacyIndex(Expression target, Token number) {
        if (!number.value().matches("[0-9]+(\\.[0-9]+)?")) {
            throw stream.error(number, "expected an attribute name or a whole-number index"
                    + " after '.', found " + number.describe());
        }
        Expression result = target;
        for (String digits : number.value().split("\\.")) {
            Literal key = new Literal(number.range(), ExpressionParser.numberValue(digits));
            result = new Index(span(target, number), result, key);
        }
        return result;
    }

    private Expression parseBracketStep(Expression target) {
        Token open = stream.next();
        stream.pushNewlines(false);
        if (stream.at(TokenType.STAR) && stream.peekSecond().is(TokenType.RIGHT_BRACKET)) {
            Token star = stream.next();
            stream.next();
            stream.popNewlines();
            return parseSplat(target, star, true);
        }
        Expression key = expressions.parse();
        Token close = stream.expect(TokenType.RIGHT_BRACKET, "']' to close the index opened at"
                + " line " + open.range().line() + ", column " + open.range().column());
        stream.popNewlines();
        return new Index(span(target, close), target, key);
    }

    /**
     * Parses the traversal that a splat applies to each element. After {@code [*]} it takes
     * attributes and indexes, after {@code .*} only attributes, so in {@code a.*.b[0]} the index
     * applies to the whole result.
     */
    private Expression parseSplat(Expression source, Token star, boolean full) {
        stream.enter(star);
        Expression traversal = new SplatItem(star.range());
        while (true) {
            Expression next = parseStep(traversal, full);
            if (next == null) {
                break;
            }
            traversal = next;
        }
        stream.exit();
        Token last = stream.previous();
        return new Splat(span(source, last), source, traversal, full);
    }

    private static SourceRange span(Expression first, Token last) {
        return SourceRange.between(first.range(), last.range());
    }
}
