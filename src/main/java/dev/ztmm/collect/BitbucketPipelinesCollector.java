package dev.ztmm.collect;

import dev.ztmm.model.DocumentKind;
import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.walk.RepoFile;

/**
 * Reads bitbucket-pipelines.yml as written, plus {@code _steps}: every step of every pipeline
 * (inside parallel groups and stages too), with {@code _pipeline} naming where it runs, such as
 * {@code default} or {@code branches.main}.
 */
public final class BitbucketPipelinesCollector extends YamlDocumentCollector {

    @Override
    public String name() {
        return "bitbucket-pipelines";
    }

    @Override
    String kind() {
        return DocumentKind.BITBUCKET_PIPELINES;
    }

    @Override
    public boolean accepts(RepoFile file, RepositoryIndex index) {
        String name = file.fileName();
        return name.equals("bitbucket-pipelines.yml") || name.equals("bitbucket-pipelines.yaml");
    }


    @Override
    void derive(MapNode root) {
        ListNode steps = new ListNode(root.position());
        if (root.get("pipelines") instanceof MapNode pipelines) {
            pipelines.entries().forEach((group, value) -> {
                if (value instanceof MapNode named) {
                    named.entries().forEach((name, list) -> addAll(group + "." + name, list, steps));
                } else {
                    addAll(group, value, steps);
                }
            });
        }
        root.put("_steps", steps);
    }

    /** Adds the steps of a pipeline's list of items: step, parallel or stage. */
    private static void addAll(String pipeline, Node items, ListNode steps) {
        for (Node item : DerivedNodes.items(items)) {
            if (!(item instanceof MapNode map)) {
                continue;
            }
            if (map.get("step") instanceof MapNode step) {
                steps.add(DerivedNodes.withContext(step, "_pipeline", pipeline));
            }
            Node parallel = map.get("parallel");
            addAll(pipeline, parallel instanceof MapNode group ? group.get("steps") : parallel, steps);
            if (map.get("stage") instanceof MapNode stage) {
                addAll(pipeline, stage.get("steps"), steps);
            }
        }
    }
}
