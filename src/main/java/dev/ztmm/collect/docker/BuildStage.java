package dev.ztmm.collect.docker;

import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.Position;
import dev.ztmm.model.ScalarNode;
import java.util.List;

/** One build stage: its FROM line, the instructions that follow it and its last USER. */
final class BuildStage {

    private final int index;
    private final Position position;
    private final String name;
    private final Position namePosition;
    private final String from;
    private final Position fromPosition;
    private final BuildStage baseStage;
    private final ScalarNode platform;
    private final ListNode instructions;
    private ScalarNode user;

    private BuildStage(FromLine line, List<BuildStage> earlier, VariableExpander expander) {
        this.index = earlier.size();
        this.position = line.instruction().keywordPosition();
        this.name = line.name() == null ? null : line.name().raw();
        this.namePosition = line.name() == null ? position : line.positionOf(line.name());
        this.from = expander.expand(line.image().raw());
        this.fromPosition = line.positionOf(line.image());
        this.baseStage = findStage(earlier, from);
        this.platform = line.platform(expander);
        this.instructions = new ListNode(position);
    }

    /** Reads the FROM line that opens a stage after the given earlier stages. */
    static BuildStage read(
            InstructionLine from, List<BuildStage> earlier, VariableExpander expander, char escape)
            throws DockerfileParseException {
        FromLine line = FromLine.read(from, escape);
        return new BuildStage(line, earlier, expander);
    }

    void add(MapNode instruction) {
        instructions.add(instruction);
    }

    void setUser(ScalarNode user) {
        this.user = user;
    }

    /** Returns the user this stage runs as: its last USER, else the one of the stage it extends. */
    ScalarNode effectiveUser() {
        if (user != null || baseStage == null) {
            return user;
        }
        return baseStage.effectiveUser();
    }

    Position position() {
        return position;
    }

    MapNode toNode() {
        MapNode node = new MapNode(position);
        node.put("index", ScalarNode.of(position, (long) index));
        node.put("name", nameNode());
        node.put("from", ScalarNode.of(fromPosition, from));
        node.put("image", imageNode());
        node.put("fromStage", ScalarNode.of(fromPosition, baseStage != null));
        node.put("scratch", ScalarNode.of(fromPosition, isScratch()));
        node.put("platform", platform);
        node.put("user", user == null ? ScalarNode.ofNull(position) : user);
        node.put("instructions", instructions);
        return node;
    }

    private boolean isScratch() {
        return baseStage == null && from.equals("scratch");
    }

    private Node imageNode() {
        if (baseStage != null || isScratch()) {
            return ScalarNode.ofNull(fromPosition);
        }
        return ImageReference.parse(from).toNode(fromPosition);
    }

    private Node nameNode() {
        return name == null ? ScalarNode.ofNull(position) : ScalarNode.of(namePosition, name);
    }

    private boolean hasName(String reference) {
        return name != null && name.equalsIgnoreCase(reference);
    }

    /** Finds the earlier stage that a FROM names; BuildKit matches stage names ignoring case. */
    private static BuildStage findStage(List<BuildStage> earlier, String reference) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            if (earlier.get(i).hasName(reference)) {
                return earlier.get(i);
            }
        }
        return null;
    }
}
