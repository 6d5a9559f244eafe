package dev.ztmm.model;

/**
 * A parsed value that remembers where it came from.
 *
 * <p>Collectors build trees of nodes; the engine expands path patterns over them and hands the
 * plain value ({@link #toValue()}) to rule conditions. Plain values are {@code Map<String,
 * Object>}, {@code List<Object>}, {@code String}, {@code Long}, {@code Double}, {@code Boolean}
 * or {@code null}, the types a CEL runtime accepts.
 */
public abstract sealed class Node permits MapNode, ListNode, ScalarNode {

    private final Position position;
    private Object value;
    private String tag;

    protected Node(Position position) {
        this.position = position;
    }

    public Position position() {
        return position;
    }

    /**
     * Returns the local YAML tag written on this node, such as {@code !reference}, or null.
     * Standard tags ({@code !!str}) and untagged nodes give null.
     */
    public String tag() {
        return tag;
    }

    /** Records the local YAML tag of this node; loaders call it once, before sharing the tree. */
    public void tag(String localTag) {
        this.tag = localTag;
    }

    /** Returns the plain value of this subtree, computed once and then shared. */
    public final Object toValue() {
        if (value == null) {
            value = computeValue();
        }
        return value == ScalarNode.NULL_MARKER ? null : value;
    }

    protected abstract Object computeValue();
}
