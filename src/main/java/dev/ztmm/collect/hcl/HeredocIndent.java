package dev.ztmm.collect.hcl;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes the common indentation of a {@code <<-} heredoc, as Terraform does: the smallest
 * number of leading spaces and tabs over the lines that are not blank. A tab counts as one
 * character, and a line that starts with an interpolation has no indentation.
 */
final class HeredocIndent {

    private HeredocIndent() {}

    /**
     * Rewrites the literal tokens that start a line of the heredoc.
     *
     * @param heredocTokens the tokens between the heredoc opener and its end marker. Tokens
     *     inside nested sequences are left as they are.
     */
    static void removeCommonIndent(List<Token> heredocTokens) {
        List<Integer> lineStarts = new ArrayList<>();
        int minIndent = Integer.MAX_VALUE;
        boolean atLineStart = true;
        int depth = 0;
        for (int i = 0; i < heredocTokens.size(); i++) {
            Token token = heredocTokens.get(i);
            if (depth == 0 && atLineStart) {
                minIndent = Math.min(minIndent, lineIndent(token));
                if (token.is(TokenType.TEMPLATE_LITERAL)) {
                    lineStarts.add(i);
                }
            }
            depth += depthChange(token);
            atLineStart = depth == 0
                    && token.is(TokenType.TEMPLATE_LITERAL)
                    && token.value().endsWith("\n");
        }
        for (int index : lineStarts) {
            heredocTokens.set(index, strip(heredocTokens.get(index), minIndent));
        }
    }

    /** Returns the indentation of a line that starts with {@code token}, or max for a blank one. */
    private static int lineIndent(Token token) {
        if (!token.is(TokenType.TEMPLATE_LITERAL)) {
            return 0;
        }
        String text = token.value();
        int indent = leadingBlanks(text);
        boolean blankLine = indent < text.length() && text.charAt(indent) == '\n';
        return blankLine ? Integer.MAX_VALUE : indent;
    }

    private static int depthChange(Token token) {
        return switch (token.type()) {
            case TEMPLATE_INTERPOLATION, TEMPLATE_DIRECTIVE -> 1;
            case TEMPLATE_SEQUENCE_END -> -1;
            default -> 0;
        };
    }

    private static Token strip(Token line, int indent) {
        int count = Math.min(indent, leadingBlanks(line.value()));
        return new Token(TokenType.TEMPLATE_LITERAL, line.value().substring(count), line.range());
    }

    private static int leadingBlanks(String text) {
        int count = 0;
        while (count < text.length() && (text.charAt(count) == ' ' || text.charAt(count) == '\t')) {
            count++;
        }
        return count;
    }
}
