package dev.ztmm.collect.docker;

import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Position;
import java.util.List;

/**
 * Parses a Dockerfile or Containerfile into ztmm's located tree, following BuildKit's syntax.
 *
 * <p>The root map has these keys:
 *
 * <ul>
 *   <li>{@code args}: each ARG declared before the first FROM, mapped to its default or null
 *   <li>{@code stages}: the build stages, each with its base image, name, platform, last USER
 *       and instructions
 *   <li>{@code instructions}: every instruction in file order, with keyword, arguments, form,
 *       flags, heredocs, content lines, stage index and end line
 *   <li>{@code user}: the effective USER of the final stage, null when none is set
 *   <li>{@code directives}: the parser directives at the top of the file
 * </ul>
 *
 * <p>The parser only reads text. It runs nothing and resolves no image.
 */
public final class DockerfileParser {

    private static final Position FILE_START = Position.of(1, 1);

    private DockerfileParser() {}

    /**
     * Parses Dockerfile text. The caller strips a UTF-8 byte order mark and converts CRLF line
     * ends to LF first. An unknown instruction keyword is kept as an instruction.
     *
     * @throws DockerfileParseException when BuildKit could not read the file either, for example
     *     an unterminated heredoc, a FROM without an image, an invalid stage name or an invalid
     *     escape directive
     */
    public static MapNode parse(String text) throws DockerfileParseException {
        List<SourceLine> lines = SourceLine.split(text);
        ParserDirectives directives = ParserDirectives.read(lines);
        InstructionScanner scanner = new InstructionScanner(lines, directives.escape());
        StageAssembler assembler = new StageAssembler(directives.escape());
        ListNode instructions = new ListNode(FILE_START);
        for (ScannedInstruction scanned : scanner.scanAll()) {
            instructions.add(assembler.add(scanned));
        }
        MapNode root = new MapNode(FILE_START);
        root.put("args", assembler.metaArgsNode());
        root.put("stages", assembler.stagesNode());
        root.put("instructions", instructions);
        root.put("user", assembler.finalUserNode());
        root.put("directives", directives.toNode());
        return root;
    }
}
