package dev.ztmm.collect;

import dev.ztmm.model.Diagnostic;
import dev.ztmm.model.Document;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import java.util.ArrayList;
import java.util.List;

/** A collector for files that hold one YAML mapping each, such as a workflow. */
abstract class YamlDocumentCollector implements Collector {

    private final YamlLoader loader = new YamlLoader();

    /** Returns the document kind this collector produces. */
    abstract String kind();

    /**
     * Returns whether the platform rejects {@code <<} merge keys, so they are reported. GitHub
     * Actions does; GitLab, CircleCI, Bitbucket, Azure Pipelines and Compose accept them.
     */
    boolean rejectsMergeKeys() {
        return false;
    }

    /** Returns the text to parse; a format with template placeholders may rewrite them. */
    SourceText prepare(SourceText source, List<Diagnostic> diagnostics) {
        return source;
    }

    /** Adds keys derived from the tree as written, named with a leading underscore. */
    void derive(MapNode root) {}

    /** Returns the document's tree built from the file's mapping; the mapping as written. */
    MapNode shape(MapNode root) {
        return root;
    }

    @Override
    public Collected collect(SourceText source, RepositoryIndex index) throws CollectException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Node> roots = loader.loadAll(prepare(source, diagnostics));
        if (roots.isEmpty()) {
            return new Collected(List.of(), List.of(emptyFile(source.path())));
        }
        if (roots.size() > 1) {
            throw new CollectException(
                    "File contains " + roots.size() + " YAML documents; a " + kind() + " file contains one.",
                    roots.get(1).position());
        }
        if (!(roots.get(0) instanceof MapNode root)) {
            throw new CollectException(
                    "Top level is not a mapping; a " + kind() + " file is a mapping of keys.",
                    roots.get(0).position());
        }
        if (rejectsMergeKeys()) {
            MergeKeys.report(source, diagnostics);
        }
        MapNode shaped = shape(root);
        derive(shaped);
        return new Collected(List.of(new Document(kind(), source.path(), shaped)), diagnostics);
    }

    private Diagnostic emptyFile(String path) {
        return Diagnostic.of(
                path, Diagnostic.Category.EMPTY, "File is empty or holds only comments; there is nothing to assess.");
    }
}
