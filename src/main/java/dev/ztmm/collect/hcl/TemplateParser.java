package dev.ztmm.collect.hcl;

import dev.ztmm.collect.hcl.Expression.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Parses quoted templates and heredocs into literal text, interpolations and directives. */
final class TemplateParser {

    private final TokenStream stream;
    private final ExpressionParser expressions;

    TemplateParser(TokenStream stream, ExpressionParser expressions) {
        this.stream = stream;
        this.expressions = expressions;
    }

    Template parse() {
        Token open = stream.next();
        boolean heredoc = open.is(TokenType.OPEN_HEREDOC);
        TokenType closeType = heredoc ? TokenType.CLOSE_HEREDOC : TokenType.CLOSE_QUOTE;
        stream.pushNewlines(false);
        List<TemplatePart> parts = parseParts(closeType, Set.of());
        Token close = stream.next();
        stream.popNewlines();
        return new Template(SourceRange.between(open.range(), close.range()), parts, heredoc);
    }

    /** Parses parts up to the template's end or up to a directive named in {@code stops}. */
    private List<TemplatePart> parseParts(TokenType closeType, Set<String> stops) {
        List<TemplatePart> parts = new ArrayList<>();
        while (true) {
            Token token = stream.peek();
            if (token.is(closeType)) {
                return parts;
            }
            switch (token.type()) {
                case TEMPLATE_LITERAL -> parts.add(
                        new TemplatePart.Text(token.range(), stream.next().value()));
                case TEMPLATE_INTERPOLATION -> parts.add(parseInterpolation());
                case TEMPLATE_DIRECTIVE -> {
                    if (stops.contains(stream.peekSecond().value())) {
                        return parts;
                    }
                    parts.add(parseDirective(closeType));
                }
                default -> throw stream.error(token, "expected template text or the end of"
                        + " the template, found " + token.describe());
            }
        }
    }

    private TemplatePart parseInterpolation() {
        Token open = stream.next();
        Expression expression = expressions.parse();
        Token close = expectSequenceEnd("the interpolation");
        return new TemplatePart.Interpolation(
                SourceRange.between(open.range(), close.range()), expression);
    }

    private TemplatePart parseDirective(TokenType closeType) {
        Token open = stream.next();
        Token keyword = stream.next();
        stream.enter(open);
        TemplatePart directive;
        if (keyword.isKeyword("if")) {
            directive = parseIf(open, closeType);
        } else if (keyword.isKeyword("for")) {
            directive = parseFor(open, closeType);
        } else if (keyword.isKeyword("else") || keyword.value().startsWith("end")) {
            throw stream.error(keyword, "unexpected '%{ " + keyword.value() + " }' without a"
                    + " matching '%{ if }' or '%{ for }'");
        } else {
            throw stream.error(keyword, "expected 'if' or 'for' after '%{', found "
                    + keyword.describe());
        }
        stream.exit();
        return directive;
    }

    private TemplatePart parseIf(Token open, TokenType closeType) {
        Expression condition = expressions.parse();
        expectSequenceEnd("the '%{ if }' directive");
        List<TemplatePart> whenTrue = parseParts(closeType, Set.of("else", "endif"));
        List<TemplatePart> whenFalse = List.of();
        if (stream.peekSecond().isKeyword("else")) {
            stream.next();
            stream.next();
            expectSequenceEnd("the '%{ else }' directive");
            whenFalse = parseParts(closeType, Set.of("endif"));
        }
        Token end = expectEndDirective("endif", "if", open);
        return new TemplatePart.If(SourceRange.between(open.range(), end.range()), condition,
                whenTrue, whenFalse);
    }

    private TemplatePart parseFor(Token open, TokenType closeType) {
        String first = stream.expect(TokenType.IDENTIFIER, "a variable name after 'for'").value();
        String second = null;
        if (stream.accept(TokenType.COMMA)) {
            second = stream.expect(TokenType.IDENTIFIER, "a variable name after ','").value();
        }
        CollectionParser.expectKeyword(stream, "in", "after the for variables");
        Expression collection = expressions.parse();
        expectSequenceEnd("the '%{ for }' directive");
        List<TemplatePart> body = parseParts(closeType, Set.of("endfor"));
        Token end = expectEndDirective("endfor", "for", open);
        String keyVariable = second == null ? null : first;
        String valueVariable = second == null ? first : second;
        return new TemplatePart.For(SourceRange.between(open.range(), end.range()), keyVariable,
                valueVariable, collection, body);
    }

    private Token expectEndDirective(String end, String start, Token open) {
        Token directive = stream.peek();
        if (!directive.is(TokenType.TEMPLATE_DIRECTIVE) || !stream.peekSecond().isKeyword(end)) {
            throw stream.error(directive, "expected '%{ " + end + " }' to close the '%{ " + start
                    + " }' at line " + open.range().line() + ", column " + open.range().column()
                    + ", found " + directive.describe());
        }
        stream.next();
        stream.next();
        return expectSequenceEnd("the '%{ " + end + " }' directive");
    }

    private Token expectSequenceEnd(String sequence) {
        return stream.expect(TokenType.TEMPLATE_SEQUENCE_END, "'}' to close " + sequence);
    }
}
