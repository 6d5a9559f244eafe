package dev.ztmm.engine;

import dev.cel.common.values.NullValue;
import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.ScalarNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts located trees into the values a CEL program reads, caching each subtree.
 *
 * <p>YAML and HCL null becomes CEL {@code null}; everything else maps one to one. One instance
 * serves one thread.
 */
final class CelValues {

    private final Map<Node, Object> cache = new IdentityHashMap<>();

    Object of(Node node) {
        Object cached = cache.get(node);
        if (cached != null) {
            return cached;
        }
        Object value = convert(node);
        cache.put(node, value);
        return value;
    }

    private Object convert(Node node) {
        if (node instanceof MapNode map) {
            Map<String, Object> plain = new LinkedHashMap<>(map.size() * 2);
            map.entries().forEach((key, child) -> plain.put(key, of(child)));
            return Collections.unmodifiableMap(plain);
        }
        if (node instanceof ListNode list) {
            List<Object> plain = new ArrayList<>(list.size());
            list.items().forEach(child -> plain.add(of(child)));
            return Collections.unmodifiableList(plain);
        }
        Object scalar = ((ScalarNode) node).scalar();
        return scalar == null ? NullValue.NULL_VALUE : scalar;
    }
}
