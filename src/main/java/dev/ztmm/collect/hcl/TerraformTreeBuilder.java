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
import java.util.List;

/**
 * Builds the located tree of one Terraform file from its HCL syntax tree.
 *
 * <p>The root map has one key per kind of top-level block, present only when the file has such
 * blocks. "resources" and "data" list maps of type, name and body. "modules", "providers",
 * "variables" and "outputs" list maps of name and body. "locals" is one map that merges every
 * locals block, and "terraform" lists bodies. "blocks" lists maps of type, labels and body for
 * any other block type, and for a known type with an unexpected number of labels. Top-level
 * attributes, which only .tfvars files have, go in an "attributes" map.
 */
public final class TerraformTreeBuilder {

    private final MapNode root = new MapNode(Position.of(1, 1));

    private TerraformTreeBuilder() {}

    /**
     * Lexes, parses and converts the text of one .tf file.
     *
     * @throws HclParseException when the text is not valid HCL native syntax
     */
    public static MapNode parse(String text) {
        return build(HclParser.parse(text));
    }

    /** Converts the top-level body of one .tf file. */
    public static MapNode build(HclBody body) {
        TerraformTreeBuilder builder = new TerraformTreeBuilder();
        for (BodyItem item : body.items()) {
            if (item instanceof Attribute attribute) {
                builder.addAttribute(attribute);
            } else {
                builder.addBlock((Block) item);
            }
        }
        return builder.root;
    }

    private void addBlock(Block block) {
        int labels = block.labels().size();
        switch (block.type()) {
            case "resource" -> addTypedBlock("resources", block, labels == 2);
            case "data" -> addTypedBlock("data", block, labels == 2);
            case "module" -> addNamedBlock("modules", block, labels == 1);
            case "provider" -> addNamedBlock("providers", block, labels == 1);
            case "variable" -> addNamedBlock("variables", block, labels == 1);
            case "output" -> addNamedBlock("outputs", block, labels == 1);
            case "locals" -> addLocals(block, labels == 0);
            case "terraform" -> addTerraform(block, labels == 0);
            default -> addOtherBlock(block);
        }
    }

    private void addTypedBlock(String section, Block block, boolean wellFormed) {
        if (!wellFormed) {
            addOtherBlock(block);
            return;
        }
        MapNode entry = new MapNode(block.range().position());
        putLabel(entry, "type", block.labels().get(0));
        putLabel(entry, "name", block.labels().get(1));
        entry.put("body", BodyConverter.convert(block));
        section(section, block).add(entry);
    }

    private void addNamedBlock(String section, Block block, boolean wellFormed) {
        if (!wellFormed) {
            addOtherBlock(block);
            return;
        }
        MapNode entry = new MapNode(block.range().position());
        putLabel(entry, "name", block.labels().get(0));
        entry.put("body", BodyConverter.convert(block));
        section(section, block).add(entry);
    }

    private void addLocals(Block block, boolean wellFormed) {
        if (!wellFormed) {
            addOtherBlock(block);
            return;
        }
        Node locals = root.get("locals");
        if (locals == null) {
            locals = new MapNode(block.range().position());
            root.put("locals", locals);
        }
        BodyConverter.addItems((MapNode) locals, block.body());
    }

    private void addTerraform(Block block, boolean wellFormed) {
        if (!wellFormed) {
            addOtherBlock(block);
            return;
        }
        section("terraform", block).add(BodyConverter.convert(block));
    }

    private void addOtherBlock(Block block) {
        MapNode entry = new MapNode(block.range().position());
        entry.put("type", ScalarNode.of(block.range().position(), block.type()));
        List<Label> labels = block.labels();
        Node labelList = labels.isEmpty()
                ? new ListNode(block.range().position())
                : BodyConverter.labelList(labels);
        entry.put("labels", labelList);
        entry.put("body", BodyConverter.convert(block));
        section("blocks", block).add(entry);
    }

    private void addAttribute(Attribute attribute) {
        Node attributes = root.get("attributes");
        if (attributes == null) {
            attributes = new MapNode(attribute.range().position());
            root.put("attributes", attributes);
        }
        ((MapNode) attributes).put(attribute.name(), attribute.nameRange().position(),
                ExpressionConverter.convert(attribute.value()));
    }

    private ListNode section(String key, Block first) {
        if (root.get(key) instanceof ListNode existing) {
            return existing;
        }
        ListNode list = new ListNode(first.range().position());
        root.put(key, list);
        return list;
    }

    private static void putLabel(MapNode entry, String key, Label label) {
        Position position = label.range().position();
        entry.put(key, position, ScalarNode.of(position, label.value()));
    }
}
