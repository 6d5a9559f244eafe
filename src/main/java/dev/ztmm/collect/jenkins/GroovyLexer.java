package dev.ztmm.collect.jenkins;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Groovy pipeline script into words, strings and brackets, skipping comments.
 *
 * <p>Strings are single-, double- or triple-quoted with backslash escapes; a double-quoted
 * string's {@code ${...}} may hold braces and quotes of its own. Slashy strings are not read as
 * strings: a {@code /} is punctuation, which is harmless because pipeline steps do not use them.
 */
final class GroovyLexer {

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int offset;
    private int line = 1;
    private int lineStart;

    private GroovyLexer(String text) {
        this.text = text;
    }

    static List<Token> tokenize(String text) throws JenkinsParseException {
        GroovyLexer lexer = new GroovyLexer(text);
        lexer.run();
        return lexer.tokens;
    }

    private void run() throws JenkinsParseException {
        while (offset < text.length()) {
            char c = text.charAt(offset);
            if (c == '\n') {
                newline();
            } else if (Character.isWhitespace(c)) {
                offset++;
            } else if (text.startsWith("//", offset)) {
                skipTo("\n", false);
            } else if (text.startsWith("/*", offset)) {
                skipComment();
            } else if (c == '\'' || c == '"') {
                string(c);
            } else if (Character.isJavaIdentifierStart(c)) {
                word();
            } else {
                punctuation(c);
            }
        }
    }

    private void newline() {
        offset++;
        line++;
        lineStart = offset;
    }

    private void skipTo(String end, boolean consume) {
        int found = text.indexOf(end, offset);
        offset = found < 0 ? text.length() : found + (consume ? end.length() : 0);
    }

    private void skipComment() throws JenkinsParseException {
        int startLine = line;
        int end = text.indexOf("*/", offset + 2);
        if (end < 0) {
            throw new JenkinsParseException("Comment '/*' is never closed with '*/'.", startLine);
        }
        advanceTo(end + 2);
    }

    private void advanceTo(int target) {
        while (offset < target) {
            if (text.charAt(offset) == '\n') {
                newline();
            } else {
                offset++;
            }
        }
    }

    private void word() {
        int start = offset;
        int column = offset - lineStart + 1;
        while (offset < text.length()
                && (Character.isJavaIdentifierPart(text.charAt(offset)) || text.charAt(offset) == '.')) {
            offset++;
        }
        tokens.add(new Token(Token.Type.WORD, text.substring(start, offset), line, column, false));
    }

    private void punctuation(char c) {
        Token.Type type = "{([".indexOf(c) >= 0 ? Token.Type.OPEN
                : "})]".indexOf(c) >= 0 ? Token.Type.CLOSE : Token.Type.PUNCT;
        tokens.add(new Token(type, String.valueOf(c), line, offset - lineStart + 1, false));
        offset++;
    }

    private void string(char quote) throws JenkinsParseException {
        int startLine = line;
        int column = offset - lineStart + 1;
        String delimiter = text.startsWith(String.valueOf(quote).repeat(3), offset)
                ? String.valueOf(quote).repeat(3) : String.valueOf(quote);
        advanceTo(offset + delimiter.length());
        StringBuilder value = new StringBuilder();
        boolean dollar = false;
        while (!text.startsWith(delimiter, offset)) {
            if (offset >= text.length() || delimiter.length() == 1 && text.charAt(offset) == '\n') {
                throw new JenkinsParseException("String opened with " + delimiter + " is never closed.",
                        startLine);
            }
            char c = text.charAt(offset);
            if (c == '\\' && offset + 1 < text.length()) {
                value.append(StringEscapes.decode(text.charAt(offset + 1)));
                advanceTo(offset + 2);
            } else if (quote == '"' && text.startsWith("${", offset)) {
                dollar = true;
                value.append(interpolation());
            } else {
                dollar |= quote == '"' && c == '$';
                value.append(c);
                advanceTo(offset + 1);
            }
        }
        advanceTo(offset + delimiter.length());
        tokens.add(new Token(Token.Type.STRING, value.toString(), startLine, column, dollar));
    }

    /** Reads {@code ${...}} as written, counting braces so a closure inside it stays whole. */
    private String interpolation() throws JenkinsParseException {
        int start = offset;
        int startLine = line;
        int depth = 0;
        do {
            if (offset >= text.length()) {
                throw new JenkinsParseException("Interpolation '${' is never closed.", startLine);
            }
            char c = text.charAt(offset);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            advanceTo(offset + 1);
        } while (depth > 0);
        return text.substring(start, offset);
    }
}
