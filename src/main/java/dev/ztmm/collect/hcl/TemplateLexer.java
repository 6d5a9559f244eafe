package dev.ztmm.collect.hcl;

import dev.ztmm.collect.hcl.HclLexer.Frame;
import dev.ztmm.collect.hcl.HclLexer.FrameKind;
import java.util.Deque;
import java.util.List;

/** The template mode of {@link HclLexer}: literal text of quoted strings and heredocs. */
final class TemplateLexer {

    private final CharReader reader;
    private final List<Token> tokens;
    private final Deque<Frame> frames;

    TemplateLexer(CharReader reader, List<Token> tokens, Deque<Frame> frames) {
        this.reader = reader;
        this.tokens = tokens;
        this.frames = frames;
    }

    /** Scans literal text up to the next sequence or the closing quote. */
    void scanQuoted(Frame quote) {
        CharReader.Mark start = reader.mark();
        StringBuilder value = new StringBuilder();
        while (true) {
            char c = reader.peek();
            if (reader.atEnd() || c == '\n') {
                throw quote.opener.error(
                        "unterminated string: missing '\"' before the end of the line");
            }
            if (c == '"' || isSequenceStart()) {
                break;
            }
            if (!appendTemplateEscape(value) && !appendBackslashEscape(value)) {
                value.append(reader.advance());
            }
        }
        emitLiteral(quote, start, value);
        if (reader.peek() == '"') {
            CharReader.Mark closer = reader.mark();
            reader.advance();
            frames.pop();
            emit(TokenType.CLOSE_QUOTE, reader.rangeFrom(closer).text(), closer);
        } else {
            scanSequenceStart();
        }
    }

    /** Scans the end marker, or literal text up to a sequence or the end of the line. */
    void scanHeredoc(Frame heredoc) {
        if (heredoc.atLineStart && scanHeredocEnd(heredoc)) {
            return;
        }
        if (reader.atEnd()) {
            throw heredoc.opener.error(
                    "unterminated heredoc: no line with the end marker '"
                            + heredoc.marker
                            + "' follows");
        }
        CharReader.Mark start = reader.mark();
        StringBuilder value = new StringBuilder();
        heredoc.atLineStart = false;
        while (!reader.atEnd() && !isSequenceStart()) {
            if (!appendTemplateEscape(value)) {
                char c = reader.advance();
                value.append(c);
                if (c == '\n') {
                    heredoc.atLineStart = true;
                    break;
                }
            }
        }
        emitLiteral(heredoc, start, value);
        if (isSequenceStart()) {
            scanSequenceStart();
        }
    }

    /** Tells whether {@code <<} at the cursor starts a heredoc: {@code <<ID} or {@code <<-ID}. */
    boolean isHeredocOpener() {
        int index = reader.peek(2) == '-' ? 3 : 2;
        if (!HclLexer.isIdentifierStart(reader.peek(index))) {
            return false;
        }
        while (HclLexer.isIdentifierPart(reader.peek(index))) {
            index++;
        }
        if (reader.peek(index) == '\r') {
            index++;
        }
        return reader.peek(index) == '\n';
    }

    /** Scans {@code <<EOF} or {@code <<-EOF} and the newline after it. */
    void scanHeredocOpener(CharReader.Mark start) {
        reader.advance(reader.peek(2) == '-' ? 3 : 2);
        StringBuilder marker = new StringBuilder();
        while (HclLexer.isIdentifierPart(reader.peek())) {
            marker.append(reader.advance());
        }
        if (reader.peek() == '\r') {
            reader.advance();
        }
        reader.advance();
        emit(TokenType.OPEN_HEREDOC, marker.toString(), start);
        Frame heredoc = new Frame(FrameKind.HEREDOC, start);
        heredoc.marker = marker.toString();
        heredoc.flush = tokens.get(tokens.size() - 1).text().startsWith("<<-");
        heredoc.firstTokenIndex = tokens.size();
        heredoc.atLineStart = true;
        frames.push(heredoc);
    }

    /** Consumes the end marker line, indented or not, and leaves its newline for the parser. */
    private boolean scanHeredocEnd(Frame heredoc) {
        int index = 0;
        while (reader.peek(index) == ' ' || reader.peek(index) == '\t') {
            index++;
        }
        String rest = reader.text().substring(reader.mark().offset() + index);
        if (!rest.startsWith(heredoc.marker)) {
            return false;
        }
        int after = index + heredoc.marker.length();
        if (reader.peek(after) == '\r') {
            after++;
        }
        char end = reader.peek(after);
        if (end != '\n' && end != 0) {
            return false;
        }
        if (heredoc.flush) {
            HeredocIndent.removeCommonIndent(tokens.subList(heredoc.firstTokenIndex,
                    tokens.size()));
        }
        CharReader.Mark start = reader.mark();
        reader.advance(index + heredoc.marker.length());
        frames.pop();
        emit(TokenType.CLOSE_HEREDOC, heredoc.marker, start);
        return true;
    }

    private boolean isSequenceStart() {
        return reader.startsWith("${") || reader.startsWith("%{");
    }

    private void scanSequenceStart() {
        frames.peek().trimNextLiteral = false;
        if (reader.peek(2) == '~') {
            trimPreviousLiteral();
        }
        CharReader.Mark start = reader.mark();
        TokenType type =
                reader.peek() == '$'
                        ? TokenType.TEMPLATE_INTERPOLATION
                        : TokenType.TEMPLATE_DIRECTIVE;
        reader.advance(reader.peek(2) == '~' ? 3 : 2);
        emit(type, reader.rangeFrom(start).text(), start);
        frames.push(new Frame(FrameKind.SEQUENCE, start));
    }

    /** Decodes {@code $${} and {@code %%{}, which stand for a literal {@code ${} and {@code %{}. */
    private boolean appendTemplateEscape(StringBuilder value) {
        if (reader.startsWith("$${") || reader.startsWith("%%{")) {
            value.append(reader.advance());
            reader.advance();
            value.append(reader.advance());
            return true;
        }
        return false;
    }

    /** Decodes a backslash escape of a quoted string. Heredocs have no backslash escapes. */
    private boolean appendBackslashEscape(StringBuilder value) {
        if (reader.peek() != '\\') {
            return false;
        }
        CharReader.Mark start = reader.mark();
        char kind = reader.peek(1);
        switch (kind) {
            case 'n' -> value.append('\n');
            case 'r' -> value.append('\r');
            case 't' -> value.append('\t');
            case '"' -> value.append('"');
            case '\\' -> value.append('\\');
            case 'u', 'U' -> {
                value.appendCodePoint(readCodePoint(start, kind == 'u' ? 4 : 8));
                return true;
            }
            default -> throw start.error(
                    "invalid escape sequence '\\" + printable(kind)
                            + "' in a string; write '\\\\' for a literal backslash");
        }
        reader.advance(2);
        return true;
    }

    private int readCodePoint(CharReader.Mark start, int digits) {
        reader.advance(2);
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < digits && Character.digit(reader.peek(), 16) >= 0; i++) {
            hex.append(reader.advance());
        }
        int codePoint = hex.length() == digits ? Integer.parseUnsignedInt(hex.toString(), 16) : -1;
        if (!Character.isValidCodePoint(codePoint)) {
            throw start.error(
                    "invalid Unicode escape '" + reader.rangeFrom(start).text()
                            + "': expected " + digits + " hexadecimal digits of a code point");
        }
        return codePoint;
    }

    private static String printable(char c) {
        return c == 0 || c == '\n' ? "" : String.valueOf(c);
    }

    /**
     * Applies a {@code ${~} strip marker. A heredoc has one literal per line, so the whitespace
     * to remove can span several literals, and the ones that become empty are dropped.
     */
    private void trimPreviousLiteral() {
        while (!tokens.isEmpty() && tokens.get(tokens.size() - 1).is(TokenType.TEMPLATE_LITERAL)) {
            int last = tokens.size() - 1;
            Token previous = tokens.get(last);
            String trimmed = previous.value().stripTrailing();
            if (!trimmed.isEmpty()) {
                tokens.set(last, new Token(TokenType.TEMPLATE_LITERAL, trimmed, previous.range()));
                return;
            }
            tokens.remove(last);
        }
    }

    private void emitLiteral(Frame template, CharReader.Mark start, StringBuilder value) {
        String text = value.toString();
        if (template.trimNextLiteral) {
            text = text.stripLeading();
            template.trimNextLiteral = text.isEmpty();
        }
        if (!text.isEmpty()) {
            emit(TokenType.TEMPLATE_LITERAL, text, start);
        }
    }

    private void emit(TokenType type, String value, CharReader.Mark start) {
        tokens.add(new Token(type, value, reader.rangeFrom(start)));
    }
}
