package dev.ztmm.collect.docker;

import dev.ztmm.model.Position;

/**
 * A heredoc with the body read from the lines after its instruction.
 *
 * @param marker the opener in the instruction line
 * @param body the lines between opener and terminator, each ending in a newline, with leading
 *     tabs removed for {@code <<-}
 * @param bodyPosition the start of the first body line, or of the terminator when the body is
 *     empty
 */
record Heredoc(HeredocMarker marker, String body, Position bodyPosition) {}
