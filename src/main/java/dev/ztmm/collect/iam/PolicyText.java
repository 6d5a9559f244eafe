package dev.ztmm.collect.iam;

import dev.ztmm.collect.CollectException;
import dev.ztmm.collect.JsonLoader;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.ScalarNode;

/**
 * Parses a policy written as a JSON string or heredoc in a Terraform file, keeping the lines
 * of the file: a heredoc's JSON starts on the line after its {@code <<EOT} marker.
 */
final class PolicyText {

    private final String[] lines;

    PolicyText(String source) {
        this.lines = source.split("\n", -1);
    }

    MapNode parse(ScalarNode value, PolicySource source, boolean trust) {
        String written = String.valueOf(value.scalar());
        String trimmed = written.strip();
        if (trimmed.startsWith("${") && trimmed.endsWith("}") && !trimmed.startsWith("{")) {
            return PolicyDocuments.unknown(value.position(), source.withForm("expression"), trust,
                    "The policy is the expression '" + trimmed.substring(2, trimmed.length() - 1)
                            + "', whose value only Terraform can compute.");
        }
        boolean heredoc = isHeredoc(value);
        PolicySource textSource = source.withForm(heredoc ? "heredoc" : "string");
        int lineOffset = heredoc ? value.position().line() : value.position().line() - 1;
        try {
            Node policy = JsonLoader.load(written, lineOffset);
            return PolicyDocuments.fromPolicyJson(policy, textSource, trust);
        } catch (CollectException e) {
            String where = e.position().line() > 0 ? " at line " + e.position().line() : "";
            return PolicyDocuments.unknown(value.position(), textSource, trust,
                    "The policy text is not JSON that ztmm can read" + where + ": "
                            + e.getMessage());
        }
    }

    private boolean isHeredoc(ScalarNode value) {
        int line = value.position().line();
        int column = value.position().column();
        if (line < 1 || line > lines.length) {
            return false;
        }
        String text = lines[line - 1];
        return column >= 1 && column <= text.length() && text.startsWith("<<", column - 1);
    }
}
