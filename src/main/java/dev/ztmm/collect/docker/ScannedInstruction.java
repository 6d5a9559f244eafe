package dev.ztmm.collect.docker;

import dev.ztmm.model.ScalarNode;
import java.util.List;

/**
 * One instruction as read from the source lines, before it is placed in a build stage.
 *
 * @param line the logical line, split into keyword, flags and arguments
 * @param heredocs the heredocs it opens, in the order of their openers
 * @param contentLines one string per physical line that carries content, trimmed and without a
 *     trailing escape character, including heredoc body lines
 * @param endLine the last physical line that belongs to the instruction
 */
record ScannedInstruction(
        InstructionLine line, List<Heredoc> heredocs, List<ScalarNode> contentLines, int endLine) {}
