package dev.ztmm.collect.docker;

import dev.ztmm.model.MapNode;
import dev.ztmm.model.Position;
import dev.ztmm.model.ScalarNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parser directives ({@code # syntax=}, {@code # escape=}, {@code # check=}) from the comment
 * lines at the top of a Dockerfile.
 *
 * <p>BuildKit stops looking for directives at the first line that is not one: a blank line, an
 * ordinary comment, an unknown directive or an instruction.
 */
final class ParserDirectives {

    private static final Pattern DIRECTIVE =
            Pattern.compile("#[ \\t]*([a-zA-Z][a-zA-Z0-9]*)[ \\t]*=[ \\t]*(.+?)[ \\t]*");
    private static final Set<String> NAMES = Set.of("syntax", "escape", "check");
    private static final char DEFAULT_ESCAPE = '\\';

    private final Map<String, ScalarNode> values = new LinkedHashMap<>();
    private char escape = DEFAULT_ESCAPE;

    private ParserDirectives() {}

    /** Reads the directives at the top of the file and validates the escape character. */
    static ParserDirectives read(List<SourceLine> lines) throws DockerfileParseException {
        ParserDirectives directives = new ParserDirectives();
        for (SourceLine line : lines) {
            Matcher matcher = DIRECTIVE.matcher(line.text().substring(line.contentStart()));
            if (!matcher.matches()) {
                break;
            }
            String name = matcher.group(1).toLowerCase(Locale.ROOT);
            if (!NAMES.contains(name)) {
                break;
            }
            Position position = Position.of(line.number(), line.contentStart() + 1);
            directives.add(name, matcher.group(2), position);
        }
        return directives;
    }

    char escape() {
        return escape;
    }

    MapNode toNode() {
        MapNode node = new MapNode(Position.of(1, 1));
        values.forEach(node::put);
        return node;
    }

    private void add(String name, String value, Position position)
            throws DockerfileParseException {
        if (values.containsKey(name)) {
            throw new DockerfileParseException(
                    position,
                    "duplicate parser directive '" + name + "': keep only the first one");
        }
        if (name.equals("escape")) {
            escape = parseEscape(value, position);
        }
        values.put(name, ScalarNode.of(position, value));
    }

    private static char parseEscape(String value, Position position)
            throws DockerfileParseException {
        if (value.equals("`") || value.equals("\\")) {
            return value.charAt(0);
        }
        throw new DockerfileParseException(
                position,
                "invalid escape directive '" + value + "': the escape character must be ` or \\");
    }
}
