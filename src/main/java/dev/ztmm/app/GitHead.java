package dev.ztmm.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the checked-out commit from .git/HEAD without running git.
 *
 * <p>HEAD contains either a commit id or {@code ref: refs/heads/NAME}; a named ref is looked up as a
 * loose file and then in packed-refs. Anything else yields null.
 */
final class GitHead {

    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}([0-9a-f]{24})?");

    private GitHead() {}

    static String commit(Path root) {
        Path git = root.resolve(".git");
        try {
            if (!Files.isDirectory(git)) {
                return null;
            }
            String head = Files.readString(git.resolve("HEAD")).trim();
            if (COMMIT.matcher(head).matches()) {
                return head;
            }
            if (!head.startsWith("ref: ")) {
                return null;
            }
            String ref = head.substring(5).trim();
            if (ref.contains("..")) {
                return null;
            }
            Path loose = git.resolve(ref);
            if (Files.isRegularFile(loose)) {
                String id = Files.readString(loose).trim();
                return COMMIT.matcher(id).matches() ? id : null;
            }
            return packedRef(git.resolve("packed-refs"), ref);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String packedRef(Path packedRefs, String ref) throws IOException {
        if (!Files.isRegularFile(packedRefs)) {
            return null;
        }
        List<String> lines = Files.readAllLines(packedRefs);
        for (String line : lines) {
            String[] parts = line.trim().split(" ");
            if (parts.length == 2 && parts[1].equals(ref) && COMMIT.matcher(parts[0]).matches()) {
                return parts[0];
            }
        }
        return null;
    }
}
