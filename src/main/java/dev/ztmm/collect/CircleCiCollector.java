package dev.ztmm.collect;

import dev.ztmm.model.DocumentKind;
import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.ScalarNode;
import dev.ztmm.walk.RepoFile;

/**
 * Reads CircleCI configuration: YAML directly in .circleci/, as written, plus {@code _orbs}
 * (each orb with its version) and {@code _steps} (every job step with its command).
 */
public final class CircleCiCollector extends YamlDocumentCollector {

    @Override
    public String name() {
        return "circleci";
    }

    @Override
    String kind() {
        return DocumentKind.CIRCLECI;
    }

    @Override
    public boolean accepts(RepoFile file, RepositoryIndex index) {
        return file.folder().equals(".circleci") && FileNames.isYaml(file.fileName());
    }


    @Override
    void derive(MapNode root) {
        root.put("_orbs", orbs(root));
        root.put("_steps", steps(root));
    }

    private static ListNode orbs(MapNode root) {
        ListNode orbs = new ListNode(root.position());
        if (!(root.get("orbs") instanceof MapNode declared)) {
            return orbs;
        }
        declared.entries().forEach((alias, value) -> {
            String reference = DerivedNodes.text(value);
            int at = reference == null ? -1 : reference.lastIndexOf('@');
            MapNode orb = new MapNode(value.position());
            orb.put("alias", ScalarNode.of(declared.keyPosition(alias), alias));
            orb.put("orb", text(value, at < 0 ? reference : reference.substring(0, at)));
            orb.put("version", text(value, at < 0 ? null : reference.substring(at + 1)));
            orb.put("inline", ScalarNode.of(value.position(), value instanceof MapNode));
            orbs.add(orb);
        });
        return orbs;
    }

    private static ListNode steps(MapNode root) {
        ListNode steps = new ListNode(root.position());
        if (!(root.get("jobs") instanceof MapNode jobs)) {
            return steps;
        }
        jobs.entries().forEach((job, body) -> {
            Node declared = body instanceof MapNode map ? map.get("steps") : null;
            for (Node step : DerivedNodes.items(declared)) {
                steps.add(step(job, step));
            }
        });
        return steps;
    }

    /** Reads {@code checkout}, {@code run: cmd}, {@code run: {command}} or {@code orb/command}. */
    private static MapNode step(String job, Node step) {
        MapNode normal = new MapNode(step.position());
        normal.put("job", ScalarNode.of(step.position(), job));
        String type = DerivedNodes.text(step);
        Node command = null;
        if (step instanceof MapNode map && map.size() == 1) {
            type = map.entries().keySet().iterator().next();
            Node body = map.get(type);
            command = body instanceof MapNode run ? run.get("command") : "run".equals(type) ? body : null;
        }
        normal.put("type", text(step, type));
        normal.put("command", command == null ? ScalarNode.ofNull(step.position()) : command);
        return normal;
    }

    private static Node text(Node at, String value) {
        return value == null ? ScalarNode.ofNull(at.position()) : ScalarNode.of(at.position(), value);
    }
}
