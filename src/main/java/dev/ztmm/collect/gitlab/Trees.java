package dev.ztmm.collect.gitlab;

import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.Position;
import dev.ztmm.model.ScalarNode;
import java.util.List;

/** Tree operations GitLab applies to configuration: deep merge, copy with changes, lookups. */
final class Trees {

    private Trees() {}

    /**
     * Merges {@code override} into {@code base} as GitLab does: mappings merge key by key,
     * recursively; any other value in {@code override} replaces the one in {@code base}. Base
     * keys keep their order and new keys follow. Neither input is changed.
     */
    static Node deepMerge(Node base, Node override) {
        if (!(base instanceof MapNode baseMap) || !(override instanceof MapNode overrideMap)) {
            return override;
        }
        MapNode merged = new MapNode(overrideMap.position());
        baseMap.entries().forEach((key, value) -> merged.put(key, baseMap.keyPosition(key), value));
        overrideMap.entries().forEach((key, value) -> {
            Node previous = baseMap.get(key);
            Node next = previous == null ? value : deepMerge(previous, value);
            merged.put(key, overrideMap.keyPosition(key), next);
        });
        return merged;
    }

    /** Returns a copy of {@code map} without {@code key}. */
    static MapNode without(MapNode map, String key) {
        MapNode copy = new MapNode(map.position());
        map.entries().forEach((k, value) -> {
            if (!k.equals(key)) {
                copy.put(k, map.keyPosition(k), value);
            }
        });
        return copy;
    }

    /** Returns a list node holding {@code items}, keeping the tag of {@code source}. */
    static ListNode list(Position position, List<Node> items) {
        ListNode list = new ListNode(position);
        items.forEach(list::add);
        return list;
    }

    /** Returns the text of a string scalar, or null for anything else. */
    static String text(Node node) {
        return node instanceof ScalarNode scalar && scalar.scalar() instanceof String text
                ? text
                : null;
    }

    /** Returns the value as a list of items: a list's items, or the value alone. */
    static List<Node> items(Node node) {
        if (node == null || node instanceof ScalarNode scalar && scalar.isNull()) {
            return List.of();
        }
        return node instanceof ListNode list ? list.items() : List.of(node);
    }
}
