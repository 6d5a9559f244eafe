package dev.ztmm.collect.iam;

import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.ScalarNode;

/**
 * CloudFormation intrinsic functions inside a policy: values that only deploying the template
 * gives, written as unknown strings ({@code ${...}}) so rules treat them as unknown.
 */
final class Intrinsics {

    private Intrinsics() {}

    /** Returns whether {@code map} is one function call such as {"Ref": "X"} or {"Fn::Sub": s}. */
    static boolean isFunction(MapNode map) {
        if (map.size() != 1) {
            return false;
        }
        String key = map.entries().keySet().iterator().next();
        return key.equals("Ref") || key.startsWith("Fn::");
    }

    /**
     * Returns the call as text: the template of Fn::Sub, which keeps its {@code ${}} parts and
     * any literal text, "${Name}" for Ref and "${Name.Attribute}" for Fn::GetAtt, and
     * "${Fn::Name}" for any other function.
     */
    static ScalarNode asText(MapNode call) {
        String name = call.entries().keySet().iterator().next();
        Node argument = call.get(name);
        String text = switch (name) {
            case "Ref" -> "${" + Values.text(argument) + "}";
            case "Fn::GetAtt" -> "${" + joined(argument) + "}";
            case "Fn::Sub" -> subTemplate(argument, name);
            default -> "${" + name + "}";
        };
        return ScalarNode.of(call.position(), text);
    }

    private static String joined(Node argument) {
        if (argument instanceof ListNode list) {
            StringBuilder text = new StringBuilder();
            for (Node item : list.items()) {
                text.append(text.isEmpty() ? "" : ".").append(Values.text(item));
            }
            return text.toString();
        }
        return Values.text(argument);
    }

    private static String subTemplate(Node argument, String name) {
        Node template = argument instanceof ListNode list && list.size() > 0
                ? list.items().get(0)
                : argument;
        String text = Values.text(template);
        return text == null ? "${" + name + "}" : text;
    }
}
