package dev.ztmm.collect;

import dev.ztmm.model.Document;
import dev.ztmm.model.DocumentKind;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.Position;
import dev.ztmm.walk.RepoFile;
import java.util.List;

/**
 * Reads the values.yaml (or values.yml) at the root of a Helm chart as written, so rules can
 * check default values. Templates are not rendered, so a rule cannot know where a value ends
 * up; an empty values file gives an empty mapping.
 */
public final class HelmValuesCollector implements Collector {

    private final YamlLoader loader = new YamlLoader();

    @Override
    public String name() {
        return "helm";
    }

    @Override
    public boolean accepts(RepoFile file, RepositoryIndex index) {
        String name = file.fileName();
        return (name.equals("values.yaml") || name.equals("values.yml"))
                && file.folder().equals(index.chartFolder(file.path()));
    }

    @Override
    public Collected collect(SourceText source, RepositoryIndex index) throws CollectException {
        List<Node> roots = loader.loadAll(source);
        if (roots.size() > 1) {
            throw new CollectException("File contains " + roots.size() + " YAML documents; a Helm"
                    + " values file contains one.", roots.get(1).position());
        }
        Node root = roots.isEmpty() ? new MapNode(Position.of(1, 1)) : roots.get(0);
        if (!(root instanceof MapNode values)) {
            throw new CollectException("Top level is not a mapping; Helm values are a mapping"
                    + " of keys.", root.position());
        }
        return Collected.of(new Document(DocumentKind.HELM_VALUES, source.path(), values));
    }
}
