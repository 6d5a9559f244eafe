package dev.ztmm.collect;

import dev.ztmm.model.DocumentKind;
import dev.ztmm.walk.RepoFile;

/**
 * Reads .github/settings.yml, the repository settings kept as code (the format of the Settings
 * GitHub App and of safe-settings): branch protection, required reviews, signed commits.
 */
public final class GithubSettingsCollector extends YamlDocumentCollector {

    @Override
    public String name() {
        return "github-settings";
    }

    @Override
    String kind() {
        return DocumentKind.GITHUB_SETTINGS;
    }

    @Override
    public boolean accepts(RepoFile file, RepositoryIndex index) {
        return file.path().equals(".github/settings.yml") || file.path().equals(".github/settings.yaml");
    }
}
