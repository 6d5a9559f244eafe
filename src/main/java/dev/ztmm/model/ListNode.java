package dev.ztmm.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A sequence node. */
public final class ListNode extends Node {

    private final List<Node> items = new ArrayList<>();

    public ListNode(Position position) {
        super(position);
    }

    public ListNode add(Node node) {
        items.add(node);
        return this;
    }

    public List<Node> items() {
        return Collections.unmodifiableList(items);
    }

    public int size() {
        return items.size();
    }

    @Override
    protected Object computeValue() {
        List<Object> plain = new ArrayList<>(items.size());
        for (Node item : items) {
            plain.add(item.toValue());
        }
        return Collections.unmodifiableList(plain);
    }
}
