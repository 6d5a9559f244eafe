package dev.ztmm.collect;

import dev.ztmm.model.Diagnostic;
import dev.ztmm.model.Document;
import dev.ztmm.model.DocumentKind;
import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.ScalarNode;
import dev.ztmm.walk.RepoFile;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads Kubernetes objects from any YAML file that no other collector claims.
 *
 * <p>Each YAML document with a string {@code apiVersion} and {@code kind} becomes one document;
 * the items of a {@code List} become documents of their own. Other YAML is read and ignored.
 * Files under a Helm chart's templates/ folder, and files outside a chart that contain template
 * actions ({@code {{ ... }}}), are listed as not rendered instead of parsed, because their YAML
 * is meaningless before rendering and rendering would run code from the repository.
 */
public final class KubernetesCollector implements Collector {

    /** A Go template action that is not a GitHub Actions expression ({@code ${{ }}). */
    private static final Pattern TEMPLATE_ACTION = Pattern.compile("(?<!\\$)\\{\\{");

    private final YamlLoader loader = new YamlLoader();

    @Override
    public String name() {
        return "kubernetes";
    }

    @Override
    public boolean accepts(RepoFile file, RepositoryIndex index) {
        return FileNames.isYaml(file.fileName());
    }

    @Override
    public Collected collect(SourceText source, RepositoryIndex index) throws CollectException {
        String chart = index.chartFolder(source.path());
        if (chart != null && isChartTemplate(source.path(), chart)) {
            return notRendered(source.path(), "Helm template of the chart in '" + (chart.isEmpty() ? "." : chart)
                    + "'; not assessed, because ztmm does not render templates. Assess the output of"
                    + " 'helm template' to cover it.");
        }
        if (chart == null && TEMPLATE_ACTION.matcher(source.text()).find()) {
            return notRendered(source.path(), "File contains template placeholders '{{ ... }}' and is not valid"
                    + " configuration until a template engine fills them in; not assessed.");
        }
        List<Document> documents = new ArrayList<>();
        for (Node root : loader.loadAll(source)) {
            addObjects(source.path(), root, documents);
        }
        return Collected.of(documents);
    }

    private static boolean isChartTemplate(String path, String chart) {
        String prefix = chart.isEmpty() ? "templates/" : chart + "/templates/";
        return path.startsWith(prefix);
    }

    private static Collected notRendered(String path, String message) {
        return new Collected(List.of(), List.of(Diagnostic.of(path, Diagnostic.Category.NOT_RENDERED, message)));
    }

    private static void addObjects(String path, Node root, List<Document> documents) {
        if (!(root instanceof MapNode map) || !isObject(map)) {
            return;
        }
        if ("List".equals(scalar(map, "kind")) && map.get("items") instanceof ListNode items) {
            items.items().forEach(item -> addObjects(path, item, documents));
            return;
        }
        documents.add(new Document(DocumentKind.KUBERNETES, path, map));
    }

    private static boolean isObject(MapNode map) {
        return scalar(map, "apiVersion") instanceof String && scalar(map, "kind") instanceof String;
    }

    private static Object scalar(MapNode map, String key) {
        return map.get(key) instanceof ScalarNode scalar ? scalar.scalar() : null;
    }
}
