package dev.ztmm.collect;

import dev.ztmm.model.Document;
import dev.ztmm.model.DocumentKind;
import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Position;
import dev.ztmm.model.ScalarNode;
import dev.ztmm.walk.RepoFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads CODEOWNERS files in the three places GitHub looks for them.
 *
 * <p>The document is {@code {rules: [{pattern, owners, invalidOwners}]}} with one rule per
 * non-comment line, each at its own line. An owner is valid when it is {@code @user}, {@code
 * @org/team} or an e-mail address.
 */
public final class CodeownersCollector implements Collector {

    static final Set<String> LOCATIONS =
            Set.of("CODEOWNERS", ".github/CODEOWNERS", "docs/CODEOWNERS", ".gitlab/CODEOWNERS");

    private static final Pattern OWNER =
            Pattern.compile("@[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Override
    public String name() {
        return "codeowners";
    }

    @Override
    public boolean accepts(RepoFile file, RepositoryIndex index) {
        return LOCATIONS.contains(file.path());
    }

    @Override
    public Collected collect(SourceText source, RepositoryIndex index) {
        MapNode root = new MapNode(Position.of(1, 1));
        ListNode rules = new ListNode(Position.of(1, 1));
        String[] lines = source.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            MapNode rule = parseLine(lines[i], i + 1);
            if (rule != null) {
                rules.add(rule);
            }
        }
        root.put("rules", rules);
        return Collected.of(new Document(DocumentKind.CODEOWNERS, source.path(), root));
    }

    private static MapNode parseLine(String line, int lineNumber) {
        List<String> tokens = tokens(line);
        if (tokens.isEmpty()) {
            return null;
        }
        Position position = Position.of(lineNumber, line.indexOf(tokens.get(0).charAt(0)) + 1);
        ListNode owners = new ListNode(position);
        ListNode invalid = new ListNode(position);
        for (String owner : tokens.subList(1, tokens.size())) {
            (OWNER.matcher(owner).matches() ? owners : invalid).add(ScalarNode.of(position, owner));
        }
        MapNode rule = new MapNode(position);
        rule.put("pattern", ScalarNode.of(position, tokens.get(0)));
        rule.put("owners", owners);
        rule.put("invalidOwners", invalid);
        return rule;
    }

    /** Splits a line on unescaped blanks, stopping at an unescaped '#'. */
    private static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                current.append(line.charAt(++i));
            } else if (c == '#') {
                break;
            } else if (Character.isWhitespace(c)) {
                flush(current, tokens);
            } else {
                current.append(c);
            }
        }
        flush(current, tokens);
        return tokens;
    }

    private static void flush(StringBuilder current, List<String> tokens) {
        if (current.length() > 0) {
            tokens.add(current.toString());
            current.setLength(0);
        }
    }
}
