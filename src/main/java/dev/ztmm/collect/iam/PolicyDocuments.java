package dev.ztmm.collect.iam;

import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.Position;
import dev.ztmm.model.ScalarNode;
import java.util.Locale;

/**
 * Builds the trees of iam-policy documents: one normalised policy with its source.
 *
 * <p>Every tree has the same keys: {@code source}, {@code trust} (whether the policy states who
 * may assume a role), {@code unknown} with a {@code reason} when the policy cannot be read
 * without evaluating the repository, {@code definedIn} when its statements are in another
 * document, {@code version} and {@code statements}.
 */
public final class PolicyDocuments {

    private PolicyDocuments() {}

    /**
     * Builds the tree of a policy written in the IAM JSON grammar (Version, Statement), whether
     * it came from JSON, YAML, jsonencode() or a CloudFormation template.
     */
    public static MapNode fromPolicyJson(Node policy, PolicySource source, boolean trust) {
        if (!(policy instanceof MapNode map)) {
            return unknown(policy.position(), source, trust,
                    "The policy is " + Values.describe(policy) + ", not a policy document.");
        }
        ListNode statements = new ListNode(statementsPosition(map));
        for (Node statement : Values.items(map.get("Statement"))) {
            statements.add(JsonStatements.normalise(statement));
        }
        return document(map.position(), source, trust, map.get("Version"), statements);
    }

    /** Builds the tree of a policy whose statements were normalised by the caller. */
    public static MapNode fromStatements(
            Position position, PolicySource source, boolean trust, Node version,
            ListNode statements) {
        return document(position, source, trust, version, statements);
    }

    /** Builds the tree of a policy whose content only evaluating the repository would give. */
    public static MapNode unknown(
            Position position, PolicySource source, boolean trust, String reason) {
        MapNode map = document(position, source, trust, null, new ListNode(position));
        map.put("unknown", ScalarNode.of(position, true));
        map.put("reason", ScalarNode.of(position, reason));
        return map;
    }

    /**
     * Builds the tree of a policy whose statements are in another document, such as a JSON file
     * loaded with file(): that document carries the statements, so findings are reported once.
     */
    public static MapNode definedIn(
            Position position, PolicySource source, boolean trust, String where) {
        MapNode map = document(position, source, trust, null, new ListNode(position));
        map.put("definedIn", ScalarNode.of(position, where));
        return map;
    }

    /**
     * Returns whether statements look like a role's trust policy: every statement allows an
     * sts: action to a principal. Used where nothing else shows how a policy is used.
     */
    public static boolean looksLikeTrust(ListNode statements) {
        if (statements.size() == 0) {
            return false;
        }
        for (Node item : statements.items()) {
            MapNode statement = (MapNode) item;
            boolean stsOnly = ((ListNode) statement.get("actions")).items().stream()
                    .map(Values::text)
                    .allMatch(action -> action != null && action.toLowerCase(Locale.ROOT)
                            .startsWith("sts:"));
            boolean hasActions = ((ListNode) statement.get("actions")).size() > 0;
            if (!stsOnly || !hasActions || ((MapNode) statement.get("principals")).size() == 0) {
                return false;
            }
        }
        return true;
    }

    private static MapNode document(
            Position position, PolicySource source, boolean trust, Node version,
            ListNode statements) {
        MapNode map = new MapNode(position);
        map.put("source", source.toNode(position));
        map.put("trust", ScalarNode.of(position, trust));
        map.put("unknown", ScalarNode.of(position, false));
        map.put("reason", ScalarNode.ofNull(position));
        map.put("definedIn", ScalarNode.ofNull(position));
        map.put("version", version == null ? ScalarNode.ofNull(position) : version);
        map.put("statements", statements);
        return map;
    }

    private static Position statementsPosition(MapNode map) {
        Node statements = map.get("Statement");
        return statements == null ? map.position() : statements.position();
    }
}
