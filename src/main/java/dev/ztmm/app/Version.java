package dev.ztmm.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The ztmm version and the address of its rules reference, written into the jar by the build. */
public final class Version {

    private Version() {}

    public static String current() {
        return property("version", "unknown");
    }

    /** Returns the published address of docs/rules.md, whose sections are the rule ids. */
    public static String rulesUrl() {
        return property("rulesUrl", "docs/rules.md");
    }

    private static String property(String key, String fallback) {
        try (InputStream in = Version.class.getResourceAsStream("/ztmm-version.properties")) {
            if (in == null) {
                return fallback;
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty(key, fallback);
        } catch (IOException e) {
            return fallback;
        }
    }
}
