package dev.ztmm.collect.docker;

import dev.ztmm.model.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * One instruction's text with its continuations joined, remembering the source position of
 * every character.
 *
 * <p>Each physical line's share is trimmed and joined to the previous one by a single space.
 * BuildKit concatenates the shares as they are, so inside a quoted string split over two lines
 * the text here differs from what BuildKit passes to the shell by that one space.
 */
final class LogicalLine {

    private final StringBuilder text = new StringBuilder();
    private final List<Position> positions = new ArrayList<>();

    /** Appends a physical line's share, which starts at column 1 of that line. */
    void append(String segment, int lineNumber) {
        int start = SourceLine.skipSpace(segment, 0);
        int end = SourceLine.trimmedEnd(segment);
        if (start >= end) {
            return;
        }
        if (!text.isEmpty()) {
            text.append(' ');
            positions.add(Position.of(lineNumber, start + 1));
        }
        for (int i = start; i < end; i++) {
            text.append(segment.charAt(i));
            positions.add(Position.of(lineNumber, i + 1));
        }
    }

    String text() {
        return text.toString();
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    /** Returns the source position of a character, or the place just after the last one. */
    Position positionAt(int index) {
        if (index < positions.size()) {
            return positions.get(index);
        }
        if (positions.isEmpty()) {
            return Position.NONE;
        }
        Position last = positions.get(positions.size() - 1);
        return Position.of(last.line(), last.column() + 1);
    }
}
