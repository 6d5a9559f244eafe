package dev.ztmm.collect.hcl;

import dev.ztmm.model.Position;

/**
 * The part of the source text that a syntax element was parsed from: character offsets into the
 * whole text and the 1-based line and column of its first character.
 */
public final class SourceRange {

    private final String source;
    private final int start;
    private final int end;
    private final int line;
    private final int column;

    SourceRange(String source, int start, int end, int line, int column) {
        this.source = source;
        this.start = start;
        this.end = end;
        this.line = line;
        this.column = column;
    }

    /** Returns the range from the start of {@code first} to the end of {@code last}. */
    static SourceRange between(SourceRange first, SourceRange last) {
        return new SourceRange(first.source, first.start, last.end, first.line, first.column);
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public Position position() {
        return Position.of(line, column);
    }

    /** Returns the exact source text of the range. */
    public String text() {
        return source.substring(start, end);
    }

    @Override
    public String toString() {
        return line + ":" + column + " '" + text() + "'";
    }
}
