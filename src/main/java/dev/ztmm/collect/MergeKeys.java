package dev.ztmm.collect;

import dev.ztmm.model.Diagnostic;
import dev.ztmm.model.Position;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code <<} merge keys in formats whose platform does not support them.
 *
 * <p>GitHub Actions accepts anchors and aliases but rejects merge keys. The YAML loader has
 * already applied them by the time a tree exists, so the key is found in the text: a line whose
 * first mapping key is a plain {@code <<}. A block scalar line that starts with {@code <<:} would
 * be reported too; such text in a workflow is rare enough to accept.
 */
final class MergeKeys {

    private static final Pattern MERGE_KEY = Pattern.compile("^(\\s*(?:-\\s+)?)<<\\s*:");

    private MergeKeys() {}

    static void report(SourceText source, List<Diagnostic> diagnostics) {
        String[] lines = source.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher matcher = MERGE_KEY.matcher(lines[i]);
            if (matcher.find()) {
                diagnostics.add(new Diagnostic(source.path(), Position.of(i + 1, matcher.group(1).length() + 1),
                        Diagnostic.Category.UNSUPPORTED,
                        "YAML merge key '<<' is not supported by GitHub Actions, which rejects the file;"
                                + " ztmm applied the merge. Repeat the keys or use an alias instead."));
            }
        }
    }
}
