package dev.ztmm.collect.gitlab;

import dev.ztmm.collect.CollectException;
import dev.ztmm.collect.RepositoryIndex;
import dev.ztmm.collect.YamlLoader;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.ScalarNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Expands {@code include:} the way GitLab does for files inside the repository: each local file
 * is loaded (with its own includes), the included configurations are deep-merged in order, and
 * the including file is merged over them. Remote, project, template and component includes are
 * listed but not followed, because they live outside the repository.
 */
final class IncludeReader {

    /** GitLab's limit on included files per pipeline. */
    static final int MAX_INCLUDES = 150;

    private final RepositoryIndex index;
    private final YamlLoader loader = new YamlLoader();
    private final GitlabReport report;
    private final Deque<String> chain = new ArrayDeque<>();
    private int included;

    IncludeReader(RepositoryIndex index, GitlabReport report) {
        this.index = index;
        this.report = report;
    }

    /** Returns the configuration of {@code file} with its includes merged in. */
    MapNode expand(MapNode config, String file) {
        chain.push(file);
        try {
            Node base = new MapNode(config.position());
            for (Node entry : Trees.items(config.get("include"))) {
                for (IncludeEntry include : IncludeEntry.read(entry, file)) {
                    // Listed before following, so nested includes come after the one naming them.
                    MapNode described = include.describe();
                    report.include(described);
                    MapNode loaded = follow(include);
                    described.put("followed", ScalarNode.of(include.position(), loaded != null));
                    if (loaded != null) {
                        base = Trees.deepMerge(base, loaded);
                    }
                }
            }
            return (MapNode) Trees.deepMerge(base, Trees.without(config, "include"));
        } finally {
            chain.pop();
        }
    }

    private MapNode follow(IncludeEntry include) {
        if (!include.followable()) {
            return null;
        }
        List<String> paths = include.localPaths(index);
        if (paths.isEmpty()) {
            report.problem(include.file(), include.position(), "Included file '" + include.location()
                    + "' is not in the repository; its jobs are not assessed. Fix the path.");
        }
        MapNode merged = null;
        for (String path : paths) {
            MapNode loaded = load(include, path);
            if (loaded != null) {
                merged = merged == null ? loaded : (MapNode) Trees.deepMerge(merged, loaded);
            }
        }
        return merged;
    }

    private MapNode load(IncludeEntry include, String path) {
        if (chain.contains(path)) {
            report.problem(include.file(), include.position(),
                    "File '" + path + "' includes itself through " + chain + "; the loop is cut here.");
            return null;
        }
        if (++included > MAX_INCLUDES) {
            report.problem(include.file(), include.position(), "More than " + MAX_INCLUDES
                    + " included files, GitLab's limit; '" + path + "' and later ones are not read.");
            return null;
        }
        try {
            List<Node> roots = loader.loadAllNamingFile(index.read(path));
            if (roots.size() != 1 || !(roots.get(0) instanceof MapNode map)) {
                report.problem(include.file(), include.position(), "Included file '" + path
                        + "' is not one YAML mapping; its jobs are not assessed.");
                return null;
            }
            return expand(map, path);
        } catch (CollectException e) {
            report.problem(include.file(), include.position(), "Included file '" + path
                    + "' could not be read (" + e.getMessage() + "); its jobs are not assessed.");
            return null;
        }
    }
}
