package dev.ztmm.collect.gitlab;

import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Flattens the command lists GitLab flattens: {@code script}, {@code before_script} and {@code
 * after_script} may hold nested lists (from aliases or references), which run as one list in
 * order.
 */
final class ScriptFlattener {

    /** GitLab's limit on nested command lists. */
    static final int MAX_DEPTH = 10;

    static final List<String> KEYS = List.of("before_script", "script", "after_script");

    private final String file;
    private final GitlabReport report;

    ScriptFlattener(String file, GitlabReport report) {
        this.file = file;
        this.report = report;
    }

    /** Returns a copy of {@code job} whose command lists are flat. */
    MapNode flatten(MapNode job) {
        MapNode copy = new MapNode(job.position());
        job.entries().forEach((key, value) -> {
            Node next = KEYS.contains(key) && value instanceof ListNode list ? flat(list) : value;
            copy.put(key, job.keyPosition(key), next);
        });
        return copy;
    }

    private ListNode flat(ListNode list) {
        List<Node> commands = new ArrayList<>();
        add(list, 0, commands);
        return Trees.list(list.position(), commands);
    }

    private void add(ListNode list, int depth, List<Node> commands) {
        for (Node item : list.items()) {
            if (!(item instanceof ListNode nested)) {
                commands.add(item);
            } else if (depth + 1 >= MAX_DEPTH) {
                report.problem(file, nested.position(), "Commands are nested deeper than "
                        + MAX_DEPTH + " lists, GitLab's limit; the deeper ones are not read.");
            } else {
                add(nested, depth + 1, commands);
            }
        }
    }
}
