package dev.ztmm.collect;

import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.ScalarNode;

/**
 * Records where a local module lives: a module whose source is a relative path such as
 * "./modules/network" gets "_sourcePath", the folder's path in the repository.
 */
final class ModuleSources {

    /** The body key that contains a local module's folder relative to the repository root. */
    static final String SOURCE_PATH_KEY = "_sourcePath";

    private ModuleSources() {}

    static void resolve(MapNode tree, String filePath) {
        if (!(tree.get("modules") instanceof ListNode modules)) {
            return;
        }
        String folder = RepositoryPaths.folderOf(filePath);
        for (Node module : modules.items()) {
            if (module instanceof MapNode entry && entry.get("body") instanceof MapNode body
                    && body.get("source") instanceof ScalarNode source
                    && source.scalar() instanceof String text && isLocal(text)) {
                String resolved = RepositoryPaths.resolve(folder, text);
                body.put(SOURCE_PATH_KEY, source.position(),
                        ScalarNode.of(source.position(), resolved));
            }
        }
    }

    /** Terraform reads a source as a local path only when it starts with ./ or ../. */
    private static boolean isLocal(String source) {
        return (source.startsWith("./") || source.startsWith("../")) && !source.contains("${");
    }
}
