package dev.ztmm.collect.hcl;

import dev.ztmm.collect.hcl.Expression.For;
import dev.ztmm.collect.hcl.Expression.ObjectConstructor;
import dev.ztmm.collect.hcl.Expression.ObjectItem;
import dev.ztmm.collect.hcl.Expression.Tuple;
import java.util.ArrayList;
import java.util.List;

/** Parses tuple and object constructors and the for expressions written inside them. */
final class CollectionParser {

    private final TokenStream stream;
    private final ExpressionParser expressions;

    CollectionParser(TokenStream stream, ExpressionParser expressions) {
        this.stream = stream;
        this.expressions = expressions;
    }

    Expression parseTuple() {
        Token open = stream.next();
        stream.pushNewlines(false);
        if (startsFor()) {
            Expression forExpression = parseFor(open, false);
            stream.popNewlines();
            return forExpression;
        }
        List<Expression> elements = new ArrayList<>();
        while (!stream.at(TokenType.RIGHT_BRACKET)) {
            elements.add(expressions.parse());
            if (!stream.accept(TokenType.COMMA)) {
                break;
            }
        }
        Token close = stream.expect(TokenType.RIGHT_BRACKET, "',' or ']' in the tuple opened at"
                + " line " + open.range().line() + ", column " + open.range().column());
        stream.popNewlines();
        return new Tuple(SourceRange.between(open.range(), close.range()), elements);
    }

    /** Parses an object, whose items are separated by commas or newlines. */
    Expression parseObject() {
        Token open = stream.next();
        stream.skipNewlines();
        if (startsFor()) {
            stream.pushNewlines(false);
            Expression forExpression = parseFor(open, true);
            stream.popNewlines();
            return forExpression;
        }
        stream.pushNewlines(true);
        List<ObjectItem> items = new ArrayList<>();
        stream.skipNewlines();
        while (!stream.at(TokenType.RIGHT_BRACE)) {
            items.add(parseObjectItem());
            boolean separated = stream.accept(TokenType.COMMA) | stream.at(TokenType.NEWLINE);
            stream.skipNewlines();
            if (!separated && !stream.at(TokenType.RIGHT_BRACE)) {
                throw stream.error(stream.peek(), "expected ',', a newline or '}' after the"
                        + " object item, found " + stream.peek().describe());
            }
        }
        Token close = stream.next();
        stream.popNewlines();
        return new ObjectConstructor(SourceRange.between(open.range(), close.range()), items);
    }

    private ObjectItem parseObjectItem() {
        Token start = stream.peek();
        if (start.is(TokenType.EOF)) {
            throw stream.error(start, "expected an object key or '}', found the end of the file");
        }
        Expression key = expressions.parse();
        if (!stream.accept(TokenType.EQUAL) && !stream.accept(TokenType.COLON)) {
            throw stream.error(stream.peek(), "expected '=' or ':' after the object key '"
                    + key.range().text() + "', found " + stream.peek().describe());
        }
        return new ObjectItem(key, expressions.parse());
    }

    private boolean startsFor() {
        return stream.peek().isKeyword("for") && stream.peekSecond().is(TokenType.IDENTIFIER);
    }

    private Expression parseFor(Token open, boolean object) {
        stream.next();
        String first = stream.expect(TokenType.IDENTIFIER, "a variable name after 'for'").value();
        String second = null;
        if (stream.accept(TokenType.COMMA)) {
            second = stream.expect(TokenType.IDENTIFIER, "a variable name after ','").value();
        }
        expectKeyword(stream, "in", "after the for variables");
        Expression collection = expressions.parse();
        stream.expect(TokenType.COLON, "':' after the collection of the for expression");
        Expression keyResult = null;
        if (object) {
            keyResult = expressions.parse();
            stream.expect(TokenType.FAT_ARROW, "'=>' after the key of an object for expression");
        }
        Expression valueResult = expressions.parse();
        boolean grouping = object && stream.accept(TokenType.ELLIPSIS);
        Expression condition = null;
        if (stream.peek().isKeyword("if")) {
            stream.next();
            condition = expressions.parse();
        }
        TokenType closeType = object ? TokenType.RIGHT_BRACE : TokenType.RIGHT_BRACKET;
        Token close = stream.expect(closeType, (object ? "'}'" : "']'")
                + " to close the for expression");
        return new For(SourceRange.between(open.range(), close.range()),
                second == null ? null : first, second == null ? first : second, collection,
                keyResult, valueResult, grouping, condition);
    }

    static void expectKeyword(TokenStream stream, String keyword, String where) {
        Token token = stream.peek();
        if (!token.isKeyword(keyword)) {
            throw stream.error(token, "expected '" + keyword + "' " + where + ", found "
                    + token.describe());
        }
        stream.next();
    }
}
