package dev.ztmm.collect;

import dev.ztmm.model.Position;

/** A file that a collector could not parse; the scan lists it and goes on. */
public final class CollectException extends Exception {

    private final transient Position position;

    /**
     * @param message what is wrong, in a sentence
     * @param position where, or null when the problem concerns the whole file
     */
    public CollectException(String message, Position position) {
        super(message);
        this.position = position == null ? Position.NONE : position;
    }

    public Position position() {
        return position;
    }
}
