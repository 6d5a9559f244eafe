package dev.ztmm.collect;

import dev.ztmm.model.DocumentKind;
import dev.ztmm.walk.RepoFile;

/** Reads the Dependabot configuration, .github/dependabot.yml. */
public final class DependabotCollector extends YamlDocumentCollector {

    @Override
    public String name() {
        return "dependabot";
    }

    @Override
    String kind() {
        return DocumentKind.DEPENDABOT;
    }

    @Override
    public boolean accepts(RepoFile file, RepositoryIndex index) {
        return file.path().equals(".github/dependabot.yml")
                || file.path().equals(".github/dependabot.yaml");
    }
}
