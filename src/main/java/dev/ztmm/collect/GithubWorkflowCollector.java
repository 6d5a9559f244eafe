package dev.ztmm.collect;

import dev.ztmm.model.DocumentKind;
import dev.ztmm.walk.RepoFile;

/**
 * Reads GitHub Actions workflows: YAML files directly in a .github/workflows/ folder.
 *
 * <p>GitHub runs only the root folder's workflows, but a nested one (a repository kept inside
 * another, as in monorepos of several projects) is the CI of that project, so it is read too.
 */
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
        String folder = file.folder();
        boolean workflowFolder = folder.equals(".github/workflows") || folder.endsWith("/.github/workflows");
        return workflowFolder && FileNames.isYaml(file.fileName());
    }
}
