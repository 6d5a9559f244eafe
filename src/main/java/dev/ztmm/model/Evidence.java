package dev.ztmm.model;

/**
 * The place in the repository that shows why a rule failed.
 *
 * @param path file path relative to the repository root; empty for the repository as a whole
 * @param position the line and column of the value, or {@link Position#NONE} for a whole file
 * @param location the item's path inside the document, such as "jobs.build.steps[2]"
 * @param value the offending value as text when it is a scalar, otherwise null
 */
public record Evidence(String path, Position position, String location, String value)
        implements Comparable<Evidence> {

    @Override
    public int compareTo(Evidence other) {
        int byPath = path.compareTo(other.path);
        if (byPath != 0) {
            return byPath;
        }
        int byPosition = position.compareTo(other.position);
        return byPosition != 0 ? byPosition : location.compareTo(other.location);
    }

    /** Returns "path:line", "path" when there is no line, or "(repository)". */
    public String reference() {
        if (path.isEmpty()) {
            return "(repository)";
        }
        return position.line() > 0 ? path + ":" + position.line() : path;
    }
}
