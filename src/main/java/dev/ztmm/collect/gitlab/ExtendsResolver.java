package dev.ztmm.collect.gitlab;

import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Resolves {@code extends:} as GitLab does: the named entries are resolved first, deep-merged
 * in the order written, and the entry's own keys are merged over them. The {@code extends} key
 * stays in the result so rules can see what a job was built from.
 */
final class ExtendsResolver {

    /** GitLab's limit on the depth of extends chains. */
    static final int MAX_DEPTH = 11;

    private final MapNode config;
    private final String file;
    private final GitlabReport report;
    private final Map<String, Node> resolved = new HashMap<>();
    private final Deque<String> chain = new ArrayDeque<>();

    ExtendsResolver(MapNode config, String file, GitlabReport report) {
        this.config = config;
        this.file = file;
        this.report = report;
    }

    /** Returns the configuration with every entry's extends applied. */
    MapNode resolveAll() {
        MapNode result = new MapNode(config.position());
        for (String key : config.entries().keySet()) {
            result.put(key, config.keyPosition(key), resolve(key));
        }
        return result;
    }

    private Node resolve(String key) {
        Node value = config.get(key);
        if (!(value instanceof MapNode job) || !job.has("extends") || resolved.containsKey(key)) {
            return resolved.getOrDefault(key, value);
        }
        if (chain.contains(key) || chain.size() >= MAX_DEPTH) {
            report.problem(file, job.get("extends").position(), "Entry '" + key + "' extends a chain "
                    + "that loops or is deeper than " + MAX_DEPTH + " levels; GitLab rejects it.");
            return value;
        }
        chain.push(key);
        Node base = new MapNode(job.position());
        for (Node parent : Trees.items(job.get("extends"))) {
            base = mergeParent(base, parent);
        }
        chain.pop();
        Node result = Trees.deepMerge(base, job);
        resolved.put(key, result);
        return result;
    }

    private Node mergeParent(Node base, Node parentName) {
        String name = Trees.text(parentName);
        Node parent = name == null ? null : resolve(name);
        if (!(parent instanceof MapNode)) {
            report.problem(file, parentName.position(), "extends names '" + name
                    + "', which is not a job or template in this file or its local includes.");
            return base;
        }
        return Trees.deepMerge(base, parent);
    }
}
