package dev.ztmm.app;

import dev.ztmm.collect.AzurePipelinesCollector;
import dev.ztmm.collect.BitbucketPipelinesCollector;
import dev.ztmm.collect.CircleCiCollector;
import dev.ztmm.collect.CloudFormationCollector;
import dev.ztmm.collect.CodeownersCollector;
import dev.ztmm.collect.Collector;
import dev.ztmm.collect.ComposeCollector;
import dev.ztmm.collect.DependabotCollector;
import dev.ztmm.collect.DockerfileCollector;
import dev.ztmm.collect.GithubActionCollector;
import dev.ztmm.collect.GithubSettingsCollector;
import dev.ztmm.collect.GithubWorkflowCollector;
import dev.ztmm.collect.GitlabCiCollector;
import dev.ztmm.collect.JenkinsfileCollector;
import dev.ztmm.collect.HelmChartCollector;
import dev.ztmm.collect.HelmValuesCollector;
import dev.ztmm.collect.IamPolicyFileCollector;
import dev.ztmm.collect.KubernetesCollector;
import dev.ztmm.collect.KustomizationCollector;
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
                new GitlabCiCollector(),
                new JenkinsfileCollector(),
                new CircleCiCollector(),
                new BitbucketPipelinesCollector(),
                // Reads the text of YAML files no collector above took, to tell pipelines apart.
                new AzurePipelinesCollector(),
                // Recognised by content, so other YAML and JSON goes on to the collectors below.
                new CloudFormationCollector(),
                new IamPolicyFileCollector(),
                new ComposeCollector(),
                new KustomizationCollector(),
                new HelmChartCollector(),
                new HelmValuesCollector(),
                // Any other YAML file may hold Kubernetes objects, so this comes last.
                new KubernetesCollector());
    }
}
