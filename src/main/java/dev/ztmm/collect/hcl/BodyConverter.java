package dev.ztmm.collect.hcl;

import dev.ztmm.collect.hcl.HclBody.Attribute;
import dev.ztmm.collect.hcl.HclBody.Block;
import dev.ztmm.collect.hcl.HclBody.BodyItem;
import dev.ztmm.collect.hcl.HclBody.Label;
import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.Position;
import dev.ztmm.model.ScalarNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts block bodies to maps: each attribute is a key, and each nested block type is a key
 * whose value is the list of those blocks, because blocks of one type may repeat.
 */
final class BodyConverter {

    /** The key under which a nested block's labels are listed. */
    static final String LABELS_KEY = "_labels";

    private BodyConverter() {}

    /** Converts the body of a block to a map placed at the block's position. */
    static MapNode convert(Block block) {
        MapNode map = new MapNode(block.range().position());
        addItems(map, block.body());
        return map;
    }

    /**
     * Adds the attributes and nested blocks of {@code body} to {@code map}.
     *
     * @return the block lists added, by block type
     */
    static Map<String, ListNode> addItems(MapNode map, HclBody body) {
        Map<String, ListNode> blockLists = new HashMap<>();
        for (BodyItem item : body.items()) {
            if (item instanceof Attribute attribute) {
                map.put(attribute.name(), attribute.nameRange().position(),
                        ExpressionConverter.convert(attribute.value()));
            } else {
                Block block = (Block) item;
                listFor(map, blockLists, block).add(convertNested(block));
            }
        }
        return blockLists;
    }

    private static Node convertNested(Block block) {
        if (block.type().equals("dynamic") && block.labels().size() == 1) {
            return convertDynamic(block);
        }
        MapNode map = new MapNode(block.range().position());
        if (!block.labels().isEmpty()) {
            map.put(LABELS_KEY, block.labels().get(0).range().position(),
                    labelList(block.labels()));
        }
        addItems(map, block.body());
        return map;
    }

    /**
     * Converts {@code dynamic "name" { for_each = ..., content { ... } }} to a map with the
     * generated block type under "name", its attributes, and its single content body.
     */
    private static MapNode convertDynamic(Block block) {
        MapNode map = new MapNode(block.range().position());
        Label name = block.labels().get(0);
        map.put("name", name.range().position(), ScalarNode.of(name.range().position(),
                name.value()));
        ListNode contents = addItems(map, block.body()).get("content");
        if (contents != null) {
            map.put("content", map.keyPosition("content"), contents.items().get(0));
        }
        return map;
    }

    static ListNode labelList(List<Label> labels) {
        ListNode list = new ListNode(labels.get(0).range().position());
        for (Label label : labels) {
            list.add(ScalarNode.of(label.range().position(), label.value()));
        }
        return list;
    }

    /**
     * Returns the list for the block's type, adding it on the first block of that type. A block
     * replaces an attribute of the same name, a mix that Terraform rejects.
     */
    private static ListNode listFor(MapNode map, Map<String, ListNode> blockLists, Block block) {
        ListNode existing = blockLists.get(block.type());
        if (existing != null) {
            return existing;
        }
        Position position = block.range().position();
        ListNode list = new ListNode(position);
        map.put(block.type(), position, list);
        blockLists.put(block.type(), list);
        return list;
    }
}
