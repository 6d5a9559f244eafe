package dev.ztmm.collect;

import dev.ztmm.model.DocumentKind;
import dev.ztmm.walk.RepoFile;

/** Reads the metadata of local actions (composite, Docker or JavaScript): action.yml anywhere. */
public final class GithubActionCollector extends YamlDocumentCollector {

    @Override
    public String name() {
        return "github-actions";
    }

    @Override
    String kind() {
        return DocumentKind.GITHUB_ACTION;
    }

    @Override
    boolean rejectsMergeKeys() {
        return true;
    }

    @Override
    public boolean accepts(RepoFile file, RepositoryIndex index) {
        String name = file.fileName();
        return (name.equals("action.yml") || name.equals("action.yaml"))
                && index.chartFolder(file.path()) == null;
    }
}
