package dev.ztmm.collect.docker;

import dev.ztmm.model.Position;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The parts of one instruction's logical line: keyword, leading flags, arguments and, when the
 * arguments are a JSON string array, the exec form.
 */
final class InstructionLine {

    private static final Set<String> HEREDOC_KEYWORDS = Set.of("RUN", "COPY", "ADD");

    private final LogicalLine logical;
    private final String keyword;
    private final int keywordStart;
    private final BuilderFlags flags;
    private final List<JsonStringArray.Item> exec;

    private InstructionLine(LogicalLine logical, int keywordStart, int keywordEnd) {
        String text = logical.text();
        this.logical = logical;
        this.keywordStart = keywordStart;
        this.keyword = text.substring(keywordStart, keywordEnd).toUpperCase(Locale.ROOT);
        this.flags = BuilderFlags.read(text, keywordEnd);
        this.exec = JsonStringArray.parse(text, flags.restIndex());
    }

    /** Splits the logical line, or the part of it from {@code from} for ONBUILD's trigger. */
    static InstructionLine read(LogicalLine logical, int from) {
        String text = logical.text();
        int start = SourceLine.skipSpace(text, from);
        int end = start;
        while (end < text.length() && !SourceLine.isSpace(text.charAt(end))) {
            end++;
        }
        return new InstructionLine(logical, start, end);
    }

    /** Returns whether BuildKit reads heredocs here: RUN, COPY or ADD in shell form. */
    boolean acceptsHeredocs() {
        if (keyword.equals("ONBUILD")) {
            return read(logical, argumentsStart()).acceptsHeredocs();
        }
        return HEREDOC_KEYWORDS.contains(keyword) && exec == null;
    }

    LogicalLine logical() {
        return logical;
    }

    String keyword() {
        return keyword;
    }

    Position keywordPosition() {
        return logical.positionAt(keywordStart);
    }

    List<BuilderFlags.Flag> flags() {
        return flags.flags();
    }

    /** Returns the index where the arguments start, after the keyword and any flags. */
    int argumentsStart() {
        return flags.restIndex();
    }

    String arguments() {
        return logical.text().substring(argumentsStart());
    }

    Position argumentsPosition() {
        return logical.positionAt(argumentsStart());
    }

    /** Returns the exec form items, or null when the arguments are not a JSON string array. */
    List<JsonStringArray.Item> exec() {
        return exec;
    }
}
