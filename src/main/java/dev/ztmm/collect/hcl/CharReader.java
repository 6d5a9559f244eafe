package dev.ztmm.collect.hcl;

/**
 * A cursor over the source text that tracks the 1-based line and column of each character.
 *
 * <p>NOTE: columns count UTF-16 code units, so a tab is one column and a character outside the
 * Basic Multilingual Plane, such as an emoji, is two.
 */
final class CharReader {

    private final String text;
    private int offset;
    private int line = 1;
    private int column = 1;

    CharReader(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    boolean atEnd() {
        return offset >= text.length();
    }

    /** Returns the character {@code ahead} places after the cursor, or 0 past the end. */
    char peek(int ahead) {
        int index = offset + ahead;
        return index < text.length() ? text.charAt(index) : 0;
    }

    char peek() {
        return peek(0);
    }

    boolean startsWith(String prefix) {
        return text.startsWith(prefix, offset);
    }

    char advance() {
        char c = text.charAt(offset++);
        if (c == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        return c;
    }

    void advance(int count) {
        for (int i = 0; i < count; i++) {
            advance();
        }
    }

    Mark mark() {
        return new Mark(offset, line, column);
    }

    /** Returns the range from {@code start} up to the cursor. */
    SourceRange rangeFrom(Mark start) {
        return new SourceRange(text, start.offset(), offset, start.line(), start.column());
    }

    HclParseException error(String message) {
        return new HclParseException(line, column, message);
    }

    /** A saved cursor position. */
    record Mark(int offset, int line, int column) {

        HclParseException error(String message) {
            return new HclParseException(line, column, message);
        }
    }
}
