package dev.ztmm.collect;

import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.Position;
import dev.ztmm.model.ScalarNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Loads YAML into located trees with YAML 1.2 core-schema meaning.
 *
 * <p>Only {@code true} and {@code false} (in any case) are booleans, so the workflow key {@code
 * on} and values such as {@code off} or {@code yes} stay strings. Loading composes the node graph
 * and never constructs Java objects from tags: an application tag such as {@code !Ref} or {@code
 * !reference} is read as its plain value, and the node keeps the tag ({@link Node#tag()}) for
 * formats that give it a meaning. A loader made with {@link LocalTags} turns tagged nodes into
 * the format's own values instead (CloudFormation's {@code !Ref x} into {@code {Ref: x}}).
 * Aliases are expanded at each use, with a limit on
 * their number, and a self-referencing alias is an error instead of an endless tree.
 *
 * <p>SnakeYAML Engine 2.10 applies {@code <<} merge keys while composing (shallow, local keys
 * win), so merged entries arrive as ordinary entries; {@link MergeKeys} finds them in the text
 * for formats whose platform rejects them.
 */
public final class YamlLoader {

    /**
     * Aliases to collections per file. Real GitLab CI files use hundreds (one rules file of
     * gitlab-runner has more than 50); exponential expansion is bounded by {@link #MAX_NODES}.
     */
    static final int MAX_ALIASES = 5_000;

    /**
     * Values per file after aliases are expanded at each use. A billion-laughs file reaches it
     * in well under a second; a 5 MiB file of plain configuration stays below it.
     */
    static final int MAX_NODES = 2_000_000;

    /** Nesting depth of the loaded tree; real configuration stays far below it. */
    static final int MAX_DEPTH = 500;

    /** Characters per file: the walker's 5 MiB size limit, with room for multi-byte text. */
    static final int MAX_CODE_POINTS = 6 * 1024 * 1024;

    private final LocalTags localTags;

    /** Makes a loader that reads tagged values as their plain values. */
    public YamlLoader() {
        this(null);
    }

    /** Makes a loader that hands each node with an application tag to {@code localTags}. */
    YamlLoader(LocalTags localTags) {
        this.localTags = localTags;
    }

    /** Loads every document of a multi-document stream; empty documents are left out. */
    public List<Node> loadAll(SourceText source) throws CollectException {
        return load(source, null);
    }

    /**
     * Loads like {@link #loadAll} for a file whose values are merged into another file's
     * document: every position names {@code source}'s path.
     */
    public List<Node> loadAllNamingFile(SourceText source) throws CollectException {
        return load(source, source.path());
    }

    private List<Node> load(SourceText source, String file) throws CollectException {
        LoadSettings settings =
                LoadSettings.builder()
                        .setLabel(source.path())
                        .setSchema(new CoreSchema())
                        .setAllowDuplicateKeys(false)
                        .setAllowRecursiveKeys(false)
                        .setMaxAliasesForCollections(MAX_ALIASES)
                        .setCodePointLimit(MAX_CODE_POINTS)
                        .setUseMarks(true)
                        .build();
        List<Node> documents = new ArrayList<>();
        try {
            for (org.snakeyaml.engine.v2.nodes.Node root :
                    new Compose(settings).composeAllFromString(source.text())) {
                Node document = new Converter(file).convert(root, 0);
                if (!(document instanceof ScalarNode scalar && scalar.isNull())) {
                    documents.add(document);
                }
            }
        } catch (MarkedYamlEngineException e) {
            throw new CollectException(describe(e), position(e.getProblemMark().orElse(null), file));
        } catch (YamlEngineException e) {
            throw new CollectException("Invalid YAML: " + e.getMessage(), null);
        } catch (StackOverflowError e) {
            throw new CollectException(
                    "YAML nesting is too deep to read; the file was not parsed.", null);
        }
        return documents;
    }

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem();
        String context = e.getContext();
        StringBuilder message = new StringBuilder("Invalid YAML: ");
        if (context != null && !context.isBlank()) {
            message.append(context).append(", ");
        }
        message.append(problem == null ? "unreadable input" : problem);
        return message.toString();
    }

    static Position position(Mark mark) {
        return position(mark, null);
    }

    static Position position(Mark mark, String file) {
        return mark == null
                ? Position.NONE
                : Position.of(mark.getLine() + 1, mark.getColumn() + 1, file);
    }

    private final class Converter {
        private final Map<org.snakeyaml.engine.v2.nodes.Node, Boolean> inProgress =
                new IdentityHashMap<>();
        private final String file;
        private int converted;

        Converter(String file) {
            this.file = file;
        }

        Node convert(org.snakeyaml.engine.v2.nodes.Node node, int depth) throws CollectException {
            Node result = convertChecked(node, depth);
            String tag = node.getTag().getValue();
            // Local tags (one '!') belong to the format, such as GitLab's !reference.
            if (tag.startsWith("!") && !tag.startsWith("!!")) {
                result.tag(tag);
            }
            return result;
        }

        private Node convertChecked(org.snakeyaml.engine.v2.nodes.Node node, int depth)
                throws CollectException {
            Position position = position(node.getStartMark().orElse(null), file);
            if (++converted > MAX_NODES) {
                throw new CollectException("YAML aliases expand to more than " + MAX_NODES
                        + " values; the file was not read (an alias bomb, or aliases nested too often).", position);
            }
            if (depth > MAX_DEPTH) {
                throw new CollectException(
                        "YAML nesting is deeper than " + MAX_DEPTH + " levels; not parsed.", position);
            }
            if (inProgress.put(node, Boolean.TRUE) != null) {
                throw new CollectException(
                        "An alias refers to a node that contains it; such a cycle cannot be read.",
                        position);
            }
            try {
                Node converted = convertUntagged(node, position, depth);
                String tag = node.getTag().getValue();
                if (localTags != null && tag.startsWith("!")) {
                    return localTags.apply(tag, converted);
                }
                return converted;
            } finally {
                inProgress.remove(node);
            }
        }

        private Node convertUntagged(
                org.snakeyaml.engine.v2.nodes.Node node, Position position, int depth)
                throws CollectException {
            if (node instanceof MappingNode mapping) {
                return convertMapping(mapping, position, depth);
            }
            if (node instanceof SequenceNode sequence) {
                ListNode list = new ListNode(position);
                for (org.snakeyaml.engine.v2.nodes.Node item : sequence.getValue()) {
                    list.add(convert(item, depth + 1));
                }
                return list;
            }
            return YamlScalars.convert((org.snakeyaml.engine.v2.nodes.ScalarNode) node, position);
        }

        private MapNode convertMapping(MappingNode mapping, Position position, int depth)
                throws CollectException {
            MapNode map = new MapNode(position);
            for (NodeTuple tuple : mapping.getValue()) {
                org.snakeyaml.engine.v2.nodes.Node keyNode = tuple.getKeyNode();
                Position keyPosition = position(keyNode.getStartMark().orElse(null), file);
                String key = keyText(keyNode, keyPosition);
                if (map.has(key)) {
                    throw new CollectException(
                            "Duplicate key '" + key + "' in a mapping; remove one of them.",
                            keyPosition);
                }
                map.put(key, keyPosition, convert(tuple.getValueNode(), depth + 1));
            }
            return map;
        }

        private String keyText(org.snakeyaml.engine.v2.nodes.Node keyNode, Position keyPosition)
                throws CollectException {
            if (keyNode instanceof org.snakeyaml.engine.v2.nodes.ScalarNode scalar) {
                return scalar.getValue();
            }
            throw new CollectException(
                    "A mapping key is itself a mapping or a list. If this file is a template "
                            + "(for example with '{{ ... }}'), render it first.",
                    keyPosition);
        }
    }
}
