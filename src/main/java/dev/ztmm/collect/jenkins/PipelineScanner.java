package dev.ztmm.collect.jenkins;

import static dev.ztmm.collect.jenkins.JenkinsTree.map;
import static dev.ztmm.collect.jenkins.JenkinsTree.text;

import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.Position;
import dev.ztmm.model.ScalarNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Walks the tokens of a pipeline once and records what rules need: the pipeline type, agents,
 * stages, environment entries, credential uses and shell steps, each at its line.
 */
final class PipelineScanner {

    static final Set<String> SHELL_STEPS = Set.of("sh", "bat", "powershell", "pwsh");

    private record OpenStage(String name, int end, MapNode node) {}

    private final TokenCursor cursor;
    private final Deque<OpenStage> stages = new ArrayDeque<>();
    private final ListNode stageList = new ListNode(Position.of(1, 1));
    private final ListNode environment = new ListNode(Position.of(1, 1));
    private final ListNode credentials = new ListNode(Position.of(1, 1));
    private final ListNode withCredentials = new ListNode(Position.of(1, 1));
    private final ListNode commands = new ListNode(Position.of(1, 1));
    private final StepReader steps;
    private String type = "unknown";
    private Node agent;
    private int environmentEnd = -1;

    PipelineScanner(TokenCursor cursor) {
        this.cursor = cursor;
        this.steps = new StepReader(cursor);
    }

    MapNode scan() {
        for (int i = 0; i < cursor.size(); i++) {
            while (!stages.isEmpty() && stages.peek().end() < i) {
                stages.pop();
            }
            Token token = cursor.at(i);
            if (token.type() == Token.Type.WORD) {
                word(token, i);
            }
        }
        return tree();
    }

    private void word(Token token, int i) {
        switch (token.text()) {
            case "pipeline" -> type = cursor.opens(i + 1, "{") ? "declarative" : type;
            case "node" -> node(i);
            case "stage" -> stage(i);
            case "agent" -> setAgent(new AgentReader(cursor).read(i));
            case "docker.image" -> setAgent(new AgentReader(cursor).dockerImage(i));
            case "environment" -> environmentEnd = cursor.opens(i + 1, "{") ? cursor.close(i + 1) : -1;
            case "withCredentials" -> withCredentials(token, i);
            case "credentials" -> credential(token, i);
            default -> {
                if (SHELL_STEPS.contains(token.text())) {
                    command(token, i);
                } else if (i < environmentEnd && cursor.is(i + 1, Token.Type.PUNCT, "=")) {
                    environmentEntry(token, i);
                }
            }
        }
    }

    private void node(int i) {
        int block = cursor.opens(i + 1, "(") ? cursor.close(i + 1) + 1 : i + 1;
        if (!cursor.opens(block, "{")) {
            return;
        }
        if (type.equals("unknown")) {
            type = "scripted";
        }
        setAgent(new AgentReader(cursor).node(i));
    }

    private void stage(int i) {
        if (!cursor.opens(i + 1, "(")) {
            return;
        }
        int block = cursor.close(i + 1) + 1;
        if (!cursor.opens(block, "{")) {
            return;
        }
        Token name = cursor.at(i + 2);
        MapNode stage = map(cursor.at(i));
        stage.put("name", text(name, JenkinsTree.valueOf(name)));
        stage.put("parent", text(cursor.at(i), currentStage()));
        stage.put("agent", ScalarNode.ofNull(stage.position()));
        stageList.add(stage);
        stages.push(new OpenStage(JenkinsTree.valueOf(name), cursor.close(block), stage));
    }

    private void setAgent(Node found) {
        if (found == null) {
            return;
        }
        if (!stages.isEmpty()) {
            stages.peek().node().put("agent", found);
        } else if (agent == null) {
            agent = found;
        }
    }

    private String currentStage() {
        return stages.isEmpty() ? null : stages.peek().name();
    }

    private void environmentEntry(Token name, int i) {
        MapNode entry = map(name);
        Token value = cursor.at(i + 2);
        String credentialId = steps.credentialsCall(i + 2);
        entry.put("name", text(name, name.text()));
        entry.put("value", text(value, credentialId != null ? null : JenkinsTree.valueOf(value)));
        entry.put("credentials", text(value, credentialId));
        entry.put("stage", text(name, currentStage()));
        environment.add(entry);
    }

    private void credential(Token token, int i) {
        String id = steps.credentialsCall(i);
        if (id == null) {
            return;
        }
        boolean inEnvironment = i < environmentEnd;
        credentials.add(steps.credentialUse(token, id, inEnvironment ? "environment" : "credentials",
                currentStage()));
    }

    private void withCredentials(Token token, int i) {
        MapNode block = steps.withCredentials(token, i, currentStage());
        if (block == null) {
            return;
        }
        withCredentials.add(block);
        for (Node binding : ((ListNode) block.get("bindings")).items()) {
            Node id = ((MapNode) binding).get("credentialsId");
            if (id != null && id.toValue() instanceof String value) {
                credentials.add(steps.credentialUse(token, value, "withCredentials", currentStage()));
            }
        }
    }

    private void command(Token token, int i) {
        MapNode command = steps.shellStep(token, i, currentStage());
        if (command != null) {
            commands.add(command);
        }
    }

    private MapNode tree() {
        MapNode tree = new MapNode(Position.of(1, 1));
        tree.put("type", ScalarNode.of(Position.of(1, 1), type));
        tree.put("agent", agent == null ? ScalarNode.ofNull(Position.of(1, 1)) : agent);
        tree.put("stages", stageList);
        tree.put("environment", environment);
        tree.put("credentials", credentials);
        tree.put("withCredentials", withCredentials);
        tree.put("commands", commands);
        return tree;
    }
}
