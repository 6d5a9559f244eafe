package dev.ztmm.collect.docker;

import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.Position;
import dev.ztmm.model.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the located tree node of one instruction. */
final class InstructionNodes {

    /** Instructions that take either an exec form (a JSON array) or a shell form. */
    private static final Set<String> FORM_KEYWORDS = Set.of("RUN", "CMD", "ENTRYPOINT", "SHELL");

    private InstructionNodes() {}

    /** Builds the node for an instruction in the stage with the given index, -1 before FROM. */
    static MapNode build(ScannedInstruction scanned, long stageIndex) {
        InstructionLine line = scanned.line();
        Position position = line.keywordPosition();
        MapNode node = new MapNode(position);
        node.put("instruction", ScalarNode.of(position, line.keyword()));
        node.put("arguments", ScalarNode.of(line.argumentsPosition(), line.arguments()));
        if (FORM_KEYWORDS.contains(line.keyword())) {
            putForm(node, line);
        }
        node.put("flags", flagsNode(line));
        if (!scanned.heredocs().isEmpty()) {
            node.put("heredocs", heredocsNode(scanned.heredocs()));
        }
        node.put("lines", listOf(scanned.contentLines(), position));
        node.put("stage", ScalarNode.of(position, stageIndex));
        Position end = Position.of(scanned.endLine(), 1);
        node.put("endLine", ScalarNode.of(end, (long) scanned.endLine()));
        return node;
    }

    private static void putForm(MapNode node, InstructionLine line) {
        Position position = line.argumentsPosition();
        if (line.exec() == null) {
            node.put("form", ScalarNode.of(position, "shell"));
            return;
        }
        node.put("form", ScalarNode.of(position, "exec"));
        ListNode exec = new ListNode(position);
        for (JsonStringArray.Item item : line.exec()) {
            exec.add(ScalarNode.of(line.logical().positionAt(item.start()), item.value()));
        }
        node.put("exec", exec);
    }

    /** Maps each flag name to its value, or to a list of values when the flag repeats. */
    private static MapNode flagsNode(InstructionLine line) {
        Map<String, List<ScalarNode>> byName = new LinkedHashMap<>();
        for (BuilderFlags.Flag flag : line.flags()) {
            Position position = line.logical().positionAt(flag.start());
            byName.computeIfAbsent(flag.name(), name -> new ArrayList<>())
                    .add(ScalarNode.of(position, flag.value()));
        }
        MapNode flags = new MapNode(line.argumentsPosition());
        byName.forEach(
                (name, values) -> {
                    Node value = values.size() == 1 ? values.get(0) : listOf(values, null);
                    flags.put(name, values.get(0).position(), value);
                });
        return flags;
    }

    private static ListNode heredocsNode(List<Heredoc> heredocs) {
        ListNode list = new ListNode(heredocs.get(0).marker().position());
        for (Heredoc heredoc : heredocs) {
            HeredocMarker marker = heredoc.marker();
            MapNode node = new MapNode(marker.position());
            node.put("delimiter", ScalarNode.of(marker.position(), marker.delimiter()));
            node.put("body", ScalarNode.of(heredoc.bodyPosition(), heredoc.body()));
            node.put("quoted", ScalarNode.of(marker.position(), marker.quoted()));
            node.put("stripTabs", ScalarNode.of(marker.position(), marker.stripTabs()));
            list.add(node);
        }
        return list;
    }

    /** Returns a list positioned at its first item, or at {@code fallback} when it is empty. */
    private static ListNode listOf(List<? extends Node> items, Position fallback) {
        ListNode list = new ListNode(items.isEmpty() ? fallback : items.get(0).position());
        items.forEach(list::add);
        return list;
    }
}
