package dev.ztmm.collect.hcl;

import dev.ztmm.collect.hcl.Expression.Binary;
import dev.ztmm.collect.hcl.Expression.Conditional;
import dev.ztmm.collect.hcl.Expression.FunctionCall;
import dev.ztmm.collect.hcl.Expression.Literal;
import dev.ztmm.collect.hcl.Expression.Parentheses;
import dev.ztmm.collect.hcl.Expression.Unary;
import dev.ztmm.collect.hcl.Expression.Variable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Parses expressions: operators by precedence, terms, function calls and traversals. */
final class ExpressionParser {

    /** Binary operators from the loosest to the tightest binding, as HCL defines them. */
    private static final List<Set<TokenType>> PRECEDENCE = List.of(
            Set.of(TokenType.OR),
            Set.of(TokenType.AND),
            Set.of(TokenType.EQUAL_EQUAL, TokenType.NOT_EQUAL),
            Set.of(TokenType.LESS, TokenType.LESS_EQUAL, TokenType.GREATER,
                    TokenType.GREATER_EQUAL),
            Set.of(TokenType.PLUS, TokenType.MINUS),
            Set.of(TokenType.STAR, TokenType.SLASH, TokenType.PERCENT));

    private final TokenStream stream;
    private final TemplateParser templates;
    private final CollectionParser collections;
    private final TraversalParser traversals;

    ExpressionParser(TokenStream stream) {
        this.stream = stream;
        this.templates = new TemplateParser(stream, this);
        this.collections = new CollectionParser(stream, this);
        this.traversals = new TraversalParser(stream, this);
    }

    /** Parses one full expression, conditionals included. */
    Expression parse() {
        stream.enter(stream.peek());
        Expression condition = parseBinary(0);
        if (stream.accept(TokenType.QUESTION)) {
            Expression whenTrue = parse();
            stream.expect(TokenType.COLON, "':' after the true result of a conditional");
            Expression whenFalse = parse();
            condition = new Conditional(span(condition, whenFalse), condition, whenTrue,
                    whenFalse);
        }
        stream.exit();
        return condition;
    }

    /**
     * Parses operands joined by operators that bind at least as tightly as {@code minLevel}, an
     * index into {@link #PRECEDENCE}. Climbing precedence in one method keeps the recursion to
     * one frame per operator instead of one per precedence level.
     */
    private Expression parseBinary(int minLevel) {
        Expression left = parseUnary();
        while (true) {
            int level = precedenceOf(stream.peek().type());
            if (level < minLevel) {
                return left;
            }
            Token operator = stream.next();
            Expression right = parseBinary(level + 1);
            left = new Binary(span(left, right), operator.value(), left, right);
        }
    }

    /** Returns the precedence level of a binary operator, or -1 for any other token. */
    private static int precedenceOf(TokenType type) {
        for (int level = 0; level < PRECEDENCE.size(); level++) {
            if (PRECEDENCE.get(level).contains(type)) {
                return level;
            }
        }
        return -1;
    }

    private Expression parseUnary() {
        if (stream.at(TokenType.MINUS) || stream.at(TokenType.BANG)) {
            Token operator = stream.next();
            stream.enter(operator);
            Expression operand = parseUnary();
            stream.exit();
            return new Unary(SourceRange.between(operator.range(), operand.range()),
                    operator.value(), operand);
        }
        return traversals.parsePostfix(parseTerm());
    }

    private Expression parseTerm() {
        Token token = stream.peek();
        return switch (token.type()) {
            case NUMBER -> new Literal(stream.next().range(), numberValue(token.value()));
            case IDENTIFIER -> parseIdentifierTerm(token);
            case OPEN_QUOTE, OPEN_HEREDOC -> templates.parse();
            case LEFT_PAREN -> parseParentheses();
            case LEFT_BRACKET -> collections.parseTuple();
            case LEFT_BRACE -> collections.parseObject();
            default -> throw stream.error(token, "expected an expression, found "
                    + token.describe());
        };
    }

    private Expression parseIdentifierTerm(Token name) {
        TokenType after = stream.peekSecond().type();
        if (after == TokenType.LEFT_PAREN || after == TokenType.DOUBLE_COLON) {
            return parseFunctionCall();
        }
        stream.next();
        return switch (name.value()) {
            case "true" -> new Literal(name.range(), Boolean.TRUE);
            case "false" -> new Literal(name.range(), Boolean.FALSE);
            case "null" -> new Literal(name.range(), null);
            default -> new Variable(name.range(), name.value());
        };
    }

    private Expression parseFunctionCall() {
        Token first = stream.next();
        StringBuilder name = new StringBuilder(first.value());
        while (stream.accept(TokenType.DOUBLE_COLON)) {
            name.append("::").append(
                    stream.expect(TokenType.IDENTIFIER, "a name after '::'").value());
        }
        Token open = stream.expect(TokenType.LEFT_PAREN, "'(' after the function name '"
                + name + "'");
        stream.pushNewlines(false);
        List<Expression> arguments = new ArrayList<>();
        boolean expandFinal = false;
        while (!stream.at(TokenType.RIGHT_PAREN) && !expandFinal) {
            arguments.add(parse());
            expandFinal = stream.accept(TokenType.ELLIPSIS);
            if (!stream.accept(TokenType.COMMA)) {
                break;
            }
        }
        Token close = stream.expect(TokenType.RIGHT_PAREN, "')' to close the call to '" + name
                + "' opened at line " + open.range().line() + ", column "
                + open.range().column());
        stream.popNewlines();
        return new FunctionCall(SourceRange.between(first.range(), close.range()),
                name.toString(), arguments, expandFinal);
    }

    private Expression parseParentheses() {
        Token open = stream.next();
        stream.pushNewlines(false);
        Expression inner = parse();
        Token close = stream.expect(TokenType.RIGHT_PAREN, "')' to close the '(' at line "
                + open.range().line() + ", column " + open.range().column());
        stream.popNewlines();
        return new Parentheses(SourceRange.between(open.range(), close.range()), inner);
    }

    /** Returns a Long for a whole number that fits in one, otherwise a Double. */
    static Object numberValue(String text) {
        BigDecimal number;
        try {
            number = new BigDecimal(text);
        } catch (NumberFormatException exponentOutOfRange) {
            return Double.parseDouble(text);
        }
        try {
            return number.longValueExact();
        } catch (ArithmeticException notWholeOrTooLarge) {
            return number.doubleValue();
        }
    }

    static SourceRange span(Expression first, Expression last) {
        return SourceRange.between(first.range(), last.range());
    }
}
