package dev.ztmm.collect.hcl;

import dev.ztmm.model.Position;

/** An HCL syntax error with the 1-based line and column where it was found. */
public final class HclParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    public HclParseException(int line, int column, String message) {
        super(message);
        this.line = line;
        this.column = column;
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
}
