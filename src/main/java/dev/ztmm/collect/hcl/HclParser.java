package dev.ztmm.collect.hcl;

import dev.ztmm.collect.hcl.HclBody.Attribute;
import dev.ztmm.collect.hcl.HclBody.Block;
import dev.ztmm.collect.hcl.HclBody.BodyItem;
import dev.ztmm.collect.hcl.HclBody.Label;
import java.util.ArrayList;
import java.util.List;

/** A recursive-descent parser for HCL native syntax files, such as Terraform's .tf files. */
public final class HclParser {

    private final String source;
    private final TokenStream stream;
    private final ExpressionParser expressions;

    private HclParser(String source) {
        this.source = source;
        this.stream = new TokenStream(HclLexer.tokenize(source));
        this.expressions = new ExpressionParser(stream);
    }

    /**
     * Parses the text of one file.
     *
     * @param text the file content, without a byte order mark
     * @return the top-level body
     * @throws HclParseException at the first syntax error, or when blocks and expressions nest
     *     more than {@value TokenStream#MAX_NESTING} levels deep
     */
    public static HclBody parse(String text) {
        return new HclParser(text).parseFile();
    }

    private HclBody parseFile() {
        List<BodyItem> items = parseItems(null);
        return new HclBody(items, new SourceRange(source, 0, source.length(), 1, 1));
    }

    /** Parses body items up to the closing brace of {@code openBrace}, or to the end of file. */
    private List<BodyItem> parseItems(Token openBrace) {
        List<BodyItem> items = new ArrayList<>();
        while (true) {
            stream.skipNewlines();
            Token token = stream.peek();
            if (token.is(TokenType.EOF) && openBrace != null) {
                throw stream.error(token, "expected '}' to close the block body opened at line "
                        + openBrace.range().line() + ", column " + openBrace.range().column()
                        + ", found the end of the file");
            }
            if (token.is(TokenType.RIGHT_BRACE) && openBrace == null) {
                throw stream.error(token, "unexpected '}': no block is open here");
            }
            if (token.is(TokenType.EOF) || token.is(TokenType.RIGHT_BRACE)) {
                return items;
            }
            items.add(parseItem());
        }
    }

    private BodyItem parseItem() {
        Token name = stream.peek();
        if (!name.is(TokenType.IDENTIFIER)) {
            throw stream.error(name, "expected an attribute name or a block type, found "
                    + name.describe());
        }
        stream.next();
        if (stream.accept(TokenType.EQUAL)) {
            Expression value = expressions.parse();
            expectItemEnd("the attribute '" + name.value() + "'");
            SourceRange range = SourceRange.between(name.range(), value.range());
            return new Attribute(name.value(), name.range(), value, range);
        }
        return parseBlock(name);
    }

    private Block parseBlock(Token type) {
        List<Label> labels = new ArrayList<>();
        StringBuilder header = new StringBuilder(type.value());
        while (stream.at(TokenType.IDENTIFIER) || stream.at(TokenType.OPEN_QUOTE)) {
            Label label = parseLabel();
            labels.add(label);
            header.append(' ').append(label.range().text());
        }
        Token open = stream.peek();
        if (!open.is(TokenType.LEFT_BRACE)) {
            throw stream.error(open, "expected '=' or a block body after '" + header
                    + "', found " + open.describe());
        }
        stream.next();
        stream.enter(open);
        stream.pushNewlines(true);
        List<BodyItem> items = parseItems(open);
        Token close = stream.next();
        stream.popNewlines();
        stream.exit();
        expectItemEnd("the block '" + header + "'");
        SourceRange inner = new SourceRange(source, open.range().end(), close.range().start(),
                open.range().line(), open.range().column() + 1);
        HclBody body = new HclBody(items, inner);
        return new Block(type.value(), labels, body, SourceRange.between(type.range(),
                close.range()));
    }

    private Label parseLabel() {
        Token first = stream.next();
        if (first.is(TokenType.IDENTIFIER)) {
            return new Label(first.value(), first.range());
        }
        StringBuilder value = new StringBuilder();
        while (stream.at(TokenType.TEMPLATE_LITERAL)) {
            value.append(stream.next().value());
        }
        Token close = stream.peek();
        if (!close.is(TokenType.CLOSE_QUOTE)) {
            throw stream.error(close, "block labels must be literal strings, found "
                    + close.describe());
        }
        stream.next();
        return new Label(value.toString(), SourceRange.between(first.range(), close.range()));
    }

    /**
     * Requires the newline, closing brace or end of file that ends an attribute or a block.
     *
     * <p>NOTE: accepting a closing brace here also accepts one-line blocks with several items or
     * with nested blocks, such as {@code a { b {} }}, which Terraform rejects.
     */
    private void expectItemEnd(String item) {
        Token next = stream.peek();
        boolean ends = next.is(TokenType.NEWLINE)
                || next.is(TokenType.EOF)
                || next.is(TokenType.RIGHT_BRACE);
        if (!ends) {
            throw stream.error(next, "expected a newline after " + item + ", found "
                    + next.describe());
        }
    }
}
