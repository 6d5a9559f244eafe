package dev.ztmm.collect.docker;

import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.Position;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Test helpers that parse fixtures and walk the tree by dotted paths such as "stages.0.from". */
final class Trees {

    private Trees() {}

    static MapNode parseResource(String name) throws IOException, DockerfileParseException {
        return DockerfileParser.parse(readResource(name));
    }

    static String readResource(String name) throws IOException {
        try (InputStream in = Trees.class.getResourceAsStream("/docker/" + name)) {
            if (in == null) {
                throw new IOException("test resource not found: /docker/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Returns the node at a path of map keys and list indexes, failing on a missing step. */
    static Node at(Node root, String path) {
        Node node = root;
        for (String step : path.split("\\.")) {
            node = step(node, step, path);
        }
        return node;
    }

    static Object value(Node root, String path) {
        return at(root, path).toValue();
    }

    static Position position(Node root, String path) {
        return at(root, path).position();
    }

    static int size(Node root, String path) {
        Node node = at(root, path);
        return node instanceof ListNode list ? list.size() : ((MapNode) node).size();
    }

    private static Node step(Node node, String step, String path) {
        Node next = null;
        if (node instanceof MapNode map) {
            next = map.get(step);
        } else if (node instanceof ListNode list) {
            int index = Integer.parseInt(step);
            next = index < list.size() ? list.items().get(index) : null;
        }
        if (next == null) {
            throw new AssertionError("no node at '" + step + "' in path '" + path + "'");
        }
        return next;
    }
}
