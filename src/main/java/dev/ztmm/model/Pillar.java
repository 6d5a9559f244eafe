package dev.ztmm.model;

import java.util.Locale;

/** The six pillars of the maturity model, in report order. */
public enum Pillar {
    IDENTITY("Identity"),
    DATA("Data"),
    DEVICES("Devices"),
    APPLICATIONS("Applications"),
    NETWORKS("Networks"),
    VISIBILITY("Visibility");

    private final String title;

    Pillar(String title) {
        this.title = title;
    }

    /** Returns the lowercase id used in rule packs, flags and JSON, such as "identity". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String title() {
        return title;
    }

    /** Returns the pillar with this id (case-insensitive), or null. */
    public static Pillar fromId(String id) {
        for (Pillar pillar : values()) {
            if (pillar.id().equalsIgnoreCase(id)) {
                return pillar;
            }
        }
        return null;
    }
}
