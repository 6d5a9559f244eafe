package dev.ztmm.model;

/**
 * A place in a source file, 1-based line and column as editors show them.
 *
 * <p>Line 0 means "the whole file or repository", for evidence of something that is missing.
 *
 * @param file the file the place is in when it differs from the file of the document that holds
 *     the value (a value merged in from a file named by a GitLab {@code include:}), else null
 */
public record Position(int line, int column, String file) implements Comparable<Position> {

    public static final Position NONE = new Position(0, 0, null);

    public static Position of(int line, int column) {
        return new Position(line, column, null);
    }

    public static Position of(int line, int column, String file) {
        return new Position(line, column, file);
    }

    @Override
    public int compareTo(Position other) {
        int byFile = compareFiles(file, other.file);
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    private static int compareFiles(String a, String b) {
        if (a == null && b == null) {
            return 0;
        }
        if (a == null) {
            return -1;
        }
        if (b == null) {
            return 1;
        }
        return a.compareTo(b);
    }
}
