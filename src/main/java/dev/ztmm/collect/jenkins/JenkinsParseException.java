package dev.ztmm.collect.jenkins;

/** A Jenkinsfile whose strings, comments or brackets do not close. */
public final class JenkinsParseException extends Exception {

    private final int line;

    JenkinsParseException(String message, int line) {
        super(message);
        this.line = line;
    }

    /** Returns the 1-based line of the problem. */
    public int line() {
        return line;
    }
}
