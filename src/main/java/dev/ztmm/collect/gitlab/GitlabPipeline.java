package dev.ztmm.collect.gitlab;

import dev.ztmm.collect.CollectException;
import dev.ztmm.collect.Collected;
import dev.ztmm.collect.RepositoryIndex;
import dev.ztmm.model.Document;
import dev.ztmm.model.DocumentKind;
import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import java.util.List;
import java.util.Set;

/**
 * Builds the effective GitLab CI pipeline of one file: includes merged, {@code extends}
 * applied, {@code !reference} tags replaced, command lists flattened and defaults inherited.
 */
public final class GitlabPipeline {

    /** Top-level keys that configure the pipeline; every other key is a job or a template. */
    static final Set<String> GLOBAL_KEYS = Set.of("default", "include", "stages", "variables",
            "workflow", "image", "services", "cache", "before_script", "after_script", "spec");

    private GitlabPipeline() {}

    /**
     * Returns the configuration mapping of a loaded file: the only document, or the second when
     * the first is a {@code spec:} header (a CI/CD component or a file with inputs).
     *
     * @throws CollectException when the file is not one mapping
     */
    public static MapNode configOf(List<Node> roots) throws CollectException {
        boolean header = roots.size() == 2 && roots.get(0) instanceof MapNode first && first.has("spec");
        Node config = header ? roots.get(1) : roots.isEmpty() ? null : roots.get(0);
        if (roots.size() > (header ? 2 : 1)) {
            throw new CollectException("File contains " + roots.size() + " YAML documents; a GitLab CI"
                    + " file holds one, after an optional spec: header.", roots.get(1).position());
        }
        if (!(config instanceof MapNode map)) {
            throw new CollectException("Top level is not a mapping; a GitLab CI file is a mapping"
                    + " of jobs and keywords.", config == null ? null : config.position());
        }
        return map;
    }

    /** Reads the pipeline whose top-level file is {@code path}. */
    public static Collected read(MapNode config, String path, RepositoryIndex index) {
        GitlabReport report = new GitlabReport();
        MapNode expanded = new IncludeReader(index, report).expand(config, path);
        MapNode extended = new ExtendsResolver(expanded, path, report).resolveAll();
        MapNode resolved = (MapNode) new ReferenceResolver(extended, path, report).resolve(extended);
        MapNode tree = new JobBuilder(path, report).build(resolved);
        tree.put("include", config.keyPosition("include"), includes(config, report));
        Document document = new Document(DocumentKind.GITLAB_CI, path, tree);
        return new Collected(List.of(document), List.copyOf(report.diagnostics()));
    }

    private static ListNode includes(MapNode config, GitlabReport report) {
        ListNode list = new ListNode(config.has("include") ? config.get("include").position() : config.position());
        report.includes().forEach(list::add);
        return list;
    }
}
