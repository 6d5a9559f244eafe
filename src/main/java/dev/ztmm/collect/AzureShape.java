package dev.ztmm.collect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Decides from its text whether a YAML file is an Azure Pipelines pipeline or template.
 *
 * <p>The test reads the top-level keys only: {@code trigger} or {@code pr} at the top level, or
 * a top-level {@code steps}, {@code jobs} or {@code stages} whose first item starts with a key
 * only Azure uses there ({@code script}, {@code task}, {@code job}, {@code stage} and others).
 * A file with {@code apiVersion} and {@code kind} (Kubernetes) never matches.
 */
final class AzureShape {

    /** Bytes read to decide; a pipeline's top-level keys come early. */
    private static final int PROBE_BYTES = 64 * 1024;

    private static final Pattern KUBERNETES = Pattern.compile("(?m)^apiVersion\\s*:");
    private static final Pattern TRIGGER = Pattern.compile("(?m)^(trigger|pr)\\s*:");
    private static final Pattern FIRST_ITEM = Pattern.compile(
            "(?m)^(steps|jobs|stages)\\s*:\\s*(#.*)?\\n(?:\\s*(?:#.*)?\\n)*\\s*-\\s+"
                    + "(script|bash|pwsh|powershell|task|checkout|template|download|publish"
                    + "|downloadBuild|getPackage|job|deployment|stage|\\$\\{\\{)\\b");

    private AzureShape() {}

    static boolean matches(String text) {
        if (KUBERNETES.matcher(text).find()) {
            return false;
        }
        return TRIGGER.matcher(text).find() || FIRST_ITEM.matcher(text).find();
    }

    /** Reads the start of a file and tests it; an unreadable file does not match. */
    static boolean matches(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return matches(new String(in.readNBytes(PROBE_BYTES), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return false;
        }
    }
}
