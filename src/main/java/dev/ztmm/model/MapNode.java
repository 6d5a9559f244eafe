package dev.ztmm.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A mapping node whose entries keep their source order and the position of each key. */
public final class MapNode extends Node {

    private final Map<String, Node> entries = new LinkedHashMap<>();
    private final Map<String, Position> keyPositions = new LinkedHashMap<>();

    public MapNode(Position position) {
        super(position);
    }

    /** Adds or replaces an entry; a replaced entry keeps its original place in the order. */
    public MapNode put(String key, Position keyPosition, Node node) {
        entries.put(key, node);
        keyPositions.put(key, keyPosition);
        return this;
    }

    public MapNode put(String key, Node node) {
        return put(key, node.position(), node);
    }

    public Node get(String key) {
        return entries.get(key);
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** Returns the position of the key itself, or the node's position when the key is absent. */
    public Position keyPosition(String key) {
        return keyPositions.getOrDefault(key, position());
    }

    public Map<String, Node> entries() {
        return Collections.unmodifiableMap(entries);
    }

    public int size() {
        return entries.size();
    }

    @Override
    protected Object computeValue() {
        Map<String, Object> plain = new LinkedHashMap<>(entries.size() * 2);
        entries.forEach((key, node) -> plain.put(key, node.toValue()));
        return Collections.unmodifiableMap(plain);
    }
}
