package dev.ztmm.collect;

import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test helpers: walk a located tree by keys and indexes, and write fixture files. */
final class Nodes {

    private Nodes() {}

    /** Returns the node at {@code path}, where a String is a map key and an Integer an index. */
    static Node at(Node root, Object... path) {
        Node node = root;
        for (Object step : path) {
            node = step instanceof Integer index
                    ? ((ListNode) node).items().get(index)
                    : ((MapNode) node).get((String) step);
            if (node == null) {
                throw new AssertionError("no node at step '" + step + "' of the path");
            }
        }
        return node;
    }

    static Object valueAt(Node root, Object... path) {
        return at(root, path).toValue();
    }

    /** Returns the keys of the mapping at {@code path}, in order. */
    static java.util.List<String> keysAt(Node root, Object... path) {
        return java.util.List.copyOf(((MapNode) at(root, path)).entries().keySet());
    }

    static int lineAt(Node root, Object... path) {
        return at(root, path).position().line();
    }

    /** Writes {@code text} to {@code relative} under {@code root}, creating folders. */
    static void write(Path root, String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
