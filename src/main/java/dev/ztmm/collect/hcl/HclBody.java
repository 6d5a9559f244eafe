package dev.ztmm.collect.hcl;

import java.util.List;

/**
 * The attributes and blocks of a file or of a block, in source order.
 *
 * @param items the attributes and blocks
 * @param range the text of the body, without the braces of its block
 */
public record HclBody(List<BodyItem> items, SourceRange range) {

    public HclBody {
        items = List.copyOf(items);
    }

    /** An attribute or a block in a body. */
    public sealed interface BodyItem permits Attribute, Block {
        SourceRange range();
    }

    /**
     * An attribute {@code name = value}.
     *
     * @param name the attribute name
     * @param nameRange where the name is
     * @param value the expression after {@code =}
     * @param range from the name to the end of the value
     */
    public record Attribute(String name, SourceRange nameRange, Expression value, SourceRange range)
            implements BodyItem {}

    /**
     * A block {@code type "label" bare_label { ... }}.
     *
     * @param type the block type
     * @param labels the labels after the type, quoted or bare
     * @param body the contents between the braces
     * @param range from the type to the closing brace
     */
    public record Block(String type, List<Label> labels, HclBody body, SourceRange range)
            implements BodyItem {

        public Block {
            labels = List.copyOf(labels);
        }
    }

    /**
     * A block label.
     *
     * @param value the label text with escapes decoded
     * @param range where the label is, including its quotes
     */
    public record Label(String value, SourceRange range) {}
}
