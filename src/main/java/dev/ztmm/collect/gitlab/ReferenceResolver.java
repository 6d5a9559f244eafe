package dev.ztmm.collect.gitlab;

import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Replaces each {@code !reference [entry, key, ...]} with the value it names in the
 * configuration (after includes and extends, as GitLab resolves them). The value keeps the
 * position where it is defined. A reference to a key that is absent is reported and becomes a
 * string containing {@code ${}, so rules treat it as unknown.
 */
final class ReferenceResolver {

    /** GitLab's limit on references that lead to further references. */
    static final int MAX_DEPTH = 10;

    static final String TAG = "!reference";

    private final MapNode config;
    private final String file;
    private final GitlabReport report;

    ReferenceResolver(MapNode config, String file, GitlabReport report) {
        this.config = config;
        this.file = file;
        this.report = report;
    }

    /** Returns {@code node} with every reference in it replaced. */
    Node resolve(Node node) {
        return resolve(node, 0);
    }

    private Node resolve(Node node, int depth) {
        if (node instanceof ListNode list && TAG.equals(list.tag())) {
            return dereference(list, depth);
        }
        if (node instanceof MapNode map) {
            MapNode copy = new MapNode(map.position());
            map.entries().forEach((key, value) -> copy.put(key, map.keyPosition(key), resolve(value, depth)));
            return copy;
        }
        if (node instanceof ListNode list) {
            List<Node> items = new ArrayList<>();
            list.items().forEach(item -> items.add(resolve(item, depth)));
            return Trees.list(list.position(), items);
        }
        return node;
    }

    private Node dereference(ListNode reference, int depth) {
        String written = written(reference);
        if (depth >= MAX_DEPTH) {
            report.problem(file, reference.position(), "!reference " + written + " leads through more"
                    + " than " + MAX_DEPTH + " references, GitLab's limit; the value is unknown.");
            return unknown(reference, written);
        }
        Node target = config;
        for (Node step : reference.items()) {
            String key = Trees.text(step);
            if (!(target instanceof MapNode map) || key == null || !map.has(key)) {
                report.problem(file, reference.position(), "!reference " + written + " names a key"
                        + " that is not defined in this file or its local includes; the value is"
                        + " unknown. Check the name, or whether it comes from a remote include.");
                return unknown(reference, written);
            }
            target = map.get(key);
        }
        return resolve(target, depth + 1);
    }

    private static String written(ListNode reference) {
        List<String> keys = new ArrayList<>();
        reference.items().forEach(item -> keys.add(String.valueOf(item.toValue())));
        return "[" + String.join(", ", keys) + "]";
    }

    private static Node unknown(ListNode reference, String written) {
        return ScalarNode.of(reference.position(), "${!reference " + written + "}");
    }
}
