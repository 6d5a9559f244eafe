package dev.ztmm.collect;

import dev.ztmm.collect.gitlab.GitlabPipeline;
import dev.ztmm.model.MapNode;
import dev.ztmm.walk.RepoFile;
import java.util.List;

/**
 * Reads GitLab CI pipelines: each {@code .gitlab-ci.yml} becomes one document with its local
 * includes merged in. Files made to be included ({@code *.gitlab-ci.yml} and YAML under {@code
 * .gitlab/ci/}) are checked for syntax here and assessed through the pipeline that includes
 * them, so their jobs are not counted twice.
 */
public final class GitlabCiCollector implements Collector {

    private final YamlLoader loader = new YamlLoader();

    @Override
    public String name() {
        return "gitlab-ci";
    }

    @Override
    public boolean accepts(RepoFile file, RepositoryIndex index) {
        return isPipeline(file.fileName()) || isFragment(file);
    }

    @Override
    public Collected collect(SourceText source, RepositoryIndex index) throws CollectException {
        MapNode config = GitlabPipeline.configOf(loader.loadAll(source));
        String name = source.path().substring(source.path().lastIndexOf('/') + 1);
        if (!isPipeline(name)) {
            return new Collected(List.of(), List.of());
        }
        return GitlabPipeline.read(config, source.path(), index);
    }

    private static boolean isPipeline(String fileName) {
        return fileName.equals(".gitlab-ci.yml") || fileName.equals(".gitlab-ci.yaml");
    }

    private static boolean isFragment(RepoFile file) {
        String name = file.fileName();
        boolean underCi = (file.folder() + "/").startsWith(".gitlab/ci/");
        return name.endsWith(".gitlab-ci.yml") || name.endsWith(".gitlab-ci.yaml")
                || underCi && FileNames.isYaml(name);
    }
}
