package dev.ztmm.collect;

import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.ScalarNode;

/**
 * Reads CloudFormation's short-form function tags as their long form: {@code !Ref X} is
 * {@code {"Ref": "X"}}, {@code !Condition X} is {@code {"Condition": "X"}}, and any other
 * {@code !Name v} is {@code {"Fn::Name": v}}, with {@code !GetAtt A.B} split into
 * {@code ["A", "B"]} at its first dot, as CloudFormation does. A tag with "::" in its name,
 * such as {@code !Rain::Embed}, keeps its name as the key.
 */
final class CloudFormationTags implements LocalTags {

    @Override
    public Node apply(String tag, Node value) throws CollectException {
        String name = tag.substring(1);
        if (name.isEmpty() || name.contains("!")) {
            throw new CollectException("Unknown tag '" + tag + "' in a CloudFormation template;"
                    + " use a short-form function such as !Ref or !Sub.", value.position());
        }
        // A name with "::", such as Rain::Embed, is a directive of a template pre-processor
        // (AWS Rain), kept under its own name.
        boolean asWritten = name.equals("Ref") || name.equals("Condition") || name.contains("::");
        String key = asWritten ? name : "Fn::" + name;
        Node argument = name.equals("GetAtt") ? splitGetAtt(value) : value;
        MapNode call = new MapNode(value.position());
        call.put(key, value.position(), argument);
        return call;
    }

    private static Node splitGetAtt(Node value) {
        if (!(value instanceof ScalarNode scalar && scalar.scalar() instanceof String text)) {
            return value;
        }
        int dot = text.indexOf('.');
        if (dot < 0) {
            return value;
        }
        ListNode parts = new ListNode(value.position());
        parts.add(ScalarNode.of(value.position(), text.substring(0, dot)));
        parts.add(ScalarNode.of(value.position(), text.substring(dot + 1)));
        return parts;
    }
}
