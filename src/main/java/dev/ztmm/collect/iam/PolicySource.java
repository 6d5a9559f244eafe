package dev.ztmm.collect.iam;

import dev.ztmm.model.MapNode;
import dev.ztmm.model.Position;
import dev.ztmm.model.ScalarNode;

/**
 * The file and resource a policy document was written in.
 *
 * @param kind the document kind of the file that contains it: "terraform", "cloudformation" or
 *     "json" for a file that is a policy document
 * @param address the resource or data source, such as "aws_iam_policy.ci" or the logical id
 *     "DeployRole", or null for a policy file
 * @param type the resource type, such as "aws_iam_role" or "AWS::IAM::Role", or null
 * @param attribute where in the resource the policy is, such as "assume_role_policy" or
 *     "Properties.Policies[0].PolicyDocument", or null
 * @param form how the policy is written: "json", "jsonencode", "heredoc", "string",
 *     "data-source", "file", "yaml" or "expression"
 */
public record PolicySource(
        String kind, String address, String type, String attribute, String form) {

    /** Returns a copy with another form. */
    public PolicySource withForm(String newForm) {
        return new PolicySource(kind, address, type, attribute, newForm);
    }

    MapNode toNode(Position position) {
        MapNode map = new MapNode(position);
        put(map, "kind", kind, position);
        put(map, "address", address, position);
        put(map, "type", type, position);
        put(map, "attribute", attribute, position);
        put(map, "form", form, position);
        return map;
    }

    private static void put(MapNode map, String key, String value, Position position) {
        map.put(key, value == null ? ScalarNode.ofNull(position) : ScalarNode.of(position, value));
    }
}
