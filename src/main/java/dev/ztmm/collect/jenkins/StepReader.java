package dev.ztmm.collect.jenkins;

import static dev.ztmm.collect.jenkins.JenkinsTree.map;
import static dev.ztmm.collect.jenkins.JenkinsTree.text;

import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Position;
import dev.ztmm.model.ScalarNode;

/** Reads the steps rules look at: shell steps, credentials() calls and withCredentials blocks. */
final class StepReader {

    private final TokenCursor cursor;

    StepReader(TokenCursor cursor) {
        this.cursor = cursor;
    }

    /** Returns the id of {@code credentials('id')} at {@code i}, or null. */
    String credentialsCall(int i) {
        Token id = cursor.at(i + 2);
        boolean call = cursor.at(i) != null && cursor.at(i).isWord("credentials") && cursor.opens(i + 1, "(");
        return call && id != null && id.type() == Token.Type.STRING ? id.text() : null;
    }

    MapNode credentialUse(Token token, String id, String via, String stage) {
        MapNode use = map(token);
        use.put("id", text(token, id));
        use.put("via", text(token, via));
        use.put("stage", text(token, stage));
        return use;
    }

    /** Reads {@code withCredentials([binding(...), ...]) { ... }} at {@code i}, or returns null. */
    MapNode withCredentials(Token token, int i, String stage) {
        if (!cursor.opens(i + 1, "(") || !cursor.opens(i + 2, "[")) {
            return null;
        }
        ListNode bindings = JenkinsTree.list(cursor.at(i + 2));
        int end = cursor.close(i + 2);
        for (int j = i + 3; j < end; j++) {
            Token word = cursor.at(j);
            if (word.type() == Token.Type.WORD && cursor.opens(j + 1, "(")) {
                bindings.add(binding(word, j + 1));
                j = cursor.close(j + 1);
            }
        }
        MapNode block = map(token);
        block.put("bindings", bindings);
        block.put("stage", text(token, stage));
        return block;
    }

    /** Reads {@code type(key: 'value', ...)} into {type, key: value, ...}. */
    private MapNode binding(Token type, int open) {
        MapNode binding = map(type);
        binding.put("type", text(type, type.text()));
        for (int k = open + 1; k < cursor.close(open); k++) {
            Token key = cursor.at(k);
            if (key.type() == Token.Type.WORD && cursor.is(k + 1, Token.Type.PUNCT, ":")) {
                Token value = cursor.at(k + 2);
                binding.put(key.text(), JenkinsTree.at(key), text(value, JenkinsTree.valueOf(value)));
            }
        }
        return binding;
    }

    /** Reads {@code sh 'x'}, {@code sh("x")} or {@code sh(script: 'x', ...)}; null when not a step. */
    MapNode shellStep(Token step, int i, String stage) {
        Token script = scriptToken(i);
        if (script == null) {
            return null;
        }
        MapNode command = map(step);
        command.put("step", text(step, step.text()));
        command.put("script", text(script, JenkinsTree.valueOf(script)));
        command.put("interpolated", JenkinsTree.flag(script, script.interpolated()));
        command.put("stage", text(step, stage));
        command.put("lines", lines(script));
        return command;
    }

    private Token scriptToken(int i) {
        Token next = cursor.at(i + 1);
        if (next == null) {
            return null;
        }
        if (next.type() == Token.Type.STRING) {
            return next;
        }
        int from = cursor.opens(i + 1, "(") ? i + 2 : i + 1;
        int to = cursor.opens(i + 1, "(") ? cursor.close(i + 1) : i + 4;
        Token first = cursor.at(from);
        if (first != null && first.type() == Token.Type.STRING) {
            return first;
        }
        for (int k = from; k < to && cursor.at(k + 2) != null; k++) {
            if (cursor.at(k).isWord("script") && cursor.is(k + 1, Token.Type.PUNCT, ":")) {
                return cursor.at(k + 2);
            }
        }
        return null;
    }

    /** Splits a script into its non-blank lines, each at the line it is written on. */
    private static ListNode lines(Token script) {
        ListNode lines = JenkinsTree.list(script);
        if (script.type() != Token.Type.STRING) {
            return lines;
        }
        String[] parts = script.text().split("\n", -1);
        for (int k = 0; k < parts.length; k++) {
            String line = parts[k].strip();
            if (!line.isEmpty()) {
                int column = k == 0 ? script.column() : parts[k].indexOf(line) + 1;
                lines.add(ScalarNode.of(Position.of(script.line() + k, column), line));
            }
        }
        return lines;
    }
}
