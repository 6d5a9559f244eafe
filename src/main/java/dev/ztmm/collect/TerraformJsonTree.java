package dev.ztmm.collect;

import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.Position;
import dev.ztmm.model.ScalarNode;
import java.util.List;
import java.util.Map;

/**
 * Builds the terraform tree of a file in Terraform's JSON syntax (.tf.json), with the same keys
 * as for a .tf file.
 *
 * <p>Block bodies are kept as written: JSON cannot tell a nested block from an object
 * attribute without the provider's schema, so a nested block written as an object stays an
 * object instead of a one-item list. Strings keep their {@code ${...}} interpolations, which
 * mark unknown values as in .tf files, and "//" comment keys are left out.
 */
final class TerraformJsonTree {

    private static final String COMMENT_KEY = "//";

    private final MapNode root = new MapNode(Position.of(1, 1));

    private TerraformJsonTree() {}

    /** Converts the root object of a .tf.json file. */
    static MapNode build(Node json) throws CollectException {
        if (!(json instanceof MapNode top)) {
            throw new CollectException("Top level is not an object; a .tf.json file is an object"
                    + " of block types such as \"resource\".", json.position());
        }
        TerraformJsonTree tree = new TerraformJsonTree();
        for (Map.Entry<String, Node> entry : top.entries().entrySet()) {
            if (!entry.getKey().equals(COMMENT_KEY)) {
                tree.addBlockType(entry.getKey(), entry.getValue());
            }
        }
        return tree.root;
    }

    private void addBlockType(String type, Node value) {
        for (Node item : itemsOf(value)) {
            if (!(item instanceof MapNode blocks)) {
                continue;
            }
            switch (type) {
                case "resource" -> addTyped("resources", blocks);
                case "data" -> addTyped("data", blocks);
                case "module" -> addNamed("modules", blocks);
                case "provider" -> addNamed("providers", blocks);
                case "variable" -> addNamed("variables", blocks);
                case "output" -> addNamed("outputs", blocks);
                case "locals" -> addLocals(blocks);
                case "terraform" -> section("terraform", blocks.position()).add(body(blocks));
                default -> addOther(type, blocks);
            }
        }
    }

    /** Adds {"type": {"name": body}} blocks; a name may map to a list of bodies. */
    private void addTyped(String section, MapNode types) {
        types.entries().forEach((type, names) -> {
            if (names instanceof MapNode byName && !type.equals(COMMENT_KEY)) {
                byName.entries().forEach((name, bodies) -> {
                    for (Node body : itemsOf(bodies)) {
                        MapNode entry = new MapNode(byName.keyPosition(name));
                        entry.put("type", ScalarNode.of(types.keyPosition(type), type));
                        entry.put("name", ScalarNode.of(byName.keyPosition(name), name));
                        entry.put("body", body(body));
                        section(section, entry.position()).add(entry);
                    }
                });
            }
        });
    }

    private void addNamed(String section, MapNode names) {
        names.entries().forEach((name, bodies) -> {
            for (Node body : itemsOf(bodies)) {
                if (name.equals(COMMENT_KEY)) {
                    continue;
                }
                MapNode entry = new MapNode(names.keyPosition(name));
                entry.put("name", ScalarNode.of(names.keyPosition(name), name));
                entry.put("body", body(body));
                section(section, entry.position()).add(entry);
            }
        });
    }

    private void addLocals(MapNode values) {
        MapNode locals = root.get("locals") instanceof MapNode existing
                ? existing
                : new MapNode(values.position());
        values.entries().forEach((name, value) -> {
            if (!name.equals(COMMENT_KEY)) {
                locals.put(name, values.keyPosition(name), value);
            }
        });
        root.put("locals", locals);
    }

    private void addOther(String type, MapNode blocks) {
        MapNode entry = new MapNode(blocks.position());
        entry.put("type", ScalarNode.of(blocks.position(), type));
        entry.put("labels", new ListNode(blocks.position()));
        entry.put("body", body(blocks));
        section("blocks", blocks.position()).add(entry);
    }

    /** Returns a block body without comment keys; a body that is not an object stays as is. */
    private static Node body(Node body) {
        if (!(body instanceof MapNode map) || !map.has(COMMENT_KEY)) {
            return body;
        }
        MapNode copy = new MapNode(map.position());
        map.entries().forEach((key, value) -> {
            if (!key.equals(COMMENT_KEY)) {
                copy.put(key, map.keyPosition(key), value);
            }
        });
        return copy;
    }

    private static List<Node> itemsOf(Node value) {
        return value instanceof ListNode list ? list.items() : List.of(value);
    }

    private ListNode section(String key, Position first) {
        if (root.get(key) instanceof ListNode existing) {
            return existing;
        }
        ListNode list = new ListNode(first);
        root.put(key, list);
        return list;
    }
}
