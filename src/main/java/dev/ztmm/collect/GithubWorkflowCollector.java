package dev.ztmm.collect;

import dev.ztmm.model.DocumentKind;
import dev.ztmm.walk.RepoFile;

/** Reads GitHub Actions workflows: YAML files directly in .github/workflows/. */
public final class GithubWorkflowCollector extends YamlDocumentCollector {

    @Override
    public String name() {
        return "github-actions";
    }

    @Override
    String kind() {
        return DocumentKind.GITHUB_WORKFLOW;
    }

    @Override
    boolean rejectsMergeKeys() {
        return true;
    }

    @Override
    public boolean accepts(RepoFile file, RepositoryIndex index) {
        return file.folder().equals(".github/workflows") && FileNames.isYaml(file.fileName());
    }
}
