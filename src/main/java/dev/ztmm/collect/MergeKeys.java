package dev.ztmm.collect;

import dev.ztmm.model.Diagnostic;
import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import java.util.List;

/**
 * Finds {@code <<} merge keys in formats whose platform does not support them.
 *
 * <p>GitHub Actions accepts anchors and aliases but rejects merge keys, so a merge key there is
 * reported instead of silently applied.
 */
final class MergeKeys {

    private MergeKeys() {}

    static void report(String path, Node node, List<Diagnostic> diagnostics) {
        if (node instanceof MapNode map) {
            if (map.has("<<")) {
                diagnostics.add(
                        new Diagnostic(
                                path,
                                map.keyPosition("<<"),
                                Diagnostic.Category.UNSUPPORTED,
                                "YAML merge key '<<' is not supported by this platform; the key"
                                        + " was read as an ordinary key and not merged."));
            }
            map.entries().values().forEach(child -> report(path, child, diagnostics));
        } else if (node instanceof ListNode list) {
            list.items().forEach(child -> report(path, child, diagnostics));
        }
    }
}
