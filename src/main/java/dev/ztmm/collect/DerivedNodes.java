package dev.ztmm.collect;

import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.ScalarNode;
import java.util.List;

/** Helpers for the derived keys (leading underscore) that CI collectors add to a tree. */
final class DerivedNodes {

    private DerivedNodes() {}

    /** Returns a copy of {@code step} with extra context keys added after its own. */
    static MapNode withContext(MapNode step, String... keysAndValues) {
        MapNode copy = new MapNode(step.position());
        step.entries().forEach((key, value) -> copy.put(key, step.keyPosition(key), value));
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            String value = keysAndValues[i + 1];
            copy.put(keysAndValues[i], value == null
                    ? ScalarNode.ofNull(step.position()) : ScalarNode.of(step.position(), value));
        }
        return copy;
    }

    /** Returns the items of a list node, or nothing for any other value. */
    static List<Node> items(Node node) {
        return node instanceof ListNode list ? list.items() : List.of();
    }

    static String text(Node node) {
        return node instanceof ScalarNode scalar && scalar.scalar() instanceof String text ? text : null;
    }
}
