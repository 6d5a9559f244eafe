package dev.ztmm.collect.jenkins;

import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.Position;
import dev.ztmm.model.ScalarNode;

/** Builds located nodes at a token's place. */
final class JenkinsTree {

    private JenkinsTree() {}

    static Position at(Token token) {
        return Position.of(token.line(), token.column());
    }

    static MapNode map(Token token) {
        return new MapNode(at(token));
    }

    static ListNode list(Token token) {
        return new ListNode(at(token));
    }

    static Node text(Token token, String value) {
        return value == null ? ScalarNode.ofNull(at(token)) : ScalarNode.of(at(token), value);
    }

    static Node flag(Token token, boolean value) {
        return ScalarNode.of(at(token), value);
    }

    /** Returns a string token's value, or an unknown value naming the expression. */
    static String valueOf(Token token) {
        if (token == null) {
            return null;
        }
        return token.type() == Token.Type.STRING ? token.text() : "${" + token.text() + "}";
    }
}
