package dev.ztmm.report;

import dev.ztmm.model.Evidence;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Identifies a finding across runs: a SHA-256 of the rule id, the file path, the item's path
 * inside the document and the value. The line is left out on purpose, so a finding keeps its
 * fingerprint when lines above it are added or removed.
 */
final class Fingerprint {

    private Fingerprint() {}

    /** Returns the fingerprint of one failing item of a rule as 64 hex digits. */
    static String of(String ruleId, Evidence evidence) {
        String key = String.join("\u0000", ruleId, evidence.path(), evidence.location(),
                evidence.value() == null ? "" : evidence.value());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
