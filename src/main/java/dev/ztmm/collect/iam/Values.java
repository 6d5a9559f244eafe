package dev.ztmm.collect.iam;

import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.Position;
import dev.ztmm.model.ScalarNode;
import java.util.List;

/** Turns the string-or-list values of policy grammar into lists of located scalars. */
final class Values {

    private Values() {}

    /** Returns no items for null or absent, the items of a list, or the value itself. */
    static List<Node> items(Node node) {
        if (node == null || node instanceof ScalarNode scalar && scalar.isNull()) {
            return List.of();
        }
        if (node instanceof ListNode list) {
            return list.items();
        }
        return List.of(node);
    }

    /**
     * Returns a list of scalars at the value's position, with each item that is not a scalar
     * (a CloudFormation function, a nested list) as an unknown string.
     */
    static ListNode scalars(Node node, Position absent) {
        ListNode list = new ListNode(node == null ? absent : node.position());
        if (node instanceof MapNode map && Intrinsics.isFunction(map)) {
            list.add(Intrinsics.asText(map));
            return list;
        }
        for (Node item : items(node)) {
            list.add(scalar(item));
        }
        return list;
    }

    /** Returns a scalar as it is, and any other value as an unknown string at its position. */
    static ScalarNode scalar(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar;
        }
        if (node instanceof MapNode map && Intrinsics.isFunction(map)) {
            return Intrinsics.asText(map);
        }
        return ScalarNode.of(node.position(), "${" + describe(node) + "}");
    }

    /** Returns a scalar's text, or null for anything else. */
    static String text(Node node) {
        return node instanceof ScalarNode scalar && scalar.scalar() != null
                ? String.valueOf(scalar.scalar())
                : null;
    }

    static String describe(Node node) {
        if (node instanceof MapNode) {
            return "a mapping";
        }
        if (node instanceof ListNode) {
            return "a list";
        }
        return node instanceof ScalarNode scalar && scalar.isNull() ? "null" : "a scalar";
    }
}
