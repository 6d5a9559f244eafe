package dev.ztmm.model;

/**
 * Something the scan could not read or chose to skip, kept so that nothing is lost silently.
 *
 * @param path the file path relative to the repository root, with forward slashes
 * @param position where in the file the problem is, or {@link Position#NONE}
 * @param category a stable lowercase word that groups diagnostics, see {@link Category}
 * @param message a sentence that says what happened and, where possible, what to do
 */
public record Diagnostic(String path, Position position, String category, String message)
        implements Comparable<Diagnostic> {

    /** Diagnostic categories. */
    public static final class Category {
        public static final String PARSE_ERROR = "parse-error";
        public static final String UNREADABLE = "unreadable";
        public static final String TOO_LARGE = "too-large";
        public static final String LINK_OUTSIDE = "link-outside-repository";
        public static final String LINK_LOOP = "link-loop";
        public static final String ENCODING = "encoding";
        public static final String NOT_RENDERED = "not-rendered";
        public static final String UNSUPPORTED = "unsupported";
        public static final String RULE_ERROR = "rule-error";
        /** A name the file uses that points nowhere: a missing include, reference or template. */
        public static final String UNRESOLVED = "unresolved";
        public static final String EXPIRED_OVERRIDE = "expired-override";

        private Category() {}
    }

    public static Diagnostic of(String path, String category, String message) {
        return new Diagnostic(path, Position.NONE, category, message);
    }

    @Override
    public int compareTo(Diagnostic other) {
        int byPath = path.compareTo(other.path);
        if (byPath != 0) {
            return byPath;
        }
        int byPosition = position.compareTo(other.position);
        if (byPosition != 0) {
            return byPosition;
        }
        int byCategory = category.compareTo(other.category);
        return byCategory != 0 ? byCategory : message.compareTo(other.message);
    }
}
