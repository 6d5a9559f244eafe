package dev.ztmm.collect.docker;

import dev.ztmm.model.MapNode;
import dev.ztmm.model.Position;
import dev.ztmm.model.ScalarNode;
import java.util.regex.Pattern;

/**
 * An image reference split into repository, tag and digest, as written: {@code debian} stays
 * {@code debian} and is not expanded to {@code docker.io/library/debian}.
 *
 * @param name the repository, including any registry host and port
 * @param tag the tag after the last colon of the last path component, or null
 * @param digest the digest after {@code @}, such as {@code sha256:...}, or null
 */
record ImageReference(String name, String tag, String digest) {

    private static final Pattern SHA256_DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");

    /**
     * Splits a reference. Characters inside unexpanded {@code ${...}} text do not count as
     * separators, so {@code ${IMAGE:-debian:12}} stays one repository name.
     */
    static ImageReference parse(String reference) {
        String masked = maskReferences(reference);
        String rest = reference;
        String digest = null;
        int at = masked.indexOf('@');
        if (at >= 0) {
            digest = reference.substring(at + 1);
            rest = reference.substring(0, at);
        }
        int colon = masked.lastIndexOf(':', rest.length() - 1);
        if (colon > masked.lastIndexOf('/', rest.length() - 1)) {
            return new ImageReference(rest.substring(0, colon), rest.substring(colon + 1), digest);
        }
        return new ImageReference(rest, null, digest);
    }

    /** Returns whether the reference names a SHA-256 digest, so it cannot move to new content. */
    boolean pinned() {
        return digest != null && SHA256_DIGEST.matcher(digest).matches();
    }

    MapNode toNode(Position position) {
        MapNode node = new MapNode(position);
        node.put("name", ScalarNode.of(position, name));
        node.put("tag", stringOrNull(tag, position));
        node.put("digest", stringOrNull(digest, position));
        node.put("pinned", ScalarNode.of(position, pinned()));
        return node;
    }

    private static ScalarNode stringOrNull(String value, Position position) {
        return value == null ? ScalarNode.ofNull(position) : ScalarNode.of(position, value);
    }

    /** Replaces every character inside {@code ${...}} with an underscore. */
    private static String maskReferences(String reference) {
        StringBuilder masked = new StringBuilder(reference);
        int depth = 0;
        for (int i = 0; i < masked.length(); i++) {
            if (masked.charAt(i) == '$' && i + 1 < masked.length() && masked.charAt(i + 1) == '{') {
                depth++;
                i++;
                continue;
            }
            if (depth > 0) {
                depth -= masked.charAt(i) == '}' ? 1 : 0;
                masked.setCharAt(i, '_');
            }
        }
        return masked.toString();
    }
}
