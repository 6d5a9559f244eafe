package dev.ztmm.collect.gitlab;

import dev.ztmm.collect.RepositoryIndex;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.Position;
import dev.ztmm.model.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One file named by an {@code include:} entry, in any of GitLab's forms.
 *
 * @param file the including file
 * @param position where the entry is written
 * @param type local, remote, project, template or component
 * @param location the path, URL, template or component as written
 * @param entry the entry as written, for its rules, ref and inputs
 */
record IncludeEntry(String file, Position position, String type, String location, Node entry) {

    private static final List<String> TYPES = List.of("local", "remote", "template", "component");

    /** Returns the includes one entry names; a project entry with a list of files names several. */
    static List<IncludeEntry> read(Node entry, String file) {
        String text = Trees.text(entry);
        if (text != null) {
            String type = text.startsWith("http://") || text.startsWith("https://") ? "remote" : "local";
            return List.of(new IncludeEntry(file, entry.position(), type, text, entry));
        }
        if (!(entry instanceof MapNode map)) {
            return List.of();
        }
        if (map.has("project")) {
            List<IncludeEntry> entries = new ArrayList<>();
            for (Node path : Trees.items(map.get("file"))) {
                String where = Trees.text(map.get("project")) + ":" + Trees.text(path);
                entries.add(new IncludeEntry(file, map.position(), "project", where, entry));
            }
            return entries;
        }
        for (String type : TYPES) {
            if (Trees.text(map.get(type)) != null) {
                return List.of(new IncludeEntry(file, map.position(), type, Trees.text(map.get(type)), entry));
            }
        }
        return List.of();
    }

    /** Whether the file is in the repository and its name holds no CI variable. */
    boolean followable() {
        return type.equals("local") && !location.contains("$");
    }

    /** Returns the repository paths a local include names; a glob may name several. */
    List<String> localPaths(RepositoryIndex index) {
        String path = location.startsWith("/") ? location.substring(1) : location;
        if (!path.contains("*")) {
            return index.contains(path) ? List.of(path) : List.of();
        }
        Pattern glob = glob(path);
        return index.paths().stream().filter(p -> glob.matcher(p).matches()).toList();
    }

    /** Returns the entry as the document shows it: {type, location, from, followed, rules}. */
    MapNode describe() {
        MapNode node = new MapNode(position);
        node.put("type", ScalarNode.of(position, type));
        node.put("location", ScalarNode.of(position, location));
        node.put("from", ScalarNode.of(position, file));
        node.put("followed", ScalarNode.of(position, false));
        if (entry instanceof MapNode map) {
            for (String key : List.of("rules", "ref", "inputs")) {
                if (map.has(key)) {
                    node.put(key, map.keyPosition(key), map.get(key));
                }
            }
        }
        return node;
    }

    private static Pattern glob(String path) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (path.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 2;
            } else if (path.startsWith("**", i)) {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
