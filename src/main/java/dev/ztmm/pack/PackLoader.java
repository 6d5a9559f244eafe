package dev.ztmm.pack;

import dev.ztmm.collect.CollectException;
import dev.ztmm.collect.SourceText;
import dev.ztmm.collect.TextDecoder;
import dev.ztmm.collect.YamlLoader;
import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.Rule;
import dev.ztmm.model.RulePack;
import dev.ztmm.model.ScalarNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads rule packs: the built-in ones packaged in the jar, then the user's files or folders.
 *
 * <p>Every pack is validated whole, and all problems of all packs are reported together.
 */
public final class PackLoader {

    /** The built-in packs, one per pillar, under rules/ in the jar. */
    public static final List<String> BUILT_IN =
            List.of("identity", "data", "devices", "applications", "networks", "visibility");

    private static final List<String> PACK_FIELDS = List.of("pack", "version", "description", "rules");

    /**
     * Loads the built-in packs and then each extra pack file, or each .yaml/.yml file of an
     * extra folder.
     *
     * @throws InvalidPackException listing every problem, each with its file and line
     */
    public List<RulePack> load(List<Path> extra) throws InvalidPackException {
        List<PackProblem> problems = new ArrayList<>();
        List<RulePack> packs = new ArrayList<>();
        for (String name : BUILT_IN) {
            String resource = "rules/" + name + ".yaml";
            read(resource, readResource(resource), packs, problems);
        }
        for (Path path : expand(extra, problems)) {
            try {
                read(path.toString(), Files.readAllBytes(path), packs, problems);
            } catch (IOException e) {
                problems.add(new PackProblem(path.toString(), 0, "Cannot read rule pack: " + e.getMessage()));
            }
        }
        checkUniqueIds(packs, problems);
        if (!problems.isEmpty()) {
            throw new InvalidPackException(problems);
        }
        return List.copyOf(packs);
    }

    /** Loads one pack from text, as the tests and the built-in loader do. */
    public RulePack parse(String file, byte[] bytes) throws InvalidPackException {
        List<PackProblem> problems = new ArrayList<>();
        List<RulePack> packs = new ArrayList<>();
        read(file, bytes, packs, problems);
        checkUniqueIds(packs, problems);
        if (!problems.isEmpty()) {
            throw new InvalidPackException(problems);
        }
        return packs.get(0);
    }

    private static byte[] readResource(String resource) {
        try (InputStream in = PackLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Built-in rule pack " + resource + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> expand(List<Path> extra, List<PackProblem> problems) {
        List<Path> files = new ArrayList<>();
        for (Path path : extra) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> list = Files.list(path)) {
                    list.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    problems.add(new PackProblem(path.toString(), 0, "Cannot list folder: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                problems.add(new PackProblem(path.toString(), 0,
                        "Rule pack not found; pass an existing .yaml file or a folder of them."));
            }
        }
        return files;
    }

    private void read(String file, byte[] bytes, List<RulePack> packs, List<PackProblem> problems) {
        List<Node> roots;
        try {
            SourceText source = TextDecoder.decode(file, bytes);
            roots = new YamlLoader().loadAll(source);
        } catch (CollectException e) {
            problems.add(new PackProblem(file, e.position().line(), e.getMessage()));
            return;
        }
        if (roots.size() != 1 || !(roots.get(0) instanceof MapNode root)) {
            problems.add(new PackProblem(file, 1, "A rule pack is one YAML mapping with 'pack', 'version' and 'rules'."));
            return;
        }
        RulePack pack = readPack(file, root, problems);
        if (pack != null) {
            packs.add(pack);
        }
    }

    private RulePack readPack(String file, MapNode root, List<PackProblem> problems) {
        int before = problems.size();
        root.entries().keySet().stream()
                .filter(key -> !PACK_FIELDS.contains(key))
                .forEach(key -> problems.add(new PackProblem(file, root.keyPosition(key).line(),
                        "Unknown field '" + key + "' in a rule pack." + Suggestions.didYouMean(key, PACK_FIELDS))));
        String id = root.get("pack") instanceof ScalarNode s && s.scalar() instanceof String t ? t : null;
        Object version = root.get("version") instanceof ScalarNode s ? s.scalar() : null;
        if (id == null) {
            problems.add(new PackProblem(file, 1, "Rule pack is missing 'pack', its id."));
        }
        if (version == null) {
            problems.add(new PackProblem(file, 1, "Rule pack is missing 'version'."));
        }
        if (!(root.get("rules") instanceof ListNode entries)) {
            problems.add(new PackProblem(file, 1, "Rule pack is missing 'rules', a list of rules."));
            return null;
        }
        RuleReader reader = new RuleReader(id, file, problems);
        List<Rule> rules = new ArrayList<>();
        for (Node entry : entries.items()) {
            Rule rule = reader.read(entry);
            if (rule != null) {
                rules.add(rule);
            }
        }
        return problems.size() > before ? null : new RulePack(id, String.valueOf(version), file, List.copyOf(rules));
    }

    private static void checkUniqueIds(List<RulePack> packs, List<PackProblem> problems) {
        Map<String, Rule> seen = new HashMap<>();
        for (RulePack pack : packs) {
            for (Rule rule : pack.rules()) {
                Rule earlier = seen.putIfAbsent(rule.id(), rule);
                if (earlier != null) {
                    problems.add(new PackProblem(pack.file(), rule.source().line(),
                            "Rule id '" + rule.id() + "' is already defined at " + earlier.source().file()
                                    + ":" + earlier.source().line() + "; rule ids must be unique."));
                }
            }
        }
    }
}
