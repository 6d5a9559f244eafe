package dev.ztmm.report;

import java.net.URI;
import java.net.URISyntaxException;

/** Turns a repository-relative path into a relative URI reference. */
final class RelativeUri {

    private RelativeUri() {}

    /**
     * Returns the percent-encoded relative URI of {@code path}; the empty path (the repository
     * itself) is "./". A first segment with a colon gets a "./" prefix so that it does not read
     * as a scheme.
     */
    static String of(String path) {
        if (path.isEmpty()) {
            return "./";
        }
        try {
            String encoded = new URI(null, null, path, null).toASCIIString();
            String first = encoded.contains("/") ? encoded.substring(0, encoded.indexOf('/')) : encoded;
            return first.contains(":") ? "./" + encoded : encoded;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Path cannot be written as a URI: " + path, e);
        }
    }
}
