package dev.ztmm.collect;

import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;

/** Test helper that walks a located tree by map keys and list indexes. */
public final class TreePaths {

    private TreePaths() {}

    /** Returns the node at {@code path}, where a String is a map key and an Integer an index. */
    public static Node at(Node root, Object... path) {
        Node node = root;
        for (Object step : path) {
            if (step instanceof Integer index) {
                node = ((ListNode) node).items().get(index);
            } else {
                node = ((MapNode) node).get((String) step);
            }
            if (node == null) {
                throw new AssertionError("no node at step '" + step + "' of the path");
            }
        }
        return node;
    }

    /** Returns the plain value at {@code path}. */
    public static Object valueAt(Node root, Object... path) {
        return at(root, path).toValue();
    }
}
