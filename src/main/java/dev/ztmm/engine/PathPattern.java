package dev.ztmm.engine;

import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.Position;
import dev.ztmm.model.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A path over a located tree that names the items a rule checks, such as {@code jobs.*.steps[*]}.
 *
 * <p>Segments are separated by dots. A segment is a mapping key, {@code *} for every value of a
 * mapping, {@code **} for a value and everything below it at any depth, {@code [*]} for every
 * item of a list, or {@code [n]} for one item. A key and a list
 * index combine as {@code steps[*]}. A segment that does not match (a missing key, a list where
 * a mapping is expected) yields no item, so absent parts of a document are skipped, not errors.
 */
public final class PathPattern {

    private sealed interface Segment permits Key, AnyKey, AnyItem, Index, Descendants {}

    private record Key(String name) implements Segment {}

    private record AnyKey() implements Segment {}

    private record AnyItem() implements Segment {}

    private record Index(int index) implements Segment {}

    /** {@code **}: the node itself and every value below it, at any depth. */
    private record Descendants() implements Segment {}

    /**
     * One matched item.
     *
     * @param node the item
     * @param location its path in the document, such as "jobs.build.steps[2]"
     * @param key the mapping key matched last, or the empty string
     * @param keyPosition where the key whose value is the item is written, or null for a list item
     *     or the document itself
     */
    public record Match(Node node, String location, String key, Position keyPosition) {

        /**
         * Returns the line to report for the item: a scalar's own position, and for a mapping or
         * list the key that holds it, because a block's own position is its first entry's line.
         */
        public Position reportedPosition() {
            if (node instanceof ScalarNode || keyPosition == null) {
                return node.position();
            }
            return keyPosition;
        }
    }

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
        if (name.equals("**")) {
            segments.add(new Descendants());
        } else if (name.equals("*")) {
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
        expand(new Match(root, "", "", null), 0, matches);
        return matches;
    }

    private void expand(Match at, int index, List<Match> out) {
        if (index == segments.size()) {
            out.add(at);
            return;
        }
        Segment segment = segments.get(index);
        Node node = at.node();
        if (segment instanceof Descendants) {
            expandDescendants(at, index, out);
        } else if (segment instanceof Key k && node instanceof MapNode map && map.has(k.name())) {
            expand(child(at, map, k.name()), index + 1, out);
        } else if (segment instanceof AnyKey && node instanceof MapNode map) {
            map.entries().keySet().forEach(name -> expand(child(at, map, name), index + 1, out));
        } else if (segment instanceof AnyItem && node instanceof ListNode list) {
            for (int i = 0; i < list.size(); i++) {
                expand(item(at, list, i), index + 1, out);
            }
        } else if (segment instanceof Index i && node instanceof ListNode list && i.index() < list.size()) {
            expand(item(at, list, i.index()), index + 1, out);
        }
    }

    private void expandDescendants(Match at, int index, List<Match> out) {
        expand(at, index + 1, out);
        if (at.node() instanceof MapNode map) {
            map.entries().keySet().forEach(name -> expandDescendants(child(at, map, name), index, out));
        } else if (at.node() instanceof ListNode list) {
            for (int i = 0; i < list.size(); i++) {
                expandDescendants(item(at, list, i), index, out);
            }
        }
    }

    private static Match child(Match parent, MapNode map, String name) {
        return new Match(map.get(name), join(parent.location(), name), name, map.keyPosition(name));
    }

    private static Match item(Match parent, ListNode list, int i) {
        return new Match(list.items().get(i), parent.location() + "[" + i + "]", parent.key(), null);
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
