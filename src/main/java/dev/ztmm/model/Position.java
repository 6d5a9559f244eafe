package dev.ztmm.model;

/**
 * A place in a source file, 1-based line and column as editors show them.
 *
 * <p>Line 0 means "the whole file or repository", for evidence of something that is missing.
 */
public record Position(int line, int column) implements Comparable<Position> {

    public static final Position NONE = new Position(0, 0);

    public static Position of(int line, int column) {
        return new Position(line, column);
    }

    @Override
    public int compareTo(Position other) {
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }
}
