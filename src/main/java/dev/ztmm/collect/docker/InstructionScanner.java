package dev.ztmm.collect.docker;

import dev.ztmm.model.Position;
import dev.ztmm.model.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups source lines into instructions: joins continued lines, skips comments and blank lines,
 * and reads heredoc bodies.
 */
final class InstructionScanner {

    private final List<SourceLine> lines;
    private final char escape;
    private int next;

    InstructionScanner(List<SourceLine> lines, char escape) {
        this.lines = lines;
        this.escape = escape;
    }

    List<ScannedInstruction> scanAll() throws DockerfileParseException {
        List<ScannedInstruction> instructions = new ArrayList<>();
        while (next < lines.size()) {
            SourceLine line = lines.get(next++);
            if (line.isBlank() || line.isComment()) {
                continue;
            }
            ScannedInstruction instruction = scanInstruction(line);
            if (instruction != null) {
                instructions.add(instruction);
            }
        }
        return instructions;
    }

    /** Returns null when the lines contain nothing but escape characters. */
    private ScannedInstruction scanInstruction(SourceLine first) throws DockerfileParseException {
        LogicalLine logical = new LogicalLine();
        List<ScalarNode> contentLines = new ArrayList<>();
        boolean continued = append(first, logical, contentLines);
        while (continued && next < lines.size()) {
            SourceLine line = lines.get(next++);
            // BuildKit skips comment lines and blank lines inside a continuation.
            if (!line.isBlank() && !line.isComment()) {
                continued = append(line, logical, contentLines);
            }
        }
        if (logical.isEmpty()) {
            return null;
        }
        InstructionLine line = InstructionLine.read(logical, 0);
        List<Heredoc> heredocs = new ArrayList<>();
        for (HeredocMarker marker : HeredocMarker.find(line)) {
            heredocs.add(readHeredoc(marker, contentLines));
        }
        return new ScannedInstruction(line, heredocs, contentLines, lines.get(next - 1).number());
    }

    /** Appends a line to the logical line and returns whether it ends in the escape character. */
    private boolean append(SourceLine line, LogicalLine logical, List<ScalarNode> contentLines) {
        String text = line.text();
        int end = SourceLine.trimmedEnd(text);
        boolean continued = end > 0 && text.charAt(end - 1) == escape;
        String segment = continued ? text.substring(0, end - 1) : text;
        logical.append(segment, line.number());
        addContentLine(segment, line.number(), contentLines);
        return continued;
    }

    private Heredoc readHeredoc(HeredocMarker marker, List<ScalarNode> contentLines)
            throws DockerfileParseException {
        StringBuilder body = new StringBuilder();
        Position bodyPosition = null;
        while (next < lines.size()) {
            SourceLine line = lines.get(next++);
            String text = marker.stripTabs() ? stripLeadingTabs(line.text()) : line.text();
            if (bodyPosition == null) {
                bodyPosition = Position.of(line.number(), 1);
            }
            if (text.equals(marker.delimiter())) {
                return new Heredoc(marker, body.toString(), bodyPosition);
            }
            body.append(text).append('\n');
            addContentLine(line.text(), line.number(), contentLines);
        }
        throw new DockerfileParseException(
                marker.position(),
                "unterminated heredoc: add a line that contains only '"
                        + marker.delimiter()
                        + "' after the body");
    }

    private static void addContentLine(String text, int number, List<ScalarNode> contentLines) {
        int start = SourceLine.skipSpace(text, 0);
        int end = SourceLine.trimmedEnd(text);
        if (start < end) {
            Position position = Position.of(number, start + 1);
            contentLines.add(ScalarNode.of(position, text.substring(start, end)));
        }
    }

    private static String stripLeadingTabs(String text) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == '\t') {
            start++;
        }
        return text.substring(start);
    }
}
