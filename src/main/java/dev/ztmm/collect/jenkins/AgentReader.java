package dev.ztmm.collect.jenkins;

import static dev.ztmm.collect.jenkins.JenkinsTree.map;
import static dev.ztmm.collect.jenkins.JenkinsTree.text;

import dev.ztmm.model.MapNode;

/**
 * Reads where a pipeline or stage runs: {@code agent any}, {@code agent none}, {@code agent {
 * label 'x' }}, {@code agent { docker { image 'x' } }}, a scripted {@code node('x')} or {@code
 * docker.image('x')}. The result is {type, label, image}.
 */
final class AgentReader {

    private final TokenCursor cursor;

    AgentReader(TokenCursor cursor) {
        this.cursor = cursor;
    }

    /** Reads the declarative {@code agent} at {@code i}, or returns null for another use. */
    MapNode read(int i) {
        Token next = cursor.at(i + 1);
        if (next == null) {
            return null;
        }
        if (next.type() == Token.Type.WORD && !next.text().equals("label")) {
            return agent(cursor.at(i), next.text(), null, null);
        }
        if (next.isWord("label")) {
            return agent(cursor.at(i), "label", JenkinsTree.valueOf(cursor.at(i + 2)), null);
        }
        return cursor.opens(i + 1, "{") ? block(i, i + 1) : null;
    }

    private MapNode block(int agentIndex, int open) {
        Token kind = cursor.at(open + 1);
        Token agentToken = cursor.at(agentIndex);
        if (kind == null || kind.type() != Token.Type.WORD) {
            return agent(agentToken, "other", null, null);
        }
        String label = valueAfter(open, cursor.close(open), "label");
        return switch (kind.text()) {
            case "label" -> agent(agentToken, "label", label, null);
            case "node" -> agent(agentToken, "label", label, null);
            case "docker" -> agent(agentToken, "docker", label, dockerImage(open + 1, cursor.close(open)));
            default -> agent(agentToken, kind.text(), label, null);
        };
    }

    /** Reads {@code docker 'image'} or {@code docker { image 'image' }}. */
    private String dockerImage(int docker, int end) {
        Token next = cursor.at(docker + 1);
        if (next != null && next.type() == Token.Type.STRING) {
            return next.text();
        }
        return valueAfter(docker, end, "image");
    }

    /** Returns the value written after the first {@code word} between the two indexes. */
    private String valueAfter(int from, int to, String word) {
        for (int i = from; i < to; i++) {
            if (cursor.at(i).isWord(word) && cursor.at(i + 1) != null) {
                int value = cursor.opens(i + 1, "(") ? i + 2 : i + 1;
                return JenkinsTree.valueOf(cursor.at(value));
            }
        }
        return null;
    }

    /** Reads a scripted {@code node} or {@code node('label')}. */
    MapNode node(int i) {
        Token argument = cursor.opens(i + 1, "(") ? cursor.at(i + 2) : null;
        String label = argument == null || argument.type() == Token.Type.CLOSE
                ? null : JenkinsTree.valueOf(argument);
        return agent(cursor.at(i), label == null ? "any" : "label", label, null);
    }

    /** Reads a scripted {@code docker.image('name')}. */
    MapNode dockerImage(int i) {
        if (!cursor.opens(i + 1, "(")) {
            return null;
        }
        return agent(cursor.at(i), "docker", null, JenkinsTree.valueOf(cursor.at(i + 2)));
    }

    private static MapNode agent(Token token, String type, String label, String image) {
        MapNode agent = map(token);
        agent.put("type", text(token, type));
        agent.put("label", text(token, label));
        agent.put("image", text(token, image));
        return agent;
    }
}
