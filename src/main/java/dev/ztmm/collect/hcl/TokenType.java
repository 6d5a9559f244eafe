package dev.ztmm.collect.hcl;

/** The kinds of token that {@link HclLexer} produces. */
enum TokenType {
    IDENTIFIER("an identifier"),
    NUMBER("a number"),
    NEWLINE("a newline"),
    EOF("the end of the file"),

    OPEN_QUOTE("'\"'"),
    CLOSE_QUOTE("'\"'"),
    OPEN_HEREDOC("a heredoc"),
    CLOSE_HEREDOC("the heredoc end marker"),
    /** A run of literal template text, whose {@link Token#value()} has the escapes decoded. */
    TEMPLATE_LITERAL("template text"),
    /** {@code ${} or {@code ${~}. */
    TEMPLATE_INTERPOLATION("'${'"),
    /** {@code %{} or {@code %{~}. */
    TEMPLATE_DIRECTIVE("'%{'"),
    /** The {@code }} or {@code ~}} that closes an interpolation or a directive. */
    TEMPLATE_SEQUENCE_END("'}'"),

    LEFT_BRACE("'{'"),
    RIGHT_BRACE("'}'"),
    LEFT_BRACKET("'['"),
    RIGHT_BRACKET("']'"),
    LEFT_PAREN("'('"),
    RIGHT_PAREN("')'"),
    COMMA("','"),
    DOT("'.'"),
    ELLIPSIS("'...'"),
    COLON("':'"),
    DOUBLE_COLON("'::'"),
    QUESTION("'?'"),
    EQUAL("'='"),
    FAT_ARROW("'=>'"),

    PLUS("'+'"),
    MINUS("'-'"),
    STAR("'*'"),
    SLASH("'/'"),
    PERCENT("'%'"),
    EQUAL_EQUAL("'=='"),
    NOT_EQUAL("'!='"),
    LESS("'<'"),
    LESS_EQUAL("'<='"),
    GREATER("'>'"),
    GREATER_EQUAL("'>='"),
    AND("'&&'"),
    OR("'||'"),
    BANG("'!'");

    private final String description;

    TokenType(String description) {
        this.description = description;
    }

    /** Returns how an error message names a token of this type. */
    String description() {
        return description;
    }
}
