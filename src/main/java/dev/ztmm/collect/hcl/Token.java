package dev.ztmm.collect.hcl;

/**
 * One lexical token.
 *
 * @param type the token kind
 * @param value the decoded text: escapes resolved for template literals, the end marker for
 *     heredoc openers, otherwise the source text
 * @param range where the token is in the source
 */
record Token(TokenType type, String value, SourceRange range) {

    boolean is(TokenType expected) {
        return type == expected;
    }

    boolean isKeyword(String word) {
        return type == TokenType.IDENTIFIER && value.equals(word);
    }

    String text() {
        return range.text();
    }

    /** Returns how an error message names this token, such as {@code '}'} or "a newline". */
    String describe() {
        return switch (type) {
            case IDENTIFIER, NUMBER -> "'" + value + "'";
            default -> type.description();
        };
    }
}
