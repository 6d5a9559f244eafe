package dev.ztmm.collect;

import dev.ztmm.model.Document;
import dev.ztmm.model.DocumentKind;
import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Position;
import dev.ztmm.model.ScalarNode;
import dev.ztmm.walk.RepoFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads CODEOWNERS files in the places GitHub and GitLab look for them.
 *
 * <p>The document is {@code {rules: [{pattern, owners, invalidOwners, section}]}} with one rule
 * per line that is neither a comment nor a GitLab section header, each at its own line. A
 * section header ({@code [Name]}, {@code ^[Name]}, {@code [Name][2]}, then optional default
 * owners) names the {@code section} of the rules below it, and a rule there that names no owner
 * takes the section's default owners. GitLab's owner forms (nested groups, {@code @@role}) are
 * valid in {@code .gitlab/CODEOWNERS}, in a file with section headers and in a repository with
 * {@code .gitlab-ci.yml}; elsewhere an owner is {@code @user}, {@code @org/team} or an e-mail
 * address.
 */
public final class CodeownersCollector implements Collector {

    static final Set<String> LOCATIONS =
            Set.of("CODEOWNERS", ".github/CODEOWNERS", "docs/CODEOWNERS", ".gitlab/CODEOWNERS");

    /**
     * A section header: an optional caret, a bracketed name, an optional approval count, then
     * nothing or a blank and the default owners. A pattern such as {@code [abc]*.js} is no header.
     */
    private static final Pattern SECTION =
            Pattern.compile("\\s*\\^?\\[([^\\]]+)\\](?:\\[\\d+\\])?(\\s.*)?");

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
        String[] lines = source.text().split("\n", -1);
        CodeownersOwners owners = new CodeownersOwners(gitlab(source.path(), lines, index));
        ListNode rules = new ListNode(Position.of(1, 1));
        Section section = null;
        for (int i = 0; i < lines.length; i++) {
            Matcher header = SECTION.matcher(lines[i]);
            if (header.matches()) {
                int ownersStart = header.start(2) < 0 ? lines[i].length() : header.start(2);
                section = new Section(header.group(1).trim(), i + 1, lines[i], ownersStart);
                continue;
            }
            MapNode rule = parseLine(lines[i], i + 1, section, owners);
            if (rule != null) {
                rules.add(rule);
            }
        }
        MapNode root = new MapNode(Position.of(1, 1));
        root.put("rules", rules);
        return Collected.of(new Document(DocumentKind.CODEOWNERS, source.path(), root));
    }

    private static boolean gitlab(String path, String[] lines, RepositoryIndex index) {
        return path.equals(".gitlab/CODEOWNERS")
                || index.contains(".gitlab-ci.yml")
                || Arrays.stream(lines).anyMatch(line -> SECTION.matcher(line).matches());
    }

    private static MapNode parseLine(
            String line, int lineNumber, Section section, CodeownersOwners valid) {
        List<String> tokens = tokens(line);
        if (tokens.isEmpty()) {
            return null;
        }
        Position position = Position.of(lineNumber, line.indexOf(tokens.get(0).charAt(0)) + 1);
        ListNode owners = new ListNode(position);
        ListNode invalid = new ListNode(position);
        if (tokens.size() == 1 && section != null) {
            section.addOwners(valid, owners, invalid);
        } else {
            int from = line.indexOf(tokens.get(0)) + 1;
            List<String> written = tokens.subList(1, tokens.size());
            addOwners(line, lineNumber, from, written, valid, owners, invalid);
        }
        MapNode rule = new MapNode(position);
        rule.put("pattern", ScalarNode.of(position, tokens.get(0)));
        rule.put("owners", owners);
        rule.put("invalidOwners", invalid);
        if (section != null) {
            rule.put("section", ScalarNode.of(Position.of(section.line, 1), section.name));
        }
        return rule;
    }

    /** Sorts owners into valid and invalid, each at the column where it is written. */
    private static void addOwners(String line, int lineNumber, int start, List<String> tokens,
            CodeownersOwners valid, ListNode owners, ListNode invalid) {
        int from = start;
        for (String owner : tokens) {
            int column = line.indexOf(owner, from);
            from = column < 0 ? from : column + owner.length();
            Position position = Position.of(lineNumber, Math.max(column, 0) + 1);
            (valid.valid(owner) ? owners : invalid).add(ScalarNode.of(position, owner));
        }
    }

    /** A GitLab section: its name and the default owners written on its header line. */
    private static final class Section {
        private final String name;
        private final int line;
        private final String text;
        private final int ownersStart;
        private final List<String> owners;

        Section(String name, int line, String text, int ownersStart) {
            this.name = name;
            this.line = line;
            this.text = text;
            this.ownersStart = ownersStart;
            this.owners = tokens(text.substring(ownersStart));
        }

        void addOwners(CodeownersOwners valid, ListNode into, ListNode invalid) {
            CodeownersCollector.addOwners(text, line, ownersStart, owners, valid, into, invalid);
        }
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
