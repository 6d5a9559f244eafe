package dev.ztmm.collect.docker;

import dev.ztmm.model.Position;

/** A Dockerfile that BuildKit could not read either, with the place where reading failed. */
public final class DockerfileParseException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Position position;

    DockerfileParseException(Position position, String message) {
        super(message);
        this.position = position;
    }

    /** Returns the 1-based line and column where the problem starts. */
    public Position position() {
        return position;
    }

    public int line() {
        return position.line();
    }

    public int column() {
        return position.column();
    }
}
