package dev.ztmm.collect.docker;

import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Position;
import dev.ztmm.model.ScalarNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places instructions into build stages and keeps the ARGs declared before the first FROM,
 * whose values FROM lines may reference.
 */
final class StageAssembler {

    /** Arguments BuildKit sets on every build, so their values exist only at build time. */
    private static final List<String> PLATFORM_ARGS =
            List.of(
                    "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT",
                    "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT");

    private static final Position FILE_START = Position.of(1, 1);

    private final char escape;
    private final Map<String, String> argValues = new HashMap<>();
    private final VariableExpander argExpander;
    private final MapNode metaArgs = new MapNode(FILE_START);
    private final List<BuildStage> stages = new ArrayList<>();

    StageAssembler(char escape) {
        this.escape = escape;
        PLATFORM_ARGS.forEach(name -> argValues.put(name, null));
        this.argExpander = VariableExpander.of(argValues, escape);
    }

    /** Builds the node of the next instruction and records it in its stage. */
    MapNode add(ScannedInstruction scanned) throws DockerfileParseException {
        InstructionLine line = scanned.line();
        if (line.keyword().equals("FROM")) {
            stages.add(BuildStage.read(line, stages, argExpander, escape));
        }
        MapNode node = InstructionNodes.build(scanned, stages.size() - 1L);
        if (stages.isEmpty()) {
            if (line.keyword().equals("ARG")) {
                addMetaArgs(line);
            }
            return node;
        }
        BuildStage stage = stages.get(stages.size() - 1);
        stage.add(node);
        if (line.keyword().equals("USER")) {
            stage.setUser(userNode(line));
        }
        return node;
    }

    /** Returns the ARGs declared before the first FROM, each mapped to its default or null. */
    MapNode metaArgsNode() {
        return metaArgs;
    }

    ListNode stagesNode() {
        ListNode list = new ListNode(stages.isEmpty() ? FILE_START : stages.get(0).position());
        stages.forEach(stage -> list.add(stage.toNode()));
        return list;
    }

    /** Returns the effective user of the final stage, null when no stage sets one. */
    ScalarNode finalUserNode() {
        if (stages.isEmpty()) {
            return ScalarNode.ofNull(FILE_START);
        }
        BuildStage last = stages.get(stages.size() - 1);
        ScalarNode user = last.effectiveUser();
        return user == null ? ScalarNode.ofNull(last.position()) : user;
    }

    /**
     * Records each {@code NAME[=default]} of an ARG line. As in BuildKit, a default may use the
     * ARGs declared before it, and redeclaring a name without a default keeps its earlier value.
     */
    private void addMetaArgs(InstructionLine line) {
        String text = line.logical().text();
        for (ShellWords.Word word : ShellWords.split(text, line.argumentsStart(), escape)) {
            Position position = line.logical().positionAt(word.start());
            int equals = word.raw().indexOf('=');
            if (equals < 0) {
                argValues.putIfAbsent(word.raw(), null);
                if (!metaArgs.has(word.raw())) {
                    metaArgs.put(word.raw(), ScalarNode.ofNull(position));
                }
                continue;
            }
            String name = word.raw().substring(0, equals);
            String value = expandDefault(word.raw().substring(equals + 1));
            argValues.put(name, value);
            Position valuePosition = line.logical().positionAt(word.start() + equals + 1);
            metaArgs.put(name, position, ScalarNode.of(valuePosition, value));
        }
    }

    /** Expands and unquotes a default. Single quotes turn expansion off, as in a shell. */
    private String expandDefault(String raw) {
        String expanded = raw.indexOf('\'') >= 0 ? raw : argExpander.expand(raw);
        return ShellWords.unquote(expanded, escape);
    }

    /**
     * Returns the USER value, with variable references normalised to unknown {@code ${...}}.
     *
     * <p>NOTE: ARG and ENV values set inside the stage are not applied, so {@code USER $APP}
     * reads as {@code ${APP}} even when an earlier {@code ENV APP=app} fixes the value.
     */
    private ScalarNode userNode(InstructionLine line) {
        String user = VariableExpander.allUnknown(escape).expand(line.arguments());
        return ScalarNode.of(line.argumentsPosition(), user);
    }
}
