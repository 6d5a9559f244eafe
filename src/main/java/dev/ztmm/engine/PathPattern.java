package dev.ztmm.engine;

import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * A path over a located tree that names the items a rule checks, such as {@code jobs.*.steps[*]}.
 *
 * <p>Segments are separated by dots. A segment is a mapping key, {@code *} for every value of a
 * mapping, {@code [*]} for every item of a list, or {@code [n]} for one item. A key and a list
 * index combine as {@code steps[*]}. A segment that does not match (a missing key, a list where
 * a mapping is expected) yields no item, so absent parts of a document are skipped, not errors.
 */
public final class PathPattern {

    private sealed interface Segment permits Key, AnyKey, AnyItem, Index {}

    private record Key(String name) implements Segment {}

    private record AnyKey() implements Segment {}

    private record AnyItem() implements Segment {}

    private record Index(int index) implements Segment {}

    /**
     * One matched item.
     *
     * @param node the item
     * @param location its path in the document, such as "jobs.build.steps[2]"
     * @param key the mapping key matched last, or the empty string
     */
    public record Match(Node node, String location, String key) {}

    private final String text;
    private final List<Segment> segments;

    private PathPattern(String text, List<Segment> segments) {
        this.text = text;
        this.segments = segments;
    }

    /**
     * Parses a pattern.
     *
     * @throws IllegalArgumentException with a message naming the bad segment
     */
    public static PathPattern parse(String text) {
        List<Segment> segments = new ArrayList<>();
        for (String part : text.split("\\.", -1)) {
            parsePart(text, part, segments);
        }
        return new PathPattern(text, List.copyOf(segments));
    }

    private static void parsePart(String text, String part, List<Segment> segments) {
        int bracket = part.indexOf('[');
        String name = bracket < 0 ? part : part.substring(0, bracket);
        if (name.isEmpty() && bracket != 0) {
            throw new IllegalArgumentException("Empty segment in path pattern '" + text + "'");
        }
        if (name.equals("*")) {
            segments.add(new AnyKey());
        } else if (!name.isEmpty()) {
            segments.add(new Key(name));
        }
        String rest = bracket < 0 ? "" : part.substring(bracket);
        while (!rest.isEmpty()) {
            int close = rest.indexOf(']');
            if (!rest.startsWith("[") || close < 0) {
                throw new IllegalArgumentException("Unbalanced '[' in path pattern '" + text + "'");
            }
            String inside = rest.substring(1, close);
            if (inside.equals("*")) {
                segments.add(new AnyItem());
            } else if (inside.matches("\\d+")) {
                segments.add(new Index(Integer.parseInt(inside)));
            } else {
                throw new IllegalArgumentException(
                        "Invalid index '[" + inside + "]' in path pattern '" + text + "'; use [*] or a number");
            }
            rest = rest.substring(close + 1);
        }
    }

    /** Returns every item of {@code root} that the pattern names, in document order. */
    public List<Match> expand(Node root) {
        List<Match> matches = new ArrayList<>();
        expand(root, 0, "", "", matches);
        return matches;
    }

    private void expand(Node node, int index, String location, String key, List<Match> out) {
        if (index == segments.size()) {
            out.add(new Match(node, location, key));
            return;
        }
        Segment segment = segments.get(index);
        if (segment instanceof Key k && node instanceof MapNode map && map.has(k.name())) {
            expand(map.get(k.name()), index + 1, join(location, k.name()), k.name(), out);
        } else if (segment instanceof AnyKey && node instanceof MapNode map) {
            map.entries().forEach((name, child) -> expand(child, index + 1, join(location, name), name, out));
        } else if (segment instanceof AnyItem && node instanceof ListNode list) {
            for (int i = 0; i < list.size(); i++) {
                expand(list.items().get(i), index + 1, location + "[" + i + "]", key, out);
            }
        } else if (segment instanceof Index i && node instanceof ListNode list && i.index() < list.size()) {
            expand(list.items().get(i.index()), index + 1, location + "[" + i.index() + "]", key, out);
        }
    }

    /** Returns the single node at a pattern without wildcards, or null when it is absent. */
    public Node find(Node root) {
        List<Match> matches = expand(root);
        return matches.isEmpty() ? null : matches.get(0).node();
    }

    private static String join(String location, String name) {
        return location.isEmpty() ? name : location + "." + name;
    }

    @Override
    public String toString() {
        return text;
    }
}
