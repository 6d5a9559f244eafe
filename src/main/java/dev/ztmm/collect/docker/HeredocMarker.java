package dev.ztmm.collect.docker;

import dev.ztmm.model.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A heredoc opener such as {@code <<EOF}, {@code <<-EOF} or {@code 3<<"EOF"} in an instruction's
 * logical line.
 *
 * @param delimiter the terminator word with quotes removed
 * @param quoted whether the word was quoted, which turns off variable expansion in the body
 * @param stripTabs whether the opener was {@code <<-}, so leading tabs are removed from body
 *     lines and the terminator line
 * @param position where the opener starts
 */
record HeredocMarker(String delimiter, boolean quoted, boolean stripTabs, Position position) {

    /** An optional file descriptor, {@code <<}, an optional dash and a word without {@code <}. */
    private static final Pattern OPENER = Pattern.compile("(\\d*)<<(-?)([^<]+)");

    /**
     * Finds the openers in a RUN, COPY or ADD line. As in BuildKit, an opener must be a shell word
     * of its own, so {@code cat <<EOF} opens a heredoc while {@code echo "<<EOF"} does not.
     */
    static List<HeredocMarker> find(InstructionLine line) {
        String text = line.logical().text();
        List<HeredocMarker> markers = new ArrayList<>();
        if (!text.contains("<<") || !line.acceptsHeredocs()) {
            return markers;
        }
        // BuildKit splits this line with a backslash escape, whatever the escape directive sets.
        for (ShellWords.Word word : ShellWords.split(text, 0, '\\')) {
            Matcher matcher = OPENER.matcher(word.raw());
            if (matcher.matches()) {
                markers.add(toMarker(matcher, line.logical().positionAt(word.start())));
            }
        }
        return markers;
    }

    private static HeredocMarker toMarker(Matcher matcher, Position position) {
        String word = matcher.group(3);
        String delimiter = ShellWords.unquote(word, '\\');
        boolean stripTabs = matcher.group(2).equals("-");
        return new HeredocMarker(delimiter, ShellWords.hasQuotes(word), stripTabs, position);
    }
}
