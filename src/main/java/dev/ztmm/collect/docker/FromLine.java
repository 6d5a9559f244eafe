package dev.ztmm.collect.docker;

import dev.ztmm.model.Position;
import dev.ztmm.model.ScalarNode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The words of a FROM line: image, optional stage name and the platform flag. */
record FromLine(InstructionLine instruction, ShellWords.Word image, ShellWords.Word name) {

    /** BuildKit's rule for stage names, checked after lower-casing. */
    private static final Pattern STAGE_NAME = Pattern.compile("[a-z][a-z0-9\\-_.]*");

    private static final String USAGE = "write FROM [--platform=<platform>] <image> [AS <name>]";

    static FromLine read(InstructionLine instruction, char escape) throws DockerfileParseException {
        String text = instruction.logical().text();
        List<ShellWords.Word> words = ShellWords.split(text, instruction.argumentsStart(), escape);
        if (words.isEmpty()) {
            throw new DockerfileParseException(
                    instruction.keywordPosition(), "FROM is missing the base image: " + USAGE);
        }
        if (words.size() == 1) {
            return new FromLine(instruction, words.get(0), null);
        }
        if (words.size() != 3 || !words.get(1).raw().equalsIgnoreCase("AS")) {
            throw new DockerfileParseException(
                    instruction.argumentsPosition(),
                    "invalid FROM arguments '" + instruction.arguments() + "': " + USAGE);
        }
        FromLine line = new FromLine(instruction, words.get(0), words.get(2));
        line.validateName();
        return line;
    }

    Position positionOf(ShellWords.Word word) {
        return instruction.logical().positionAt(word.start());
    }

    ScalarNode platform(VariableExpander expander) {
        for (BuilderFlags.Flag flag : instruction.flags()) {
            if (flag.name().equals("platform")) {
                Position position = instruction.logical().positionAt(flag.start());
                return ScalarNode.of(position, expander.expand(flag.value()));
            }
        }
        return ScalarNode.ofNull(instruction.keywordPosition());
    }

    /** Rejects a stage name that BuildKit rejects. A name built from a variable is not checked. */
    private void validateName() throws DockerfileParseException {
        String raw = name.raw();
        if (raw.contains("$") || STAGE_NAME.matcher(raw.toLowerCase(Locale.ROOT)).matches()) {
            return;
        }
        throw new DockerfileParseException(
                positionOf(name),
                "invalid build stage name '"
                        + raw
                        + "': start with a letter and use only letters, digits, '-', '_' and '.'");
    }
}
