package dev.ztmm.collect;

import dev.ztmm.model.DocumentKind;
import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.walk.RepoFile;

/**
 * Reads Kustomize files (kustomization.yaml, kustomization.yml or Kustomization) as written,
 * with {@code resources}, {@code components}, {@code patches} and {@code images} present as
 * lists even when empty. Patches are read as declared and never applied, and the resources
 * they name are not loaded.
 */
public final class KustomizationCollector extends YamlDocumentCollector {

    private static final String[] LISTS = {"resources", "components", "patches", "images"};

    @Override
    public String name() {
        return "kustomize";
    }

    @Override
    String kind() {
        return DocumentKind.KUSTOMIZATION;
    }

    @Override
    public boolean accepts(RepoFile file, RepositoryIndex index) {
        String name = file.fileName();
        return name.equals("kustomization.yaml") || name.equals("kustomization.yml")
                || name.equals("Kustomization");
    }

    @Override
    MapNode shape(MapNode root) {
        for (String key : LISTS) {
            if (!root.has(key)) {
                root.put(key, new ListNode(root.position()));
            }
        }
        return root;
    }
}
