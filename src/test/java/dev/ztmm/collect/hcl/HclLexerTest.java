package dev.ztmm.collect.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HclLexerTest {

    private static List<TokenType> types(String text) {
        return HclLexer.tokenize(text).stream().map(Token::type).toList();
    }

    private static List<String> literals(String text) {
        return HclLexer.tokenize(text).stream()
                .filter(token -> token.is(TokenType.TEMPLATE_LITERAL))
                .map(Token::value)
                .toList();
    }

    @Test
    void numbers_keepTheirSourceText() {
        List<Token> tokens = HclLexer.tokenize("1 2.5 1e3 1.5E-2");

        assertThat(tokens).extracting(Token::value)
                .containsExactly("1", "2.5", "1e3", "1.5E-2", "");
        assertThat(tokens.get(3).type()).isEqualTo(TokenType.NUMBER);
    }

    @Test
    void quotedString_decodesEscapes() {
        String text = "\"a\\n\\t\\\"\\\\\\r\\u00e9\\U0001F600\"";

        assertThat(literals(text)).containsExactly("a\n\t\"\\\r\u00e9\uD83D\uDE00");
    }

    @Test
    void templateEscapes_decodeToLiteralMarkers() {
        assertThat(literals("\"$${x} %%{y} $5 100%\"")).containsExactly("${x} %{y} $5 100%");
    }

    @Test
    void interpolation_splitsLiteralAndSequence() {
        assertThat(types("\"a${b}c\"")).containsExactly(
                TokenType.OPEN_QUOTE,
                TokenType.TEMPLATE_LITERAL,
                TokenType.TEMPLATE_INTERPOLATION,
                TokenType.IDENTIFIER,
                TokenType.TEMPLATE_SEQUENCE_END,
                TokenType.TEMPLATE_LITERAL,
                TokenType.CLOSE_QUOTE,
                TokenType.EOF);
    }

    @Test
    void bracesInsideInterpolation_doNotEndIt() {
        List<TokenType> types = types("\"${ {a = 1}.a }\"");

        assertThat(types).containsSubsequence(
                TokenType.LEFT_BRACE, TokenType.RIGHT_BRACE, TokenType.DOT,
                TokenType.TEMPLATE_SEQUENCE_END, TokenType.CLOSE_QUOTE);
    }

    @Test
    void stripMarkers_trimAdjacentWhitespace() {
        assertThat(literals("\"a  ${~ b ~}  c\"")).containsExactly("a", "c");
    }

    @Test
    void stripMarkerBeforeDirective_trimsNewlines() {
        String text = "<<EOF\nx\n  %{~ if a ~}\n  y\n%{ endif }\nEOF\n";

        assertThat(literals(text)).containsExactly("x", "y\n", "\n");
    }

    @Test
    void comments_keepLineCommentNewline() {
        List<TokenType> types = types("a = 1 # one\n/* two\n */ b // three\n");

        assertThat(types).containsExactly(
                TokenType.IDENTIFIER, TokenType.EQUAL, TokenType.NUMBER, TokenType.NEWLINE,
                TokenType.IDENTIFIER, TokenType.NEWLINE, TokenType.EOF);
    }

    @Test
    void dashedName_isOneIdentifier() {
        assertThat(HclLexer.tokenize("foo-bar").get(0).value()).isEqualTo("foo-bar");
    }

    @Test
    void heredocOpener_storesEndMarker() {
        Token opener = HclLexer.tokenize("<<-EOT\nx\nEOT\n").get(0);

        assertThat(opener.type()).isEqualTo(TokenType.OPEN_HEREDOC);
        assertThat(opener.value()).isEqualTo("EOT");
    }

    @Test
    void lessLessWithoutMarker_isTwoOperators() {
        assertThat(types("a << b")).containsExactly(
                TokenType.IDENTIFIER, TokenType.LESS, TokenType.LESS, TokenType.IDENTIFIER,
                TokenType.EOF);
    }

    @Test
    void carriageReturn_isIgnoredOutsideStrings() {
        assertThat(types("a = 1\r\nb = 2\r\n")).containsExactly(
                TokenType.IDENTIFIER, TokenType.EQUAL, TokenType.NUMBER, TokenType.NEWLINE,
                TokenType.IDENTIFIER, TokenType.EQUAL, TokenType.NUMBER, TokenType.NEWLINE,
                TokenType.EOF);
    }

    @Test
    void operators_preferTheLongestSymbol() {
        assertThat(types("== != <= >= => && || ... ::")).containsExactly(
                TokenType.EQUAL_EQUAL, TokenType.NOT_EQUAL, TokenType.LESS_EQUAL,
                TokenType.GREATER_EQUAL, TokenType.FAT_ARROW, TokenType.AND, TokenType.OR,
                TokenType.ELLIPSIS, TokenType.DOUBLE_COLON, TokenType.EOF);
    }

    @Test
    void tokens_recordLineAndColumn() {
        Token name = HclLexer.tokenize("\n  x = 1").get(1);

        assertThat(name.range().line()).isEqualTo(2);
        assertThat(name.range().column()).isEqualTo(3);
    }
}
