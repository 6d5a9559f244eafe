package dev.ztmm.app;

import dev.ztmm.collect.CodeownersCollector;
import dev.ztmm.collect.Collector;
import dev.ztmm.collect.DependabotCollector;
import dev.ztmm.collect.DockerfileCollector;
import dev.ztmm.collect.GithubActionCollector;
import dev.ztmm.collect.GithubSettingsCollector;
import dev.ztmm.collect.GithubWorkflowCollector;
import dev.ztmm.collect.KubernetesCollector;
import dev.ztmm.collect.PreCommitCollector;
import dev.ztmm.collect.TerraformCollector;
import java.util.List;

/** The collectors in order of precedence: a file goes to the first that accepts it. */
public final class BuiltInCollectors {

    private BuiltInCollectors() {}

    public static List<Collector> all() {
        return List.of(
                new GithubWorkflowCollector(),
                new GithubActionCollector(),
                new DependabotCollector(),
                new GithubSettingsCollector(),
                new PreCommitCollector(),
                new CodeownersCollector(),
                new DockerfileCollector(),
                new TerraformCollector(),
                // Any other YAML file may hold Kubernetes objects, so this comes last.
                new KubernetesCollector());
    }
}
