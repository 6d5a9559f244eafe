package dev.ztmm.pack;

import dev.ztmm.model.DocumentKind;
import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.Pillar;
import dev.ztmm.model.Rule;
import dev.ztmm.model.ScalarNode;
import dev.ztmm.model.Stage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Reads and validates one rule entry of a pack, recording every problem it finds. */
final class RuleReader {

    static final List<String> FIELDS =
            List.of("id", "pillar", "stage", "title", "why", "fix", "kinds", "select", "when",
                    "condition", "evidence", "match", "serverState", "limitations", "references");
    private static final Set<String> REQUIRED =
            Set.of("id", "pillar", "stage", "title", "why", "fix", "kinds", "condition", "references");
    private static final Pattern ID = Pattern.compile("[a-z]+\\.[a-z0-9]+(-[a-z0-9]+)*");

    private final String packId;
    private final String file;
    private final List<PackProblem> problems;

    RuleReader(String packId, String file, List<PackProblem> problems) {
        this.packId = packId;
        this.file = file;
        this.problems = problems;
    }

    /** Returns the rule, or null when the entry has problems (which are then recorded). */
    Rule read(Node entry) {
        if (!(entry instanceof MapNode map)) {
            problem(entry, "A rule must be a mapping of fields such as id, pillar and condition.");
            return null;
        }
        int before = problems.size();
        checkFields(map);
        String id = text(map, "id");
        Pillar pillar = pillar(map);
        Stage stage = stage(map);
        if (id != null && !ID.matcher(id).matches()) {
            problem(map.get("id"), "Rule id '" + id + "' is invalid: use the pillar, a dot and lowercase"
                    + " words joined by hyphens, such as 'identity.workflow-token-write-all'.");
        } else if (id != null && pillar != null && !id.startsWith(pillar.id() + ".")) {
            problem(map.get("id"), "Rule id '" + id + "' must start with its pillar '" + pillar.id() + ".'.");
        }
        List<String> kinds = kinds(map);
        Map<String, List<String>> references = references(map);
        String title = text(map, "title");
        if (title != null && title.endsWith(".")) {
            problem(map.get("title"), "Title of rule '" + id + "' ends with a period; titles have none.");
        }
        if (problems.size() > before) {
            return null;
        }
        return new Rule(id, pillar, stage, title, text(map, "why"), text(map, "fix"), kinds,
                selects(map), text(map, "when"), text(map, "condition"), text(map, "evidence"),
                matchAny(map), Boolean.TRUE.equals(scalar(map, "serverState")), text(map, "limitations"), references,
                new Rule.RuleSource(packId, file, map.position().line(),
                        map.has("condition") ? conditionLine(map.get("condition")) : map.position().line()));
    }

    private static int conditionLine(Node condition) {
        // A block scalar (| or >) keeps its final line break, and its text starts on the line
        // after the indicator, where the node's position is.
        boolean block = condition instanceof ScalarNode s && s.scalar() instanceof String t && t.endsWith("\n");
        return condition.position().line() + (block ? 1 : 0);
    }

    private void checkFields(MapNode map) {
        for (String key : map.entries().keySet()) {
            if (!FIELDS.contains(key)) {
                problemAt(map.keyPosition(key).line(),
                        "Unknown field '" + key + "' in a rule." + Suggestions.didYouMean(key, FIELDS));
            }
        }
        for (String field : FIELDS) {
            if (REQUIRED.contains(field) && !map.has(field)) {
                String id = map.get("id") instanceof ScalarNode s ? " '" + s.scalar() + "'" : "";
                problem(map, "Rule" + id + " is missing the required field '" + field + "'.");
            }
        }
    }

    private List<String> selects(MapNode map) {
        Node node = map.get("select");
        if (node == null) {
            return List.of();
        }
        if (node instanceof ScalarNode) {
            String text = text(map, "select");
            return text == null ? List.of() : List.of(text);
        }
        List<String> patterns = new ArrayList<>();
        if (node instanceof ListNode list) {
            for (Node item : list.items()) {
                if (item instanceof ScalarNode s && s.scalar() instanceof String text && !text.isBlank()) {
                    patterns.add(text.strip());
                } else {
                    problem(item, "Each pattern of 'select' must be non-empty text.");
                }
            }
        } else {
            problem(node, "Field 'select' must be a path pattern or a list of them.");
        }
        return patterns;
    }

    private boolean matchAny(MapNode map) {
        String match = text(map, "match");
        if (match == null || match.equals("all")) {
            return false;
        }
        if (!match.equals("any")) {
            problem(map.get("match"), "Field 'match' must be 'all' (every item passes) or 'any' (one item passes).");
        }
        return match.equals("any");
    }

    private Pillar pillar(MapNode map) {
        String text = text(map, "pillar");
        if (text == null) {
            return null;
        }
        Pillar pillar = Pillar.fromId(text);
        if (pillar == null) {
            List<String> ids = Arrays.stream(Pillar.values()).map(Pillar::id).toList();
            problem(map.get("pillar"), "Unknown pillar '" + text + "'; use one of " + ids + "."
                    + Suggestions.didYouMean(text, ids));
        }
        return pillar;
    }

    private Stage stage(MapNode map) {
        Object value = scalar(map, "stage");
        if (value == null) {
            return null;
        }
        Stage stage = value instanceof Long number ? Stage.ofNumber(number) : null;
        if (stage == null || stage == Stage.AD_HOC) {
            problem(map.get("stage"), "Stage '" + value + "' is invalid; a rule is evidence for stage 2, 3 or 4"
                    + " (stage 1 is never earned).");
            return null;
        }
        return stage;
    }

    private List<String> kinds(MapNode map) {
        List<String> kinds = new ArrayList<>();
        Node node = map.get("kinds");
        if (node == null) {
            return kinds;
        }
        if (!(node instanceof ListNode list) || list.size() == 0) {
            problem(node, "Field 'kinds' must be a non-empty list of document kinds, such as [github-workflow].");
            return kinds;
        }
        for (Node item : list.items()) {
            String kind = item instanceof ScalarNode s && s.scalar() instanceof String t ? t : null;
            if (kind == null || !DocumentKind.ALL.contains(kind)) {
                problem(item, "Unknown document kind '" + (kind == null ? item.toValue() : kind) + "'; use one of "
                        + DocumentKind.ALL + "." + Suggestions.didYouMean(String.valueOf(kind), DocumentKind.ALL));
            } else {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    private Map<String, List<String>> references(MapNode map) {
        Map<String, List<String>> references = new TreeMap<>();
        Node node = map.get("references");
        if (node == null) {
            return references;
        }
        if (!(node instanceof MapNode refs) || refs.size() == 0) {
            problem(node, "Field 'references' must map a framework, such as nist-800-53, to ids.");
            return references;
        }
        refs.entries().forEach((framework, ids) -> {
            if (!References.ALL.contains(framework)) {
                problemAt(refs.keyPosition(framework).line(), "Unknown framework '" + framework + "' in references;"
                        + " use one of " + References.ALL + "." + Suggestions.didYouMean(framework, References.ALL));
                return;
            }
            List<String> values = new ArrayList<>();
            if (ids instanceof ScalarNode s && s.scalar() != null) {
                values.add(String.valueOf(s.scalar()));
            } else if (ids instanceof ListNode list) {
                list.items().forEach(item -> values.add(String.valueOf(item.toValue())));
            }
            if (values.isEmpty() || values.stream().anyMatch(String::isBlank)) {
                problem(ids, "References for '" + framework + "' must be an id or a list of ids.");
            }
            references.put(framework, List.copyOf(values));
        });
        return references;
    }

    private String text(MapNode map, String key) {
        Object value = scalar(map, key);
        if (value == null) {
            if (map.has(key) && !(map.get(key) instanceof ScalarNode)) {
                problem(map.get(key), "Field '" + key + "' must be text.");
            }
            return null;
        }
        if (!(value instanceof String text) || text.isBlank()) {
            if (!key.equals("id") || !(value instanceof String)) {
                problem(map.get(key), "Field '" + key + "' must be non-empty text.");
            }
            return null;
        }
        return text.strip();
    }

    private static Object scalar(MapNode map, String key) {
        return map.get(key) instanceof ScalarNode scalar ? scalar.scalar() : null;
    }

    private void problem(Node node, String message) {
        problemAt(node == null ? 0 : node.position().line(), message);
    }

    private void problemAt(int line, String message) {
        problems.add(new PackProblem(file, line, message));
    }
}
