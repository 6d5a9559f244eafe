package dev.ztmm.collect;

import dev.ztmm.model.Diagnostic;
import dev.ztmm.model.DocumentKind;
import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.walk.RepoFile;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Azure Pipelines files: azure-pipelines.yml, YAML under .azure-pipelines/, and any other
 * YAML file whose top level has Azure's shape ({@link AzureShape}). The tree is as written, plus
 * {@code _steps} (every step with its {@code _stage} and {@code _job}) and {@code _pools} (every
 * pool at pipeline, stage and job level).
 */
public final class AzurePipelinesCollector extends YamlDocumentCollector {

    /** A Mustache placeholder of a starter template, not Azure's own ${{ }} expression. */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?<!\\$)\\{\\{(.*?)}}");

    /** A line holding only a section tag such as {{#if x}} or {{/if}}. */
    private static final Pattern SECTION_LINE = Pattern.compile("(?m)^[ \\t]*\\{\\{[#/^][^}\\n]*}}[ \\t]*$");

    @Override
    public String name() {
        return "azure-pipelines";
    }

    @Override
    String kind() {
        return DocumentKind.AZURE_PIPELINES;
    }

    @Override
    public boolean accepts(RepoFile file, RepositoryIndex index) {
        String name = file.fileName();
        if (!FileNames.isYaml(name) || file.folder().startsWith(".github")) {
            return false;
        }
        return name.startsWith("azure-pipelines.") || file.folder().equals(".azure-pipelines")
                || file.folder().startsWith(".azure-pipelines/") || AzureShape.matches(file.absolutePath());
    }


    /**
     * Rewrites each {@code {{ name }}} of a starter template as {@code ${ name }} plus a space,
     * the same length, so the YAML parses, lines and columns stay, and rules see unknown values.
     * A line holding only a section tag becomes blank, so both branches of a section are read.
     */
    @Override
    SourceText prepare(SourceText source, List<Diagnostic> diagnostics) {
        Matcher matcher = PLACEHOLDER.matcher(source.text());
        if (!matcher.find()) {
            return source;
        }
        diagnostics.add(Diagnostic.of(source.path(), Diagnostic.Category.NOT_RENDERED,
                "Template placeholders '{{ ... }}' were read as unknown values; assess the"
                        + " rendered pipeline to cover them."));
        String text = SECTION_LINE.matcher(source.text()).replaceAll(m -> " ".repeat(m.group().length()));
        text = PLACEHOLDER.matcher(text).replaceAll(m -> Matcher.quoteReplacement("${" + m.group(1) + "} "));
        return new SourceText(source.path(), text, source.encodingWarning(), source.encodingWarningLine());
    }

    @Override
    void derive(MapNode root) {
        ListNode steps = new ListNode(root.position());
        ListNode pools = new ListNode(root.position());
        addPool(root, pools);
        addJob(root, null, null, steps);
        for (Node stage : DerivedNodes.items(root.get("stages"))) {
            if (stage instanceof MapNode stageMap) {
                addPool(stageMap, pools);
                addJobs(stageMap, DerivedNodes.text(stageMap.get("stage")), steps, pools);
            }
        }
        addJobs(root, null, steps, pools);
        root.put("_steps", steps);
        root.put("_pools", pools);
    }

    private static void addJobs(MapNode parent, String stage, ListNode steps, ListNode pools) {
        for (Node job : DerivedNodes.items(parent.get("jobs"))) {
            if (job instanceof MapNode jobMap) {
                addPool(jobMap, pools);
                String name = DerivedNodes.text(jobMap.get(jobMap.has("job") ? "job" : "deployment"));
                addJob(jobMap, stage, name, steps);
                if (jobMap.get("strategy") instanceof MapNode strategy) {
                    strategy.entries().values().forEach(phase -> addDeploySteps(phase, stage, name, steps));
                }
            }
        }
    }

    /** Adds the steps of a deployment strategy's hooks, such as runOnce.deploy.steps. */
    private static void addDeploySteps(Node phase, String stage, String job, ListNode steps) {
        if (phase instanceof MapNode hooks) {
            hooks.entries().values().forEach(hook -> {
                if (hook instanceof MapNode hookMap) {
                    addJob(hookMap, stage, job, steps);
                }
            });
        }
    }

    private static void addJob(MapNode job, String stage, String name, ListNode steps) {
        for (Node step : DerivedNodes.items(job.get("steps"))) {
            if (step instanceof MapNode stepMap) {
                steps.add(DerivedNodes.withContext(stepMap, "_stage", stage, "_job", name));
            }
        }
    }

    private static void addPool(MapNode owner, ListNode pools) {
        if (owner.has("pool")) {
            pools.add(owner.get("pool"));
        }
    }
}
