package dev.ztmm.config;

import dev.ztmm.collect.CollectException;
import dev.ztmm.collect.TextDecoder;
import dev.ztmm.collect.YamlLoader;
import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.Pillar;
import dev.ztmm.model.ScalarNode;
import dev.ztmm.model.Stage;
import dev.ztmm.pack.InvalidPackException;
import dev.ztmm.pack.PackProblem;
import dev.ztmm.pack.Suggestions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reads and validates .ztmm.yml, reporting every problem in one pass. */
public final class ConfigLoader {

    private static final List<String> FIELDS = List.of("targets", "rules", "exclude", "exceptions", "attestations");
    private static final List<String> EXCEPTION_FIELDS = List.of("rule", "reason", "expires");
    private static final List<String> ATTESTATION_FIELDS = List.of("rule", "evidence", "by", "expires");

    private final List<PackProblem> problems = new ArrayList<>();
    private String file;

    /**
     * Loads {@code root/.ztmm.yml}, or returns an empty configuration when there is none.
     *
     * @throws InvalidPackException listing every problem with its line
     */
    public Config load(Path root) throws InvalidPackException {
        Path path = root.resolve(Config.FILE_NAME);
        if (!Files.isRegularFile(path)) {
            return Config.empty();
        }
        file = path.toString();
        MapNode map = read(path);
        Config config = map == null ? Config.empty() : parse(map);
        if (!problems.isEmpty()) {
            throw new InvalidPackException(problems);
        }
        return config;
    }

    private MapNode read(Path path) {
        try {
            List<Node> roots = new YamlLoader().loadAll(TextDecoder.decode(file, Files.readAllBytes(path)));
            if (roots.isEmpty()) {
                return null;
            }
            if (roots.size() == 1 && roots.get(0) instanceof MapNode map) {
                return map;
            }
            problem(1, "The configuration must be one YAML mapping with keys such as 'targets'.");
        } catch (CollectException e) {
            problem(e.position().line(), e.getMessage());
        } catch (IOException e) {
            problem(0, "Cannot read the configuration: " + e.getMessage());
        }
        return null;
    }

    private Config parse(MapNode map) {
        checkKeys(map, FIELDS, "the configuration");
        return new Config(targets(map.get("targets")), strings(map.get("rules"), "rules"),
                strings(map.get("exclude"), "exclude"), exceptions(map.get("exceptions")),
                attestations(map.get("attestations")));
    }

    private Map<Pillar, Stage> targets(Node node) {
        Map<Pillar, Stage> targets = new EnumMap<>(Pillar.class);
        if (node == null) {
            return targets;
        }
        if (!(node instanceof MapNode map)) {
            problem(node.position().line(), "'targets' must map pillars to stages, such as 'identity: 3'.");
            return targets;
        }
        map.entries().forEach((name, value) -> {
            Pillar pillar = Pillar.fromId(name);
            Stage stage = value instanceof ScalarNode s && s.scalar() != null ? Stage.parse(String.valueOf(s.scalar())) : null;
            if (pillar == null) {
                List<String> ids = Arrays.stream(Pillar.values()).map(Pillar::id).toList();
                problem(map.keyPosition(name).line(), "Unknown pillar '" + name + "' in targets." + Suggestions.didYouMean(name, ids));
            } else if (stage == null) {
                problem(value.position().line(), "Invalid stage '" + value.toValue() + "' for " + name
                        + "; use adhoc, opportunistic, systematic, optimized or 1 to 4.");
            } else {
                targets.put(pillar, stage);
            }
        });
        return targets;
    }

    private List<Config.Exception> exceptions(Node node) {
        List<Config.Exception> exceptions = new ArrayList<>();
        for (MapNode entry : entries(node, "exceptions")) {
            checkKeys(entry, EXCEPTION_FIELDS, "an exception");
            String rule = text(entry, "rule");
            String reason = text(entry, "reason");
            LocalDate expires = date(entry);
            if (rule != null && reason != null && expires != null) {
                exceptions.add(new Config.Exception(rule, reason, expires, entry.position().line()));
            }
        }
        return exceptions;
    }

    private List<Config.Attestation> attestations(Node node) {
        List<Config.Attestation> attestations = new ArrayList<>();
        for (MapNode entry : entries(node, "attestations")) {
            checkKeys(entry, ATTESTATION_FIELDS, "an attestation");
            String rule = text(entry, "rule");
            String evidence = text(entry, "evidence");
            String by = text(entry, "by");
            LocalDate expires = date(entry);
            if (rule != null && evidence != null && by != null && expires != null) {
                attestations.add(new Config.Attestation(rule, evidence, by, expires, entry.position().line()));
            }
        }
        return attestations;
    }

    private List<MapNode> entries(Node node, String field) {
        List<MapNode> entries = new ArrayList<>();
        if (node == null) {
            return entries;
        }
        if (!(node instanceof ListNode list)) {
            problem(node.position().line(), "'" + field + "' must be a list of entries.");
            return entries;
        }
        for (Node item : list.items()) {
            if (item instanceof MapNode map) {
                entries.add(map);
            } else {
                problem(item.position().line(), "Each entry of '" + field + "' must be a mapping.");
            }
        }
        return entries;
    }

    private List<String> strings(Node node, String field) {
        List<String> values = new ArrayList<>();
        if (node == null) {
            return values;
        }
        if (!(node instanceof ListNode list)) {
            problem(node.position().line(), "'" + field + "' must be a list of paths.");
            return values;
        }
        list.items().forEach(item -> {
            if (item instanceof ScalarNode s && s.scalar() instanceof String text && !text.isBlank()) {
                values.add(text.strip());
            } else {
                problem(item.position().line(), "Each entry of '" + field + "' must be a path.");
            }
        });
        return values;
    }

    private String text(MapNode entry, String key) {
        if (entry.get(key) instanceof ScalarNode s && s.scalar() != null && !String.valueOf(s.scalar()).isBlank()) {
            return String.valueOf(s.scalar()).strip();
        }
        problem(entry.position().line(), "Entry is missing '" + key + "'.");
        return null;
    }

    private LocalDate date(MapNode entry) {
        String text = text(entry, "expires");
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(entry.get("expires").position().line(), "Invalid date '" + text + "' in 'expires'; use YYYY-MM-DD.");
            return null;
        }
    }

    private void checkKeys(MapNode map, List<String> known, String what) {
        for (String key : map.entries().keySet()) {
            if (!known.contains(key)) {
                problem(map.keyPosition(key).line(), "Unknown key '" + key + "' in " + what + "."
                        + Suggestions.didYouMean(key, known));
            }
        }
    }

    private void problem(int line, String message) {
        problems.add(new PackProblem(file, line, message));
    }
}
