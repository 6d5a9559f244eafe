package dev.ztmm.collect;

import dev.ztmm.model.DocumentKind;
import dev.ztmm.walk.RepoFile;

/** Reads a Helm chart's Chart.yaml as written. */
public final class HelmChartCollector extends YamlDocumentCollector {

    @Override
    public String name() {
        return "helm";
    }

    @Override
    String kind() {
        return DocumentKind.HELM_CHART;
    }

    @Override
    public boolean accepts(RepoFile file, RepositoryIndex index) {
        return file.fileName().equals("Chart.yaml");
    }
}
