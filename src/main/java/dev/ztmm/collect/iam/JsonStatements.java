package dev.ztmm.collect.iam;

import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.Position;
import dev.ztmm.model.ScalarNode;
import java.util.Map;

/** Normalises statements written in the IAM JSON grammar (Effect, Action, Principal, ...). */
final class JsonStatements {

    private JsonStatements() {}

    /**
     * Returns the normalised statement at the statement's position. A statement that is not a
     * mapping, or that is a CloudFormation function such as Fn::If, is marked unknown.
     */
    static MapNode normalise(Node statement) {
        if (!(statement instanceof MapNode map) || Intrinsics.isFunction(map)) {
            return Statements.unknown(statement.position());
        }
        Position at = map.position();
        MapNode normalised = new MapNode(at);
        normalised.put("sid", orNull(map.get("Sid"), at));
        normalised.put("effect", orNull(map.get("Effect"), at));
        normalised.put("actions", Values.scalars(map.get("Action"), at));
        normalised.put("notActions", Values.scalars(map.get("NotAction"), at));
        normalised.put("resources", Values.scalars(map.get("Resource"), at));
        normalised.put("notResources", Values.scalars(map.get("NotResource"), at));
        normalised.put("principals", principals(map.get("Principal"), at));
        normalised.put("notPrincipals", principals(map.get("NotPrincipal"), at));
        normalised.put("conditions", conditions(map.get("Condition"), at));
        normalised.put("unknown", ScalarNode.of(at, false));
        return normalised;
    }

    private static Node orNull(Node node, Position at) {
        return node == null ? ScalarNode.ofNull(at) : Values.scalar(node);
    }

    /**
     * Returns {type: [identifiers]}, with "*": true for the principal "*" (anyone). A principal
     * that is a function or not a mapping is kept under "unknown".
     */
    static MapNode principals(Node principal, Position at) {
        MapNode map = new MapNode(principal == null ? at : principal.position());
        if (principal == null) {
            return map;
        }
        if (principal instanceof ScalarNode scalar && "*".equals(scalar.scalar())) {
            map.put("*", ScalarNode.of(scalar.position(), true));
            return map;
        }
        if (principal instanceof MapNode types && !Intrinsics.isFunction(types)) {
            for (Map.Entry<String, Node> type : types.entries().entrySet()) {
                map.put(type.getKey(), types.keyPosition(type.getKey()),
                        Values.scalars(type.getValue(), at));
            }
            return map;
        }
        map.put("unknown", Values.scalars(principal, at));
        return map;
    }

    /** Returns {operator: {key: [values]}}, each value a list. */
    private static MapNode conditions(Node condition, Position at) {
        MapNode map = new MapNode(condition == null ? at : condition.position());
        if (!(condition instanceof MapNode operators)) {
            return map;
        }
        for (Map.Entry<String, Node> operator : operators.entries().entrySet()) {
            MapNode keys = new MapNode(operator.getValue().position());
            if (operator.getValue() instanceof MapNode written) {
                written.entries().forEach((key, values) -> keys.put(
                        key, written.keyPosition(key), Values.scalars(values, at)));
            }
            map.put(operator.getKey(), operators.keyPosition(operator.getKey()), keys);
        }
        return map;
    }
}
