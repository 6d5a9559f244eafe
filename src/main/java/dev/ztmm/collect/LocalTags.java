package dev.ztmm.collect;

import dev.ztmm.model.Node;

/**
 * Gives meaning to application tags such as {@code !Ref} while YAML is loaded.
 *
 * <p>A format whose tags carry meaning, such as CloudFormation's short-form functions, passes
 * one to {@link YamlLoader}; without one, a tagged node is read as its plain value.
 */
@FunctionalInterface
interface LocalTags {

    /**
     * Returns the node that replaces a tagged node.
     *
     * @param tag the tag as written, such as "!Ref"
     * @param value the node read without its tag, at the tag's position
     * @throws CollectException when the tag or its value is invalid for the format
     */
    Node apply(String tag, Node value) throws CollectException;
}
