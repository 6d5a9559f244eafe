package dev.ztmm.model;

/**
 * A leaf value: a string, a whole number ({@code Long}), a decimal ({@code Double}), a boolean or
 * null.
 *
 * <p>A value that a parser could not know without evaluating the repository (a Terraform
 * reference such as {@code var.cidr}, a function call) is a string that contains {@code ${},
 * the same form Terraform uses for interpolation, so rules can tell it apart from a literal.
 */
public final class ScalarNode extends Node {

    static final Object NULL_MARKER = new Object();

    private final Object scalar;

    private ScalarNode(Position position, Object scalar) {
        super(position);
        this.scalar = scalar;
    }

    public static ScalarNode of(Position position, String value) {
        return new ScalarNode(position, value);
    }

    public static ScalarNode of(Position position, long value) {
        return new ScalarNode(position, value);
    }

    public static ScalarNode of(Position position, double value) {
        return new ScalarNode(position, value);
    }

    public static ScalarNode of(Position position, boolean value) {
        return new ScalarNode(position, value);
    }

    public static ScalarNode ofNull(Position position) {
        return new ScalarNode(position, null);
    }

    /** Returns the Java value: String, Long, Double, Boolean or null. */
    public Object scalar() {
        return scalar;
    }

    public boolean isNull() {
        return scalar == null;
    }

    @Override
    protected Object computeValue() {
        return scalar == null ? NULL_MARKER : scalar;
    }
}
