package dev.ztmm.collect.iam;

import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Position;
import dev.ztmm.model.ScalarNode;

/** Statement trees shared by the JSON grammar and Terraform's aws_iam_policy_document. */
final class Statements {

    private Statements() {}

    /** Returns a statement whose content only evaluating the repository would give. */
    static MapNode unknown(Position at) {
        MapNode statement = new MapNode(at);
        statement.put("sid", ScalarNode.ofNull(at));
        statement.put("effect", ScalarNode.ofNull(at));
        for (String key : new String[] {"actions", "notActions", "resources", "notResources"}) {
            statement.put(key, new ListNode(at));
        }
        statement.put("principals", new MapNode(at));
        statement.put("notPrincipals", new MapNode(at));
        statement.put("conditions", new MapNode(at));
        statement.put("unknown", ScalarNode.of(at, true));
        return statement;
    }
}
