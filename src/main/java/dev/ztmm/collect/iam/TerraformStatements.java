package dev.ztmm.collect.iam;

import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.Position;
import dev.ztmm.model.ScalarNode;

/**
 * Normalises the statement blocks of Terraform's {@code data "aws_iam_policy_document"}, whose
 * effect defaults to Allow and whose principals and conditions are nested blocks.
 */
final class TerraformStatements {

    private TerraformStatements() {}

    /** Returns the statements of a data source body, including dynamic statement blocks. */
    static ListNode of(MapNode body) {
        ListNode statements = new ListNode(body.position());
        for (Node statement : Values.items(body.get("statement"))) {
            statements.add(normalise(statement));
        }
        for (Node dynamic : Values.items(body.get("dynamic"))) {
            // The statements that for_each generates are not known, but the content block
            // shows their shape, and its references read as unknown values.
            if (dynamic instanceof MapNode block
                    && "statement".equals(Values.text(block.get("name")))
                    && block.get("content") != null) {
                statements.add(normalise(block.get("content")));
            }
        }
        return statements;
    }

    private static MapNode normalise(Node node) {
        if (!(node instanceof MapNode body)) {
            return Statements.unknown(node.position());
        }
        Position at = body.position();
        MapNode statement = new MapNode(at);
        statement.put("sid", orNull(body.get("sid"), at));
        Node effect = body.get("effect");
        Node effectValue = effect == null ? ScalarNode.of(at, "Allow") : Values.scalar(effect);
        statement.put("effect", effectValue);
        statement.put("actions", Values.scalars(body.get("actions"), at));
        statement.put("notActions", Values.scalars(body.get("not_actions"), at));
        statement.put("resources", Values.scalars(body.get("resources"), at));
        statement.put("notResources", Values.scalars(body.get("not_resources"), at));
        statement.put("principals", principals(body.get("principals"), at));
        statement.put("notPrincipals", principals(body.get("not_principals"), at));
        statement.put("conditions", conditions(body.get("condition"), at));
        statement.put("unknown", ScalarNode.of(at, false));
        return statement;
    }

    private static Node orNull(Node node, Position at) {
        return node == null ? ScalarNode.ofNull(at) : Values.scalar(node);
    }

    /** Merges principals blocks by type; type "*" with identifier "*" is anyone. */
    private static MapNode principals(Node blocks, Position at) {
        MapNode map = new MapNode(blocks == null ? at : blocks.position());
        for (Node block : Values.items(blocks)) {
            if (!(block instanceof MapNode principal)) {
                continue;
            }
            String type = Values.text(principal.get("type"));
            ListNode identifiers =
                    Values.scalars(principal.get("identifiers"), principal.position());
            if ("*".equals(type)) {
                map.put("*", principal.position(), ScalarNode.of(principal.position(), true));
                continue;
            }
            String key = type == null ? "unknown" : type;
            append(map, key, principal.position(), identifiers);
        }
        return map;
    }

    /** Returns {test: {variable: [values]}} from condition blocks. */
    private static MapNode conditions(Node blocks, Position at) {
        MapNode map = new MapNode(blocks == null ? at : blocks.position());
        for (Node block : Values.items(blocks)) {
            if (!(block instanceof MapNode condition)) {
                continue;
            }
            String test = String.valueOf(Values.text(condition.get("test")));
            String variable = String.valueOf(Values.text(condition.get("variable")));
            MapNode keys = map.get(test) instanceof MapNode existing
                    ? existing
                    : new MapNode(condition.position());
            append(keys, variable, condition.position(),
                    Values.scalars(condition.get("values"), condition.position()));
            map.put(test, condition.position(), keys);
        }
        return map;
    }

    /** Adds the items under {@code key}, after those of an earlier block with the same key. */
    private static void append(MapNode map, String key, Position at, ListNode items) {
        if (map.get(key) instanceof ListNode existing) {
            items.items().forEach(existing::add);
            return;
        }
        map.put(key, at, items);
    }
}
