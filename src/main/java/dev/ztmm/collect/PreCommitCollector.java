package dev.ztmm.collect;

import dev.ztmm.model.DocumentKind;
import dev.ztmm.walk.RepoFile;

/** Reads the pre-commit framework's configuration, .pre-commit-config.yaml at the root. */
public final class PreCommitCollector extends YamlDocumentCollector {

    @Override
    public String name() {
        return "pre-commit";
    }

    @Override
    String kind() {
        return DocumentKind.PRE_COMMIT;
    }

    @Override
    public boolean accepts(RepoFile file, RepositoryIndex index) {
        return file.path().equals(".pre-commit-config.yaml") || file.path().equals(".pre-commit-config.yml");
    }
}
