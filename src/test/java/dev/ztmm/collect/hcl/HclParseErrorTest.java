package dev.ztmm.collect.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class HclParseErrorTest {

    private static HclParseException parseError(String text) {
        return catchThrowableOfType(HclParseException.class, () -> HclParser.parse(text));
    }

    @Test
    void missingEquals_namesBlockHeader() {
        HclParseException error = parseError("resource \"aws_s3_bucket\" \"b\" }\n");

        assertThat(error.line()).isEqualTo(1);
        assertThat(error.column()).isEqualTo(30);
        assertThat(error.getMessage()).isEqualTo(
                "expected '=' or a block body after 'resource \"aws_s3_bucket\" \"b\"', found '}'");
    }

    @Test
    void attributeNameAlone_reportsNewline() {
        HclParseException error = parseError("b {\n  enabled\n}\n");

        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isEqualTo(10);
        assertThat(error.getMessage())
                .isEqualTo("expected '=' or a block body after 'enabled', found a newline");
    }

    @Test
    void unterminatedString_pointsAtOpeningQuote() {
        HclParseException error = parseError("a = 1\nb = \"abc\nc = 2\n");

        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isEqualTo(5);
        assertThat(error.getMessage())
                .isEqualTo("unterminated string: missing '\"' before the end of the line");
    }

    @Test
    void unterminatedHeredoc_pointsAtOpener() {
        HclParseException error = parseError("x {\n  a = <<EOF\nline\n  EOFX\n}\n");

        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isEqualTo(7);
        assertThat(error.getMessage())
                .isEqualTo("unterminated heredoc: no line with the end marker 'EOF' follows");
    }

    @Test
    void missingClosingBrace_reportsEndOfFile() {
        HclParseException error = parseError("resource \"a\" \"b\" {\n  x = 1\n");

        assertThat(error.line()).isEqualTo(3);
        assertThat(error.column()).isEqualTo(1);
        assertThat(error.getMessage()).isEqualTo("expected '}' to close the block body opened"
                + " at line 1, column 18, found the end of the file");
    }

    @Test
    void extraClosingBrace_isRejected() {
        HclParseException error = parseError("a {\n}\n}\n");

        assertThat(error.line()).isEqualTo(3);
        assertThat(error.column()).isEqualTo(1);
        assertThat(error.getMessage()).isEqualTo("unexpected '}': no block is open here");
    }

    @Test
    void unclosedObject_reportsEndOfFile() {
        HclParseException error = parseError("a = {\n  b = 1\n");

        assertThat(error.line()).isEqualTo(3);
        assertThat(error.column()).isEqualTo(1);
        assertThat(error.getMessage())
                .isEqualTo("expected an object key or '}', found the end of the file");
    }

    @Test
    void unclosedCall_namesFunction() {
        HclParseException error = parseError("a = max(1, 2\nb = 3\n");

        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isEqualTo(1);
        assertThat(error.getMessage()).isEqualTo("expected ')' to close the call to 'max'"
                + " opened at line 1, column 8, found 'b'");
    }

    @Test
    void nestingPastLimit_isRejected() {
        String text = "a = " + "[".repeat(300) + "]".repeat(300) + "\n";

        HclParseException error = parseError(text);

        assertThat(error.line()).isEqualTo(1);
        assertThat(error.column()).isEqualTo(5 + TokenStream.MAX_NESTING);
        assertThat(error.getMessage()).isEqualTo("blocks and expressions are nested more than"
                + " 200 levels deep here; flatten the configuration");
    }

    @Test
    void nestingAtLimit_isAccepted() {
        int depth = TokenStream.MAX_NESTING - 1;
        String text = "a = " + "[".repeat(depth) + "]".repeat(depth) + "\n";

        assertThat(HclParser.parse(text).items()).hasSize(1);
    }

    @Test
    void deeplyNestedBlocks_areRejected() {
        String text = "b {\n".repeat(300) + "}\n".repeat(300);

        HclParseException error = parseError(text);

        assertThat(error.line()).isEqualTo(201);
        assertThat(error.column()).isEqualTo(3);
    }

    @Test
    void longUnaryChain_isRejectedWithoutStackOverflow() {
        HclParseException error = parseError("a = " + "!-".repeat(50_000) + "1\n");

        assertThat(error.getMessage()).startsWith("blocks and expressions are nested");
    }

    @Test
    void longSplatChain_isRejectedWithoutStackOverflow() {
        HclParseException error = parseError("a = x" + "[*]".repeat(50_000) + "\n");

        assertThat(error.getMessage()).startsWith("blocks and expressions are nested");
    }

    @Test
    void deeplyNestedTemplates_areRejectedWithoutStackOverflow() {
        String text = "a = " + "\"${".repeat(50_000) + "1" + "}\"".repeat(50_000) + "\n";

        HclParseException error = parseError(text);

        assertThat(error.getMessage()).startsWith("blocks and expressions are nested");
    }

    @Test
    void invalidEscape_pointsAtBackslash() {
        HclParseException error = parseError("a = \"C:\\dir\"\n");

        assertThat(error.line()).isEqualTo(1);
        assertThat(error.column()).isEqualTo(8);
        assertThat(error.getMessage()).isEqualTo(
                "invalid escape sequence '\\d' in a string; write '\\\\' for a literal backslash");
    }

    @Test
    void shortUnicodeEscape_isRejected() {
        HclParseException error = parseError("a = \"\\u12\"\n");

        assertThat(error.column()).isEqualTo(6);
        assertThat(error.getMessage()).isEqualTo(
                "invalid Unicode escape '\\u12': expected 4 hexadecimal digits of a code point");
    }

    @Test
    void unterminatedComment_pointsAtOpener() {
        HclParseException error = parseError("a = 1\n/* never closed\n");

        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isEqualTo(1);
        assertThat(error.getMessage())
                .isEqualTo("unterminated comment: missing '*/' to close the '/*' here");
    }

    @Test
    void unexpectedCharacter_isNamed() {
        HclParseException error = parseError("a = 1 @ 2\n");

        assertThat(error.column()).isEqualTo(7);
        assertThat(error.getMessage()).isEqualTo("unexpected character '@'");
    }

    @Test
    void ifWithoutEndif_isRejected() {
        HclParseException error = parseError("a = \"%{ if x }y\"\n");

        assertThat(error.column()).isEqualTo(16);
        assertThat(error.getMessage()).isEqualTo("expected '%{ endif }' to close the '%{ if }'"
                + " at line 1, column 6, found '\"'");
    }

    @Test
    void endifWithoutIf_isRejected() {
        HclParseException error = parseError("a = \"y%{ endif }\"\n");

        assertThat(error.column()).isEqualTo(10);
        assertThat(error.getMessage())
                .isEqualTo("unexpected '%{ endif }' without a matching '%{ if }' or '%{ for }'");
    }

    @Test
    void twoAttributesOnOneLine_areRejected() {
        HclParseException error = parseError("a = 1 b = 2\n");

        assertThat(error.column()).isEqualTo(7);
        assertThat(error.getMessage())
                .isEqualTo("expected a newline after the attribute 'a', found 'b'");
    }

    @Test
    void interpolatedBlockLabel_isRejected() {
        HclParseException error = parseError("resource \"${x}\" \"b\" {}\n");

        assertThat(error.column()).isEqualTo(11);
        assertThat(error.getMessage())
                .isEqualTo("block labels must be literal strings, found '${'");
    }

    @Test
    void missingOperand_isReported() {
        HclParseException error = parseError("a = 1 +\n");

        assertThat(error.column()).isEqualTo(8);
        assertThat(error.getMessage()).isEqualTo("expected an expression, found a newline");
    }
}
