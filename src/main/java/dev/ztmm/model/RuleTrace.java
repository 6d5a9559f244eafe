package dev.ztmm.model;

import java.util.List;

/**
 * The evaluation of one rule on a repository, item by item, as `ztmm explain` prints it.
 *
 * @param result the rule's result, the same as in an assessment
 * @param documents every document of the rule's kinds, in the order the engine read them
 */
public record RuleTrace(RuleResult result, List<DocumentTrace> documents) {

    /** The outcome for one item that the rule's {@code select} pattern matched. */
    public enum Outcome {
        /** The rule's {@code when} condition left the item out. */
        OUT_OF_SCOPE,
        PASS,
        FAIL,
        /** A condition could not be evaluated on the item; it was not counted. */
        ERROR
    }

    /**
     * One document and the items the rule looked at in it.
     *
     * @param kind the document kind
     * @param path the file path, empty for the repository document
     * @param items the matched items; empty when the pattern matched nothing
     */
    public record DocumentTrace(String kind, String path, List<ItemTrace> items) {}

    /**
     * One item and its outcome.
     *
     * @param location the item's path inside the document, empty for the document itself
     * @param position where the item starts
     * @param outcome what the conditions decided
     * @param detail the error message for {@link Outcome#ERROR}, otherwise null
     */
    public record ItemTrace(String location, Position position, Outcome outcome, String detail) {}
}
