package dev.ztmm.collect.hcl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Splits HCL native syntax into tokens.
 *
 * <p>Template text is lexed in its own mode: after an opening quote or heredoc the lexer emits
 * literal runs until it meets {@code ${} or {@code %{}, lexes the sequence inside in expression
 * mode, and returns to template mode at the matching {@code }}. A stack of {@link Frame}s records
 * which mode each open quote, heredoc and sequence is in, so templates nest to any depth without
 * recursion.
 */
final class HclLexer {

    private final CharReader reader;
    private final List<Token> tokens = new ArrayList<>();
    private final Deque<Frame> frames = new ArrayDeque<>();
    private final TemplateLexer templates;

    private HclLexer(String text) {
        this.reader = new CharReader(text);
        this.templates = new TemplateLexer(reader, tokens, frames);
    }

    /** Tokenizes the whole text, ending with one {@link TokenType#EOF} token. */
    static List<Token> tokenize(String text) {
        return new HclLexer(text).run();
    }

    private List<Token> run() {
        while (true) {
            Frame top = frames.peek();
            if (top == null || top.kind == FrameKind.SEQUENCE) {
                if (!scanExpressionToken(top)) {
                    break;
                }
            } else if (top.kind == FrameKind.QUOTED) {
                templates.scanQuoted(top);
            } else {
                templates.scanHeredoc(top);
            }
        }
        tokens.add(new Token(TokenType.EOF, "", reader.rangeFrom(reader.mark())));
        return tokens;
    }

    /** Scans one token in expression mode, returning false at the end of the text. */
    private boolean scanExpressionToken(Frame sequence) {
        skipBlanksAndComments();
        if (reader.atEnd()) {
            if (sequence != null) {
                throw sequence.opener.error(
                        "unterminated template sequence: missing '}' to close the sequence"
                                + " opened here");
            }
            return false;
        }
        CharReader.Mark start = reader.mark();
        char c = reader.peek();
        if (c == '\n') {
            reader.advance();
            emit(TokenType.NEWLINE, start);
        } else if (c == '"') {
            reader.advance();
            emit(TokenType.OPEN_QUOTE, start);
            frames.push(new Frame(FrameKind.QUOTED, start));
        } else if (isDigit(c)) {
            scanNumber(start);
        } else if (isIdentifierStart(c)) {
            scanIdentifier(start);
        } else if (c == '<' && reader.peek(1) == '<' && templates.isHeredocOpener()) {
            templates.scanHeredocOpener(start);
        } else {
            scanPunctuation(start, sequence);
        }
        return true;
    }

    private void skipBlanksAndComments() {
        while (!reader.atEnd()) {
            char c = reader.peek();
            if (c == ' ' || c == '\t' || c == '\r') {
                reader.advance();
            } else if (c == '#' || reader.startsWith("//")) {
                skipLineComment();
            } else if (reader.startsWith("/*")) {
                skipBlockComment();
            } else {
                return;
            }
        }
    }

    /** Skips to the end of the line but leaves the newline, which still ends an attribute. */
    private void skipLineComment() {
        while (!reader.atEnd() && reader.peek() != '\n') {
            reader.advance();
        }
    }

    private void skipBlockComment() {
        CharReader.Mark start = reader.mark();
        reader.advance(2);
        while (!reader.startsWith("*/")) {
            if (reader.atEnd()) {
                throw start.error("unterminated comment: missing '*/' to close the '/*' here");
            }
            reader.advance();
        }
        reader.advance(2);
    }

    private void scanNumber(CharReader.Mark start) {
        skipDigits();
        if (reader.peek() == '.' && isDigit(reader.peek(1))) {
            reader.advance();
            skipDigits();
        }
        char e = reader.peek();
        char afterE = reader.peek(1);
        boolean signed = afterE == '+' || afterE == '-';
        if ((e == 'e' || e == 'E') && isDigit(reader.peek(signed ? 2 : 1))) {
            reader.advance(signed ? 2 : 1);
            skipDigits();
        }
        emit(TokenType.NUMBER, start);
    }

    private void skipDigits() {
        while (isDigit(reader.peek())) {
            reader.advance();
        }
    }

    private void scanIdentifier(CharReader.Mark start) {
        reader.advance();
        while (!reader.atEnd() && isIdentifierPart(reader.peek())) {
            reader.advance();
        }
        emit(TokenType.IDENTIFIER, start);
    }

    private void scanPunctuation(CharReader.Mark start, Frame sequence) {
        char c = reader.peek();
        if (c == '{') {
            reader.advance();
            if (sequence != null) {
                sequence.braceDepth++;
            }
            emit(TokenType.LEFT_BRACE, start);
        } else if (c == '}' || reader.startsWith("~}")) {
            scanClosingBrace(start, sequence);
        } else {
            Operator operator = Operator.match(reader);
            if (operator == null) {
                throw start.error("unexpected character '" + c + "'");
            }
            reader.advance(operator.symbol.length());
            emit(operator.type, start);
        }
    }

    /** Closes an object or block, or a template sequence when no brace opened inside it is open. */
    private void scanClosingBrace(CharReader.Mark start, Frame sequence) {
        boolean endsSequence = sequence != null && sequence.braceDepth == 0;
        if (reader.peek() == '~' && !endsSequence) {
            throw start.error("unexpected character '~'");
        }
        reader.advance(reader.peek() == '~' ? 2 : 1);
        if (endsSequence) {
            frames.pop();
            frames.peek().trimNextLiteral = reader.rangeFrom(start).text().startsWith("~");
            emit(TokenType.TEMPLATE_SEQUENCE_END, start);
        } else {
            if (sequence != null) {
                sequence.braceDepth--;
            }
            emit(TokenType.RIGHT_BRACE, start);
        }
    }

    private void emit(TokenType type, CharReader.Mark start) {
        SourceRange range = reader.rangeFrom(start);
        tokens.add(new Token(type, range.text(), range));
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isIdentifierStart(char c) {
        return c == '_' || Character.isLetter(c);
    }

    /** HCL identifiers may contain dashes, so {@code foo-bar} is one identifier. */
    static boolean isIdentifierPart(char c) {
        return c == '-'
                || (Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
    }

    /** The lexer modes that nest: a quoted template, a heredoc template and a sequence. */
    enum FrameKind {
        QUOTED,
        HEREDOC,
        /** The expression inside {@code ${ }} or {@code %{ }}. */
        SEQUENCE
    }

    /** One open quote, heredoc or template sequence. */
    static final class Frame {
        final FrameKind kind;
        final CharReader.Mark opener;
        /** Braces opened and not yet closed inside a sequence. */
        int braceDepth;
        /** The heredoc end marker, such as {@code EOF}. */
        String marker;
        /** True for {@code <<-}, which removes the common indentation of the lines. */
        boolean flush;
        /** Index in the token list of the first token after the heredoc opener. */
        int firstTokenIndex;
        boolean atLineStart;
        /** Set by a {@code ~}} strip marker: the next literal loses its leading whitespace. */
        boolean trimNextLiteral;

        Frame(FrameKind kind, CharReader.Mark opener) {
            this.kind = kind;
            this.opener = opener;
        }
    }

    /** Operator and punctuation symbols, longest first so that {@code ==} wins over {@code =}. */
    private enum Operator {
        ELLIPSIS("...", TokenType.ELLIPSIS),
        DOUBLE_COLON("::", TokenType.DOUBLE_COLON),
        FAT_ARROW("=>", TokenType.FAT_ARROW),
        EQUAL_EQUAL("==", TokenType.EQUAL_EQUAL),
        NOT_EQUAL("!=", TokenType.NOT_EQUAL),
        LESS_EQUAL("<=", TokenType.LESS_EQUAL),
        GREATER_EQUAL(">=", TokenType.GREATER_EQUAL),
        AND("&&", TokenType.AND),
        OR("||", TokenType.OR),
        LEFT_BRACKET("[", TokenType.LEFT_BRACKET),
        RIGHT_BRACKET("]", TokenType.RIGHT_BRACKET),
        LEFT_PAREN("(", TokenType.LEFT_PAREN),
        RIGHT_PAREN(")", TokenType.RIGHT_PAREN),
        COMMA(",", TokenType.COMMA),
        DOT(".", TokenType.DOT),
        COLON(":", TokenType.COLON),
        QUESTION("?", TokenType.QUESTION),
        EQUAL("=", TokenType.EQUAL),
        PLUS("+", TokenType.PLUS),
        MINUS("-", TokenType.MINUS),
        STAR("*", TokenType.STAR),
        SLASH("/", TokenType.SLASH),
        PERCENT("%", TokenType.PERCENT),
        LESS("<", TokenType.LESS),
        GREATER(">", TokenType.GREATER),
        BANG("!", TokenType.BANG);

        final String symbol;
        final TokenType type;

        Operator(String symbol, TokenType type) {
            this.symbol = symbol;
            this.type = type;
        }

        static Operator match(CharReader reader) {
            for (Operator operator : values()) {
                if (reader.startsWith(operator.symbol)) {
                    return operator;
                }
            }
            return null;
        }
    }
}
