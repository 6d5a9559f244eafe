package dev.ztmm.collect.gitlab;

import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.ScalarNode;
import java.util.List;

/**
 * Splits a resolved configuration into pipeline keywords, jobs and templates (hidden entries,
 * whose names start with a dot), and gives each job the defaults it inherits.
 */
final class JobBuilder {

    /** The {@code default:} keys a job inherits when it does not set them itself. */
    static final List<String> INHERITED = List.of("after_script", "artifacts", "before_script",
            "cache", "hooks", "id_tokens", "image", "interruptible", "retry", "services", "tags",
            "timeout");

    /** Keys that were once allowed at the top level and still act as defaults. */
    private static final List<String> LEGACY_DEFAULTS =
            List.of("image", "services", "cache", "before_script", "after_script");

    private final String file;
    private final GitlabReport report;
    private final ScriptFlattener flattener;

    JobBuilder(String file, GitlabReport report) {
        this.file = file;
        this.report = report;
        this.flattener = new ScriptFlattener(file, report);
    }

    /** Returns {keywords as written..., jobs: {name: job}, templates: {name: template}}. */
    MapNode build(MapNode config) {
        MapNode tree = new MapNode(config.position());
        MapNode jobs = new MapNode(config.position());
        MapNode templates = new MapNode(config.position());
        MapNode defaults = defaults(config);
        config.entries().forEach((key, value) -> {
            if (GitlabPipeline.GLOBAL_KEYS.contains(key)) {
                tree.put(key, config.keyPosition(key), flat(value));
            } else if (key.startsWith(".")) {
                templates.put(key, config.keyPosition(key), flat(value));
            } else if (value instanceof MapNode job) {
                jobs.put(key, config.keyPosition(key), flattener.flatten(inherit(job, defaults)));
            } else {
                report.problem(file, config.keyPosition(key), "Job '" + key + "' is not a mapping"
                        + " of keywords; GitLab rejects it. Indent its keywords under the name.");
            }
        });
        tree.put("jobs", jobs);
        tree.put("templates", templates);
        tree.put("_variables", variables(tree, jobs));
        return tree;
    }

    /** Lists every pipeline and job variable as {name, value, job}, at the variable's value. */
    private static ListNode variables(MapNode tree, MapNode jobs) {
        ListNode all = new ListNode(tree.position());
        addVariables(tree.get("variables"), null, all);
        jobs.entries().forEach((name, job) -> addVariables(((MapNode) job).get("variables"), name, all));
        return all;
    }

    private static void addVariables(Node variables, String job, ListNode all) {
        if (!(variables instanceof MapNode map)) {
            return;
        }
        map.entries().forEach((name, value) -> {
            Node plain = value instanceof MapNode detailed && detailed.has("value")
                    ? detailed.get("value") : value;
            MapNode variable = new MapNode(plain.position());
            variable.put("name", ScalarNode.of(map.keyPosition(name), name));
            variable.put("value", plain);
            variable.put("job", job == null ? ScalarNode.ofNull(plain.position())
                    : ScalarNode.of(plain.position(), job));
            all.add(variable);
        });
    }

    private Node flat(Node value) {
        return value instanceof MapNode map ? flattener.flatten(map) : value;
    }

    private static MapNode defaults(MapNode config) {
        MapNode defaults = new MapNode(config.position());
        for (String key : LEGACY_DEFAULTS) {
            if (config.has(key)) {
                defaults.put(key, config.keyPosition(key), config.get(key));
            }
        }
        if (config.get("default") instanceof MapNode written) {
            written.entries().forEach((key, value) -> defaults.put(key, written.keyPosition(key), value));
        }
        return defaults;
    }

    private static MapNode inherit(MapNode job, MapNode defaults) {
        MapNode effective = new MapNode(job.position());
        job.entries().forEach((key, value) -> effective.put(key, job.keyPosition(key), value));
        for (String key : INHERITED) {
            if (!job.has(key) && defaults.has(key) && inherits(job, key)) {
                effective.put(key, defaults.keyPosition(key), defaults.get(key));
            }
        }
        return effective;
    }

    /** Reads {@code inherit: default:}, which is true, false or a list of inherited keys. */
    private static boolean inherits(MapNode job, String key) {
        if (!(job.get("inherit") instanceof MapNode inherit) || !inherit.has("default")) {
            return true;
        }
        Node setting = inherit.get("default");
        if (setting instanceof ScalarNode scalar && scalar.scalar() instanceof Boolean flag) {
            return flag;
        }
        return Trees.items(setting).stream().anyMatch(item -> key.equals(Trees.text(item)));
    }
}
